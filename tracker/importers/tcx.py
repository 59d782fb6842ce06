"""TCX files (Garmin Training Center), read in one pass over the bytes (xml_safety.xml_elements), each
trackpoint forgotten once counted.

The laps' own DistanceMeters and TotalTimeSeconds are the device's totals and are preferred; without them
the trackpoints' cumulative distance, or else the length of their positions, is used. Ascent and descent
come from the trackpoint altitudes, smoothed as for GPX. Only the file's first activity is read: TCX files
with several are rare, and they are usually laps of one run.

Each trackpoint comes whole and is read in one look, which is most of the reading's time saved over taking
its elements one at a time; its time is read by fromisoformat when written as devices write it.
"""

import datetime
import re

from gpxpy.geo import haversine_distance

from tracker.importers.records import Activity, ActivityFileError, Climb
from tracker.importers.xml_safety import in_end_order, xml_elements

_TIME = re.compile(
    r"^\s*(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?\s*(Z|[+-]\d\d:?\d\d)?\s*$", re.IGNORECASE
)
# Read from anywhere inside a trackpoint, as devices nest them (Position holds the degrees): the first of
# each of these names wins, and the last of the degrees.
_FIRST_IN_POINT = ("Time", "DistanceMeters", "AltitudeMeters")
_LAST_IN_POINT = ("LatitudeDegrees", "LongitudeDegrees")
_IN_POINT = (*_FIRST_IN_POINT, *_LAST_IN_POINT)


def read_tcx(data, deadline=None):
    """The first activity in `data`; OutOfTime when `deadline` (a time.monotonic() value) passes first."""
    activity = _FirstActivity()
    elements = xml_elements(data, "TCX", deadline, root="TrainingCenterDatabase", whole=("Trackpoint",))
    for name, element, path in elements:
        if name != "Trackpoint" or not len(element):
            activity.element(name, element, path)
        elif (
            activity.ended
            or "Activity" not in path
            or "Trackpoint" in path
            or not activity.add_point(element)
        ):
            # Outside the first activity, inside another trackpoint, or with a field that holds elements:
            # element by element, as the order they end in decides what counts.
            for inner in in_end_order(element, path):
                activity.element(*inner)
    return activity.result()


