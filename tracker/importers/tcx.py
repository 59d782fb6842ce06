"""TCX files (Garmin Training Center), parsed with defusedxml.

The laps' own DistanceMeters and TotalTimeSeconds are the device's totals and are preferred; without them
the trackpoints' cumulative distance, or else the length of their positions, is used. Ascent and descent
come from the trackpoint altitudes, smoothed as for GPX. Only the file's first activity is read: TCX files
with several are rare, and they are usually laps of one run.
"""

import datetime
import re

from gpxpy.geo import calculate_uphill_downhill

from tracker.importers.records import Activity, ActivityFileError, path_length
from tracker.importers.xml_safety import parse_xml

_TIME = re.compile(
    r"^\s*(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?\s*(Z|[+-]\d\d:?\d\d)?\s*$", re.IGNORECASE
)


def read_tcx(data):
    if not data.strip():
        raise ActivityFileError("the file is empty")
    root = parse_xml(data, "TCX")
    if _local(root.tag) != "TrainingCenterDatabase":
        raise ActivityFileError("not a TCX file")
    activity = next((element for element in root.iter() if _local(element.tag) == "Activity"), None)
    if activity is None:
        raise ActivityFileError("no activity in this TCX file")
    laps = [child for child in activity if _local(child.tag) == "Lap"]
    points = [_trackpoint(element) for element in activity.iter() if _local(element.tag) == "Trackpoint"]
    lap_distances = [_number(_child_text(lap, "DistanceMeters")) for lap in laps]
    lap_times = [_number(_child_text(lap, "TotalTimeSeconds")) for lap in laps]
    ascent, descent = calculate_uphill_downhill([point[2] for point in points if point[2] is not None])
    if not laps and not points:
        raise ActivityFileError("no activity in this TCX file")
    return Activity(
        started_at=_start(activity, laps, points),
        distance_m=sum(lap_distances) if laps and None not in lap_distances else _point_distance(points),
        duration_s=sum(lap_times) if laps and None not in lap_times else _point_duration(points),
        ascent_m=ascent,
        descent_m=descent,
        sport=activity.get("Sport"),
        name=_child_text(activity, "Notes") or "",
    )


def _local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(element, name):
    for child in element:
        if _local(child.tag) == name:
            return (child.text or "").strip()
    return None


def _number(text):
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    return value if value == value and abs(value) != float("inf") else None


def parse_time(text):
    """An ISO 8601 time as TCX and Strava write it, in UTC; None when it is not one."""
    found = _TIME.match(text or "")
    if not found:
        return None
    year, month, day, hour, minute, second, fraction, zone = found.groups()
    try:
        moment = datetime.datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute),
            int(second),
            int((fraction or "0")[:6].ljust(6, "0")),
        )
    except ValueError:
        return None
    offset = datetime.timedelta()
    if zone and zone.upper() != "Z":
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        offset = sign * datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return moment.replace(tzinfo=datetime.timezone(offset)).astimezone(datetime.timezone.utc)


def _trackpoint(element):
    """(time, cumulative distance, altitude, latitude, longitude) of one trackpoint."""
    values = {"Time": None, "DistanceMeters": None, "AltitudeMeters": None}
    latitude = longitude = None
    for child in element.iter():
        name = _local(child.tag)
        if name in values and values[name] is None:
            values[name] = (child.text or "").strip()
        elif name == "LatitudeDegrees":
            latitude = _number(child.text)
        elif name == "LongitudeDegrees":
            longitude = _number(child.text)
    return (
        parse_time(values["Time"]),
        _number(values["DistanceMeters"]),
        _number(values["AltitudeMeters"]),
        latitude,
        longitude,
    )


def _start(activity, laps, points):
    candidates = [parse_time(_child_text(activity, "Id"))]
    candidates += [parse_time(lap.get("StartTime")) for lap in laps[:1]]
    candidates += [point[0] for point in points[:1]]
    return next((moment for moment in candidates if moment), None)


def _point_distance(points):
    distances = [point[1] for point in points if point[1] is not None]
    if distances:
        return max(distances)
    positions = [(point[3], point[4]) for point in points if point[3] is not None and point[4] is not None]
    if any(abs(lat) > 90 or abs(lon) > 180 for lat, lon in positions):
        raise ActivityFileError("the track has impossible coordinates")
    return path_length(positions)


def _point_duration(points):
    times = [point[0] for point in points if point[0]]
    if len(times) < 2:
        return None
    return (max(times) - min(times)).total_seconds() or None
