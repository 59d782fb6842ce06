"""GPX files, read in one pass over the bytes (xml_safety.xml_elements), each point forgotten once counted.
gpxpy's own parser holds the whole document and then every point as an object, over ten times the file's
size (tests/bench/imports.py); the figures here are still gpxpy's, computed as its GPX object does:

- distance is length_2d over every track and segment: horizontal distance from point to point within each
  segment, as watches and Strava report it (the 3D length would add ten per cent on a steep mountain path);
- ascent and descent are get_uphill_downhill: per segment, each elevation smoothed with its neighbours
  (records.Climb), and summed;
- the duration adds up the span of each segment that has times, from its first time to its last. A device
  starts a new segment (or track) when it is paused or loses its fix, so the gaps between them are stops and
  are not counted, like a watch's timer: from the first time to the last would add 49 minutes of stops to
  cerknicko-jezero.gpx (7,190 s where its segments hold 4,239) and the 5-minute stop between the two tracks
  of korita-zbevnica.gpx's active log. A segment or track with no times at all (a track saved on the device,
  which drops them, beside the timed active log) still counts for distance and climb, and the note says the
  time is the timed part's only; a segment with times on fewer than nine in ten of its points leaves the
  duration unknown, since the span between a few times is not the time of the segment.

Times are read by gpxpy's own parser; one that names no real moment (an offset of +24:00) is no time.
Only track points count: a file's routes and waypoints are plans and places, not the run.
"""

from gpxpy.geo import distance
from gpxpy.gpx import GPXException
from gpxpy.gpxfield import parse_time

from tracker.importers.records import IMPOSSIBLE_TRACK, Activity, ActivityFileError, Climb, as_utc
from tracker.importers.xml_safety import xml_elements

# A segment shorter than this is left out when judging road or trail (terrain.py): a GPS's first elevations
# after it finds its fix can be 30-45 m off, as in cerknicko-jezero.gpx, where three segments of 30 to 350 m
# hold 154 of the 223 m of climb around a flat lake. Its other segments, 0.9 to 1.9 km, climb 17 m per km.
SETTLED_SEGMENT_M = 500


def read_gpx(data, deadline=None):
    """The activity in `data`; OutOfTime when `deadline` (a time.monotonic() value) passes first."""
    document = _Document()
    for name, element, path in xml_elements(data, "GPX", deadline, refuse_doctype=True):
        depth = len(path)
        if depth == 4 and path[3] == "trkpt" and path[2] == "trkseg":
            document.point_detail(name, element.text)
        elif depth == 3 and name == "trkpt" and path[2] == "trkseg":
            document.end_point(element)
        elif depth == 2 and path[1] == "trk":
            document.track_detail(name, element.text)
        elif depth == 1:
            document.top_level(name, element.text)
        elif depth == 2 and name == "time" and path[1] == "metadata":
            document.file_times.setdefault("1.1", element.text)
        elif depth == 0:
            document.version = element.get("version")
    return document.activity()


