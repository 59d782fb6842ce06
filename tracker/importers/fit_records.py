"""A FIT file's per-second records, counted as they are decoded and then forgotten: two days at a record a
second kept as a list was some 40 MB of tuples, for totals that need a few numbers each."""

import copy
import datetime

from gpxpy.geo import haversine_distance

from tracker.importers.records import Climb

SEMICIRCLES_TO_DEGREES = 180 / 2**31
# A time further than this from the first means the decoder has lost its place (it reads the year 2085).
LONGEST_PLAUSIBLE = datetime.timedelta(days=2)


def number(value):
    return float(value) if isinstance(value, int | float) else None


class RecordTotals:
    """The totals of some records: how many, the first and last time, the furthest cumulative distance the
    device wrote, the length of the positions, and the climb of the altitudes."""

    def __init__(self):
        self.count = self.timed = 0
        self.first_time = self.last_time = None
        self.furthest = None
        self.path_length = 0.0
        self.previous_position = None
        self.climb = Climb()

    def add(self, moment, distance, altitude, latitude, longitude):
        self.count += 1
        if isinstance(moment, datetime.datetime):
            self.timed += 1
            self.first_time = self.first_time or moment
            self.last_time = moment
        distance = number(distance)
        if distance is not None and (self.furthest is None or distance > self.furthest):
            self.furthest = distance
        latitude, longitude = number(latitude), number(longitude)
        if latitude is not None and longitude is not None:
            position = (latitude * SEMICIRCLES_TO_DEGREES, longitude * SEMICIRCLES_TO_DEGREES)
            if self.previous_position is not None:
                self.path_length += haversine_distance(*self.previous_position, *position)
            self.previous_position = position
        self.climb.add(number(altitude))

    def distance(self):
        """The last cumulative distance the device wrote, or the length of the recorded positions."""
        return self.furthest if self.furthest is not None else self.path_length

    def ascent_descent(self):
        return copy.deepcopy(self.climb).totals()  # totals() ends the climb; these totals may be read again

    def duration(self):
        return (self.last_time - self.first_time).total_seconds() if self.timed >= 2 else None


class Records:
    """Totals of every record, and of the plausible ones: those before the first whose time goes backwards
    or leaps past two days from the first."""

    def __init__(self):
        self.every = RecordTotals()
        self._plausible = None  # the totals as they stood at the first implausible record, once there is one
        self._first = self._previous = None

    def __len__(self):
        return self.every.count

    def add(self, moment, distance, altitude, latitude, longitude):
        if self._plausible is None and isinstance(moment, datetime.datetime):
            self._first = self._first or moment
            if (self._previous and moment < self._previous) or moment - self._first > LONGEST_PLAUSIBLE:
                self._plausible = copy.deepcopy(self.every)
            else:
                self._previous = moment
        self.every.add(moment, distance, altitude, latitude, longitude)

    @property
    def plausible(self):
        return self._plausible or self.every
