"""The plain records the readers produce, and the small helpers they share."""

import datetime
import math
from dataclasses import dataclass

from gpxpy.geo import haversine_distance

IMPOSSIBLE_TRACK = "the track has impossible coordinates or elevations"


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
    """One recorded activity, as its file describes it, in SI units. Its words are plain text (plain_text)
    from the moment it is made."""

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
    # (distance_m, ascent_m) of the part of the run whose climb the reader trusts (a GPX's longer segments),
    # for terrain.surface_of to judge road or trail on; None to judge on the whole run.
    climb_sample: tuple[float, float] | None = None

    def __post_init__(self):
        # NaN and infinity pass through arithmetic without a word, to fail only when the run's fields are
        # rounded for saving, as an error page.
        numbers = (self.distance_m, self.duration_s, self.ascent_m, self.descent_m)
        if not all(math.isfinite(number) for number in numbers if number is not None):
            raise ActivityFileError(IMPOSSIBLE_TRACK)
        self.sport, self.sub_sport = plain_text(self.sport), plain_text(self.sub_sport)
        self.name, self.note = plain_text(self.name), plain_text(self.note)


# Control characters other than tab and newline: PostgreSQL refuses NUL in text, and the others are
# invisible at best. XML cannot carry most of them, but FIT strings and Strava's CSV can.
_CONTROL_CHARACTERS = dict.fromkeys(code for code in range(32) if chr(code) not in "\t\n")


def plain_text(text):
    """`text` without control characters (tab and newline stay); None stays None."""
    return text.translate(_CONTROL_CHARACTERS) if isinstance(text, str) else text


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


class Climb:
    """Ascent and descent over elevations given one at a time, exactly as gpxpy's calculate_uphill_downhill
    computes them over a list: missing elevations skipped, each one between two others smoothed as
    0.3 / 0.4 / 0.3 of it and its neighbours, the first and last left as they are. Only the last two
    elevations are kept, so a long track costs no memory."""

    def __init__(self):
        self.uphill = self.downhill = 0.0
        self._count = 0
        self._before_last = self._last = self._last_smoothed = None

    def add(self, elevation):
        if elevation is None:
            return
        if self._count >= 2:
            self._step(self._before_last * 0.3 + self._last * 0.4 + elevation * 0.3)
        elif self._count == 1:
            self._step(self._last)
        self._before_last, self._last = self._last, elevation
        self._count += 1

    def totals(self):
        """(uphill, downhill) once every elevation has been added; the last one counts unsmoothed."""
        if self._count:
            self._step(self._last)
            self._count = 0
        return self.uphill, self.downhill

    def _step(self, smoothed):
        if self._last_smoothed is not None:
            change = smoothed - self._last_smoothed
            if change > 0:
                self.uphill += change
            else:
                self.downhill -= change
        self._last_smoothed = smoothed
