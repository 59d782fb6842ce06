"""The plain records the readers produce, and the small helpers they share."""

import datetime
from dataclasses import dataclass

from gpxpy.geo import haversine_distance


class ActivityFileError(Exception):
    """A file that cannot be imported. `reason` is shown to the runner as it is."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


class ArchiveRefused(ActivityFileError):
    """A whole archive refused (a zip bomb, a path outside it, too many files): nothing of it is read."""


class OutOfTime(ActivityFileError):
    """Reading stopped at the deadline it was given, before the file's end."""

    def __init__(self):
        super().__init__("too large to read in the time one upload may take")


@dataclass
class Activity:
    """One recorded activity, as its file describes it, in SI units."""

    started_at: datetime.datetime | None
    distance_m: float
    duration_s: float | None = None
    ascent_m: float = 0.0
    descent_m: float = 0.0
    # The file's own words for the sport ("running", "Ride", "9"); classified later by sports.classify.
    sport: str | None = None
    sub_sport: str | None = None
    name: str = ""
    # How the numbers were read when that is worth saying ("from the session totals before a fault ...").
    note: str = ""
    # Only part of the recording could be read, so the run may have been longer than its numbers say.
    partial: bool = False


def as_utc(moment):
    """An aware datetime in UTC, or None for anything that is not a datetime. Activity files write UTC,
    so a time without a zone is taken to be UTC already."""
    if not isinstance(moment, datetime.datetime):
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=datetime.timezone.utc)
    return moment.astimezone(datetime.timezone.utc)


def path_length(positions):
    """Metres along (latitude, longitude) pairs in degrees, point to point on the sphere."""
    return sum(haversine_distance(*a, *b) for a, b in zip(positions, positions[1:], strict=False))
