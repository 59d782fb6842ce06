"""Activity files made to measure, for tests and benchmarks: a GPX or TCX of any length, shaped like a
watch's recording (a point a second with elevation, heart rate and cadence), the same bytes every time."""

import datetime
import random

import fitdecode
from gpxpy.geo import haversine_distance

START = datetime.datetime(2024, 5, 1, 7, 0, tzinfo=datetime.timezone.utc)
GPX_NAMESPACES = (
    'xmlns="http://www.topografix.com/GPX/1/1" '
    'xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"'
)
TCX_NAMESPACE = 'xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"'


def track_points(count, seed=7, hills_m=0.5):
    """(latitude, longitude, elevation, time) of a run wandering east, a point a second, its elevation
    changing by up to `hills_m` a second: rolling hills that climb about 39 m per km at the default, a flat
    road at 0.05."""
    rng = random.Random(seed)
    latitude, longitude, elevation = 46.0, 14.5, 300.0
    for second in range(count):
        latitude += rng.uniform(-1, 1) * 2e-5
        longitude += rng.uniform(0, 1) * 3e-5
        elevation += rng.uniform(-1, 1) * hills_m
        yield latitude, longitude, elevation, START + datetime.timedelta(seconds=second)


def _iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _in_parts(items, parts):
    items = list(items)
    size = -(-len(items) // parts)
    return [items[start : start + size] for start in range(0, len(items), size)]


def make_gpx(points, segments=1, name="Long run", sport="running", hills_m=0.5):
    """A GPX 1.1 track of `points` points in `segments` segments, as a Garmin watch writes it; `sport` is
    its <type>, `hills_m` as for track_points."""
    lines = [
        f'<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="tests" {GPX_NAMESPACES}>',
        f" <metadata><time>{_iso(START)}</time></metadata>",
        f" <trk><name>{name}</name><type>{sport}</type>",
    ]
    for segment in _in_parts(track_points(points, hills_m=hills_m), segments):
        lines.append("  <trkseg>")
        lines += [
            f'   <trkpt lat="{latitude:.7f}" lon="{longitude:.7f}"><ele>{elevation:.1f}</ele>'
            f"<time>{_iso(moment)}</time><extensions><gpxtpx:TrackPointExtension>"
            f"<gpxtpx:hr>{140 + second % 20}</gpxtpx:hr><gpxtpx:cad>{84 + second % 5}</gpxtpx:cad>"
            "</gpxtpx:TrackPointExtension></extensions></trkpt>"
            for second, (latitude, longitude, elevation, moment) in enumerate(segment)
        ]
        lines.append("  </trkseg>")
    lines.append(" </trk>\n</gpx>\n")
    return "\n".join(lines).encode()


def make_tcx(points, laps=1, notes="Long run"):
    """A TCX running activity of `points` trackpoints in `laps` laps, each lap with its own totals."""
    lines = [
        f'<?xml version="1.0" encoding="UTF-8"?>\n<TrainingCenterDatabase {TCX_NAMESPACE}>',
        f' <Activities><Activity Sport="Running"><Id>{_iso(START)}</Id>',
    ]
    travelled, previous = 0.0, None
    for lap in _in_parts(track_points(points), laps):
        trackpoints = []
        lap_start = travelled
        for latitude, longitude, elevation, moment in lap:
            if previous:
                travelled += haversine_distance(*previous, latitude, longitude)
            previous = (latitude, longitude)
            trackpoints.append(
                f"    <Trackpoint><Time>{_iso(moment)}</Time><Position>"
                f"<LatitudeDegrees>{latitude:.7f}</LatitudeDegrees>"
                f"<LongitudeDegrees>{longitude:.7f}</LongitudeDegrees></Position>"
                f"<AltitudeMeters>{elevation:.1f}</AltitudeMeters><DistanceMeters>{travelled:.1f}</DistanceMeters>"
                "<HeartRateBpm><Value>142</Value></HeartRateBpm></Trackpoint>"
            )
        lines.append(
            f'  <Lap StartTime="{_iso(lap[0][3])}"><TotalTimeSeconds>{len(lap)}</TotalTimeSeconds>'
            f"<DistanceMeters>{travelled - lap_start:.1f}</DistanceMeters><Track>"
        )
        lines += trackpoints
        lines.append("  </Track></Lap>")
    lines.append(f" <Notes>{notes}</Notes></Activity></Activities>\n</TrainingCenterDatabase>\n")
    return "\n".join(lines).encode()


def with_session_byte(fit_data, field, value):
    """The FIT file `fit_data` with one single-byte field of its session message set to `value` (FIT's
    number for it: sub_sport 3 is trail, 2 street), every other byte as the device wrote it. The importer
    does not check CRCs, so the file stays readable."""
    with fitdecode.FitReader(fit_data, keep_raw_chunks=True, check_crc=fitdecode.CrcCheck.DISABLED) as reader:
        for frame in reader:
            if isinstance(frame, fitdecode.FitDataMessage) and frame.name == "session":
                offset = frame.chunk.offset + 1  # after the record header
                for definition in frame.def_mesg.field_defs:
                    if definition.name == field and definition.size == 1:
                        patched = bytearray(fit_data)
                        patched[offset] = value
                        return bytes(patched)
                    offset += definition.size
    raise ValueError(f"the file's session has no one-byte {field}")
