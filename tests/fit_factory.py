"""FIT activities of any length, made to measure for tests and benchmarks: a file_id, a sport, a record a
second (time, position, altitude, heart rate, cadence, cumulative distance) and the session's totals, as a
Garmin watch writes a run. No FIT writer is installed, and the format is small enough to write here."""

import datetime
import struct

from fitdecode.utils import compute_crc
from gpxpy.geo import haversine_distance

from tests.activity_factories import track_points

FIT_EPOCH = datetime.datetime(1989, 12, 31, tzinfo=datetime.timezone.utc)
DEGREES_TO_SEMICIRCLES = 2**31 / 180
# FIT's base types: (number, struct format).
ENUM, UINT8, UINT16, SINT32, UINT32 = (0x00, "B"), (0x02, "B"), (0x84, "H"), (0x85, "i"), (0x86, "I")
# (global message number, [(field number, base type)]), each given its own local message number.
FILE_ID = (0, [(0, ENUM), (1, UINT16), (4, UINT32)])  # type, manufacturer, time_created
SPORT = (12, [(0, ENUM), (1, ENUM)])  # sport, sub_sport
# timestamp, position_lat, position_long, altitude (scale 5, offset 500), heart_rate, cadence, distance (cm)
RECORD = (20, [(253, UINT32), (0, SINT32), (1, SINT32), (2, UINT16), (3, UINT8), (4, UINT8), (5, UINT32)])
# timestamp, start_time, sport, sub_sport, total_elapsed_time and total_timer_time (ms), total_distance (cm),
# total_ascent and total_descent (m)
SESSION = (
    18,
    [(253, UINT32), (2, UINT32), (5, ENUM), (6, ENUM), (7, UINT32), (8, UINT32), (9, UINT32)]
    + [(22, UINT16), (23, UINT16)],
)
RUNNING, GENERIC = 1, 0


def _fit_time(moment):
    return int((moment - FIT_EPOCH).total_seconds())


def _definition(local, message):
    number, fields = message
    header = struct.pack("<BBBHB", 0x40 | local, 0, 0, number, len(fields))
    return header + b"".join(
        struct.pack("<BBB", field, struct.calcsize(kind[1]), kind[0]) for field, kind in fields
    )


def _packer(local, message):
    """A function of the field values giving the data message's bytes."""
    layout = struct.Struct("<B" + "".join(kind[1] for _, kind in message[1]))
    return lambda *values: layout.pack(local, *values)


def make_fit(points, sport=RUNNING, sub_sport=GENERIC, with_session=True, hills_m=0.1):
    """A FIT activity of `points` records a second apart along tests.activity_factories.track_points (its
    `hills_m` gentler than there, so that two days climb less than the journal's limit), with the session's
    totals unless `with_session` is False (then the records alone tell the run)."""
    parts = [_definition(0, FILE_ID), _definition(1, SPORT), _definition(2, RECORD)]
    points_iter = track_points(points, hills_m=hills_m)
    record = _packer(2, RECORD)
    travelled, previous, ascent, descent, first = 0.0, None, 0.0, 0.0, None
    for latitude, longitude, elevation, moment in points_iter:
        if previous is None:
            first = moment
            parts.insert(1, _packer(0, FILE_ID)(4, 1, _fit_time(moment)))
            parts.insert(3, _packer(1, SPORT)(sport, sub_sport))
        else:
            travelled += haversine_distance(previous[0], previous[1], latitude, longitude)
            change = elevation - previous[2]
            ascent, descent = ascent + max(change, 0), descent + max(-change, 0)
        previous = (latitude, longitude, elevation)
        parts.append(
            record(
                _fit_time(moment),
                round(latitude * DEGREES_TO_SEMICIRCLES),
                round(longitude * DEGREES_TO_SEMICIRCLES),
                round((elevation + 500) * 5),
                140 + len(parts) % 20,
                84 + len(parts) % 5,
                round(travelled * 100),
            )
        )
    if with_session:
        seconds = (moment - first).total_seconds()
        parts += [
            _definition(3, SESSION),
            _packer(3, SESSION)(
                _fit_time(moment),
                _fit_time(first),
                sport,
                sub_sport,
                round(seconds * 1000),
                round(seconds * 1000),
                round(travelled * 100),
                round(ascent),
                round(descent),
            ),
        ]
    body = b"".join(parts)
    header = struct.pack("<BBHI4s", 14, 0x20, 2093, len(body), b".FIT")
    header += struct.pack("<H", compute_crc(header))
    return header + body + struct.pack("<H", compute_crc(header + body))
