"""GPX files, read with gpxpy after the XML passes the defused check.

Distance is gpxpy's 2D length (length_2d) of every track and segment: horizontal distance, as watches and
Strava report it; the 3D length would add ten per cent on a steep mountain path. Ascent and descent are
gpxpy's uphill and downhill, which smooth each elevation with its neighbours. The duration adds up each
segment's span, so pauses between segments (and tracks) are not counted, like a watch's timer; it is left
unknown when a segment lacks the times at its ends.
"""

import datetime
import re

import gpxpy
import gpxpy.gpx

from tracker.importers.records import Activity, ActivityFileError, as_utc
from tracker.importers.xml_safety import parse_xml

_DECLARATION = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def read_gpx(data):
    if not data.strip():
        raise ActivityFileError("the file is empty")
    parse_xml(data, "GPX")
    text = _as_text(data)
    # gpxpy parses again with a parser of its own (lxml when installed, which expands entities by default),
    # and from text decoded here rather than by the XML's own declaration. Without a DOCTYPE there is
    # nothing for it to expand, whatever the two decoders make of the bytes; GPX files never need one.
    if _DECLARATION.search(text):
        raise ActivityFileError("refused: the GPX has a DOCTYPE, which uploads may not use")
    try:
        document = gpxpy.parse(text)
    except Exception as error:  # gpxpy raises several kinds on bad input
        raise ActivityFileError(f"not a GPX file ({_short(error)})") from None
    points = [point for track in document.tracks for segment in track.segments for point in segment.points]
    if not points:
        if document.routes:
            raise ActivityFileError("no track in this GPX: it holds a planned route, not a recorded activity")
        raise ActivityFileError("no track in this GPX")
    try:
        distance = document.length_2d()
        ascent, descent = document.get_uphill_downhill()
    except (ValueError, ArithmeticError, TypeError):
        raise ActivityFileError("the track has impossible coordinates or elevations") from None
    started_at, note = _start(document, points)
    first_type = next((track.type for track in document.tracks if track.type), None)
    return Activity(
        started_at=started_at,
        distance_m=distance,
        duration_s=_duration(document, points) if note == "" else None,
        ascent_m=ascent,
        descent_m=descent,
        sport=first_type,
        name=next((track.name for track in document.tracks if track.name), "") or "",
        note=note,
    )


def _as_text(data):
    """gpxpy wants text; honour a BOM, else the encoding the XML declares (checked by parse_xml)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _short(error):
    return str(error).splitlines()[0][:120] if str(error) else type(error).__name__


def _start(document, points):
    """The first time on the track. A track whose times all fall within one second (some converters write
    1901-12-13, the smallest 32-bit time, for "unknown") has no times; the file's own time then dates it."""
    times = [as_utc(point.time) for point in points if point.time]
    if times and max(times) - min(times) >= datetime.timedelta(seconds=1):
        return min(times), ""
    if document.time:
        return as_utc(document.time), "The track has no usable times; the date is the file's own."
    return None, "The track has no usable times."


def _duration(document, points):
    """None unless nearly every point has a time: a few timed points would give a few seconds' run."""
    if sum(1 for point in points if point.time) < 0.9 * len(points):
        return None
    total = 0.0
    for track in document.tracks:
        for segment in track.segments:
            times = [as_utc(point.time) for point in segment.points if point.time]
            if len(segment.points) >= 2 and len(times) < 2:
                return None
            if times:
                total += (max(times) - min(times)).total_seconds()
    return total or None