class _Document:
    """What the file says, gathered as its elements end."""

    def __init__(self):
        self.version = None
        self.file_times = {}  # the file's own <time>: GPX 1.0 puts it at the top, 1.1 in <metadata>
        self.has_route = False
        self.name = self.sport = ""
        self.track_details = {}  # the current track's first <name> and <type>, as gpxpy takes them
        self.track_length = self.track_uphill = self.track_downhill = 0.0
        self.length = self.uphill = self.downhill = 0.0
        self.segment = _Segment()
        self.point = {}  # the current point's first <ele> and <time>
        self.all_points = _Span()  # every point of every segment, for the times of the whole run
        self.duration = 0.0
        self.duration_known = True
        self.untimed_segments = 0
        # The segments long enough that a GPS finding its fix at their start cannot make their climb.
        self.settled_length = self.settled_uphill = 0.0

    def point_detail(self, name, text):
        if name in ("ele", "time"):
            self.point.setdefault(name, text)

    def end_point(self, element):
        latitude, longitude = _position(element)
        elevation = _elevation(self.point.get("ele"))
        moment = _moment(self.point.get("time"))
        self.point = {}
        self.segment.add_point(latitude, longitude, elevation, moment)
        self.all_points.add(moment)

    def track_detail(self, name, text):
        if name == "trkseg":
            self._end_segment()
        elif name in ("name", "type"):
            self.track_details.setdefault(name, text)

    def top_level(self, name, text):
        if name == "trk":
            self._end_track()
        elif name == "rte":
            self.has_route = True
        elif name == "time":
            self.file_times.setdefault("1.0", text)

    def _end_segment(self):
        segment, self.segment = self.segment, _Segment()
        uphill, downhill = segment.climb.totals()
        self.track_length += segment.length
        self.track_uphill += uphill
        self.track_downhill += downhill
        if segment.length >= SETTLED_SEGMENT_M:
            self.settled_length += segment.length
            self.settled_uphill += uphill
        if segment.points < 2:
            return  # a lone point spans no time
        if segment.timed >= 0.9 * segment.points:
            self.duration += segment.seconds()
        elif segment.timed:
            self.duration_known = False
        else:
            self.untimed_segments += 1

    def _end_track(self):
        self.length += self.track_length
        self.uphill += self.track_uphill
        self.downhill += self.track_downhill
        self.track_length = self.track_uphill = self.track_downhill = 0.0
        self.name = self.name or self.track_details.get("name") or ""
        self.sport = self.sport or self.track_details.get("type") or ""
        self.track_details = {}

    def activity(self):
        if not self.all_points.points:
            if self.has_route:
                raise ActivityFileError(
                    "no track in this GPX: it holds a planned route, not a recorded activity"
                )
            raise ActivityFileError("no track in this GPX")
        started_at, note = self._start()
        duration = None if note or not self.duration_known else self.duration or None
        if duration and self.untimed_segments:
            note = "Part of the track has no times, so the time is that of the part that has them."
        return Activity(
            started_at=started_at,
            distance_m=self.length,
            duration_s=duration,
            ascent_m=self.uphill,
            descent_m=self.downhill,
            # gpxpy reads a track's <type> in GPX 1.1 only, where the schema has it.
            sport=(self.sport if self.version == "1.1" else "") or None,
            name=self.name,
            note=note,
            climb_sample=(self.settled_length, self.settled_uphill) if self.settled_length else None,
        )

    def _start(self):
        """The first time on the track. A track whose times all fall within one second (some converters
        write 1901-12-13, the smallest 32-bit time, for "unknown") has no times; the file's own time then
        dates it."""
        points = self.all_points
        if points.timed and points.seconds() >= 1:
            return points.earliest, ""
        file_time = _moment(self.file_times.get("1.1" if self.version == "1.1" else "1.0"))
        if file_time:
            return file_time, "The track has no usable times; the date is the file's own."
        return None, "The track has no usable times."


class _Span:
    """How many points, how many of them have a time, and the earliest and latest of those times."""

    def __init__(self):
        self.points = self.timed = 0
        self.earliest = self.latest = None

    def add(self, moment):
        self.points += 1
        if moment is not None:
            self.timed += 1
            if self.earliest is None or moment < self.earliest:
                self.earliest = moment
            if self.latest is None or moment > self.latest:
                self.latest = moment

    def seconds(self):
        return (self.latest - self.earliest).total_seconds()


class _Segment(_Span):
    """A segment's span, and its length and climb as gpxpy's GPXTrackSegment computes them."""

    def __init__(self):
        super().__init__()
        self.length = 0.0
        self.climb = Climb()
        self._previous = None

    def add_point(self, latitude, longitude, elevation, moment):
        self.add(moment)
        self.climb.add(elevation)
        if self._previous is not None:
            try:
                # The arguments in gpxpy's order: each point's distance_2d from the one before it.
                step = distance(latitude, longitude, None, *self._previous, None)
            except (ValueError, ArithmeticError):  # a latitude far past 90 degrees, an infinite one
                raise ActivityFileError(IMPOSSIBLE_TRACK) from None
            if step:
                self.length += step
        self._previous = (latitude, longitude)


def _position(element):
    try:
        latitude, longitude = float(element.get("lat")), float(element.get("lon"))
    except TypeError:
        raise ActivityFileError("not a GPX file (a track point has no latitude or longitude)") from None
    except ValueError:
        raise ActivityFileError("not a GPX file (a track point's position is not a number)") from None
    return latitude, longitude


def _elevation(text):
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:
        raise ActivityFileError("not a GPX file (a track point's elevation is not a number)") from None


def _moment(text):
    """The time gpxpy reads in `text`, in UTC; None when there is none, or it is no real moment."""
    if not text:
        return None
    try:
        return as_utc(parse_time(text))
    except (GPXException, ValueError, OverflowError):
        return None
