"""The plain records the readers produce."""

import datetime
from dataclasses import dataclass


class ActivityFileError(Exception):
    """A file that cannot be imported. `reason` is shown to the runner as it is."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


class ArchiveRefused(ActivityFileError):
    """A whole archive refused (a zip bomb, a path outside it, too many files): nothing of it is read."""


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


@dataclass
class ArchiveEntry:
    """One activity file found in an archive: its bytes, or why they could not be read."""

    name: str
    data: bytes | None = None
    problem: str = ""