class _FirstActivity:
    """What the first activity says, gathered as its elements end. The first value of each kind wins, as
    when each was looked up as an element's first child of that name; the degrees are the exception, where
    the last wins, as they did then."""

    def __init__(self):
        self.ended = False
        self.sport = None
        self.details = {}  # the activity's own Id and Notes
        self.lap = {}
        self.laps = 0
        # The laps' totals added up; None once a lap lacks its own, as the trackpoints must then say.
        self.lap_distance = self.lap_time = 0.0
        self.first_lap_start = None
        self.point = {}
        self.fields = {}  # a tag as the parser names it -> its place in _IN_POINT, or None
        self.points = self.timed = 0
        self.first_point_time = self.earliest = self.latest = None
        self.furthest = None  # the largest cumulative distance a trackpoint gives
        self.climb = Climb()
        self.path_length = 0.0
        self.previous_position = None
        self.impossible_position = False

    def element(self, name, element, path):
        """One element as it ends, with the names of the elements it is in."""
        if self.ended or "Activity" not in path:
            if name == "Activity" and not self.ended:
                self.ended = True
                self.sport = element.get("Sport")
            return
        text = (element.text or "").strip()
        if "Trackpoint" in path:
            if name in _FIRST_IN_POINT:
                self.point.setdefault(name, text)
            elif name in _LAST_IN_POINT:
                self.point[name] = text
        elif name == "Trackpoint":
            point, self.point = self.point, {}
            self.end_point(*(point.get(field) for field in _IN_POINT))
        elif path[-1] == "Lap":
            if name in ("DistanceMeters", "TotalTimeSeconds"):
                self.lap.setdefault(name, text)
        elif path[-1] == "Activity":
            if name == "Lap":
                self.end_lap(element.get("StartTime"))
            else:
                self.details.setdefault(name, text)

    def add_point(self, point):
        """A trackpoint of the activity given whole, its fields found in one look through it; False, and
        nothing added, when one of them holds elements of its own, as the order they end in then matters."""
        time = cumulative = altitude = latitude = longitude = None
        fields = self.fields
        for element in point.iter():
            tag = element.tag
            field = fields.get(tag, -1)
            if field == -1:
                name = tag.rpartition("}")[2]
                field = fields[tag] = _IN_POINT.index(name) if name in _IN_POINT else None
            if field is None:
                continue
            if len(element):
                return False
            if field == 0:
                time = element.text or "" if time is None else time
            elif field == 1:
                cumulative = element.text or "" if cumulative is None else cumulative
            elif field == 2:
                altitude = element.text or "" if altitude is None else altitude
            elif field == 3:
                latitude = element.text or ""
            else:
                longitude = element.text or ""
        self.end_point(time, cumulative, altitude, latitude, longitude)
        return True

    def end_lap(self, start_time):
        if not self.laps:
            self.first_lap_start = parse_time(start_time)
        self.laps += 1
        self.lap_distance = _add_or_none(self.lap_distance, _number(self.lap.get("DistanceMeters")))
        self.lap_time = _add_or_none(self.lap_time, _number(self.lap.get("TotalTimeSeconds")))
        self.lap = {}

    def end_point(self, time, cumulative, altitude, latitude, longitude):
        moment = parse_time(time)
        if not self.points:
            self.first_point_time = moment
        self.points += 1
        if moment:
            self.timed += 1
            if self.earliest is None or moment < self.earliest:
                self.earliest = moment
            if self.latest is None or moment > self.latest:
                self.latest = moment
        cumulative = _number(cumulative)
        if cumulative is not None:
            self.furthest = cumulative if self.furthest is None else max(self.furthest, cumulative)
        self.climb.add(_number(altitude))
        if self.furthest is None:  # the positions' length counts only while no trackpoint says its own
            self._add_position(_number(latitude), _number(longitude))

    def _add_position(self, latitude, longitude):
        if latitude is None or longitude is None:
            return
        if abs(latitude) > 90 or abs(longitude) > 180:
            self.impossible_position = True
        elif self.previous_position and not self.impossible_position:
            self.path_length += haversine_distance(*self.previous_position, latitude, longitude)
        self.previous_position = (latitude, longitude)

    def result(self):
        if not self.ended or not (self.laps or self.points):
            raise ActivityFileError("no activity in this TCX file")
        ascent, descent = self.climb.totals()
        distance = self.lap_distance if self.laps and self.lap_distance is not None else self._distance()
        duration = self.lap_time if self.laps and self.lap_time is not None else self._duration()
        return Activity(
            started_at=self._start(),
            distance_m=distance,
            duration_s=duration,
            ascent_m=ascent,
            descent_m=descent,
            sport=self.sport,
            name=self.details.get("Notes") or "",
        )

    def _start(self):
        candidates = (parse_time(self.details.get("Id")), self.first_lap_start, self.first_point_time)
        return next((moment for moment in candidates if moment), None)

    def _distance(self):
        if self.furthest is not None:
            return self.furthest
        if self.impossible_position:
            raise ActivityFileError("the track has impossible coordinates")
        return self.path_length

    def _duration(self):
        if self.timed < 2:
            return None
        return (self.latest - self.earliest).total_seconds() or None


def _add_or_none(total, value):
    return None if total is None or value is None else total + value


def _number(text):
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    return value if value == value and abs(value) != float("inf") else None


def parse_time(text):
    """An ISO 8601 time as TCX writes it, in UTC; None when it is not one, or names no real moment: an
    offset of a day or more (+24:00, +99:99), or a moment before the year 1 once in UTC."""
    if text and text[-1] == "Z" and _plain_utc(text):
        try:
            return datetime.datetime.fromisoformat(text)
        except ValueError:
            pass  # no such day or hour, as _TIME finds too
    found = _TIME.match(text or "")
    if not found:
        return None
    year, month, day, hour, minute, second, fraction, zone = found.groups()
    offset = datetime.timedelta()
    if zone and zone.upper() != "Z":
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        offset = sign * datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    try:
        moment = datetime.datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute),
            int(second),
            int((fraction or "0")[:6].ljust(6, "0")),
            tzinfo=datetime.timezone(offset),
        )
        return moment.astimezone(datetime.timezone.utc)
    except (ValueError, OverflowError):
        return None


def _plain_utc(text):
    """Whether `text` is laid out as the times most devices write, 2024-05-01T07:00:00Z or with milliseconds,
    which fromisoformat reads as _TIME does, five times faster; it checks the digits."""
    if len(text) == 20:
        return text[4::3] == "--T::Z"
    return len(text) == 24 and text[4:20:3] == "--T::."
