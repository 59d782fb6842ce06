"""FIT files (Garmin, Coros, Suunto, Wahoo, the Strava app) read with fitdecode.

The device's own session totals are preferred: they are what the watch showed the runner. Without a
session, the per-second records give the distance, time and climb.

Faults: a fault in the data (an undefined message, a broken field definition) is a quirk of some writers,
Strava's Android app among them, and strict decoders stop there; everything read before it is kept and the
activity is imported if its session totals or records are usable, saying which. A file that ends early or
whose header is broken was damaged after it was written (cut off while copying or syncing) and is refused:
it would record part of a run as if it were the whole. CRCs are not checked, since some writers get them
wrong and the session totals are still right.
"""

import datetime
import io
import re
from time import monotonic

import fitdecode
from gpxpy.geo import calculate_uphill_downhill

from tracker.importers.records import Activity, ActivityFileError, OutOfTime, as_utc, path_length

SEMICIRCLES_TO_DEGREES = 180 / 2**31


def looks_like_fit(data):
    return len(data) >= 12 and data[0] in (12, 14) and data[8:12] == b".FIT"


class _Collected:
    def __init__(self):
        self.file_type = None
        self.time_created = None
        self.sport = None
        self.sessions = []
        self.records = []  # (timestamp, distance, altitude, lat, lon)
        self.fault = ""


def read_fit(data, deadline=None):
    """The activity in `data`; OutOfTime when `deadline` (a time.monotonic() value) passes first."""
    if not data:
        raise ActivityFileError("the file is empty")
    if not looks_like_fit(data):
        raise ActivityFileError("not a FIT file")
    collected = _decode(data, deadline)
    if collected.sessions:
        return _from_sessions(collected)
    if len(collected.records) >= 2:
        return _from_records(collected)
    if collected.fault:
        raise ActivityFileError(
            f"the file is damaged at byte {collected.fault} and holds no activity before it"
        )
    raise ActivityFileError("no activity in this FIT file")


def _decode(data, deadline):
    collected = _Collected()
    reader = fitdecode.FitReader(
        io.BytesIO(data),
        check_crc=fitdecode.CrcCheck.DISABLED,
        error_handling=fitdecode.ErrorHandling.IGNORE,
    )
    try:
        for number, frame in enumerate(reader):
            # fitdecode reads about a third of a megabyte a second, so a large file could outlast the
            # server's timeout; the clock is looked at every few thousand frames.
            if deadline is not None and number % 4096 == 0 and monotonic() > deadline:
                raise OutOfTime
            if isinstance(frame, fitdecode.FitDataMessage):
                _collect(collected, frame)
    except OutOfTime:
        raise
    except fitdecode.FitEOFError:
        raise ActivityFileError("the file ends early") from None
    except fitdecode.FitHeaderError as error:
        if not collected.file_type and not collected.records:
            raise ActivityFileError("not a FIT file") from None
        raise ActivityFileError(f"the file is damaged (a broken header at byte {_offset(error)})") from None
    except Exception as error:  # a third-party decoder on untrusted bytes; see the docstring
        collected.fault = _offset(error)
    finally:
        reader.close()
    return collected


def _offset(error):
    offset = getattr(error, "offset", None)
    if offset is None:
        found = re.search(r"@ (\d+)", str(error))
        offset = int(found.group(1)) if found else "?"
    return offset


def _collect(collected, frame):
    name = frame.name
    if name == "record":
        collected.records.append(
            (
                _value(frame, "timestamp"),
                _value(frame, "distance"),
                _value(frame, "enhanced_altitude") or _value(frame, "altitude"),
                _value(frame, "position_lat"),
                _value(frame, "position_long"),
            )
        )
    elif name == "session":
        collected.sessions.append({field.name: field.value for field in frame.fields})
    elif name == "file_id":
        collected.file_type = _value(frame, "type")
        collected.time_created = _value(frame, "time_created")
    elif name == "sport" and collected.sport is None:
        collected.sport = (_value(frame, "sport"), _value(frame, "sub_sport"))


def _value(frame, field):
    try:
        return frame.get_value(field, fallback=None)
    except (KeyError, ValueError, TypeError):
        return None


def _number(value):
    return float(value) if isinstance(value, int | float) else None


def _from_sessions(collected):
    """One session normally; a multisport file (a triathlon) has one per leg and its runs are added up."""
    sessions = collected.sessions
    runs = [session for session in sessions if str(session.get("sport")) == "running"]
    chosen = runs or sessions[:1]
    first = chosen[0]
    distance = sum(_number(session.get("total_distance")) or 0 for session in chosen)
    if not distance and len(collected.records) >= 2:
        distance = _record_distance(collected.records)
    durations = [
        _number(session.get("total_timer_time")) or _number(session.get("total_elapsed_time"))
        for session in chosen
    ]
    ascents = [_number(session.get("total_ascent")) for session in chosen]
    descents = [_number(session.get("total_descent")) for session in chosen]
    note = ""
    if None not in ascents and None not in descents:
        ascent, descent = sum(ascents), sum(descents)
    elif not collected.fault:
        ascent, descent = _record_climb(collected.records)
    else:
        # Records cut short by the fault would give the climb of part of the run only.
        ascent = descent = 0
        note = " The session has no climb, so ascent and descent are left at 0."
    if collected.fault:
        note = (
            f"The file has a fault at byte {collected.fault} that strict readers stop at; the distance and "
            "time come from the session totals written before it." + note
        )
    return Activity(
        started_at=as_utc(first.get("start_time")) or _first_time(collected),
        distance_m=distance,
        duration_s=sum(durations) if None not in durations else None,
        ascent_m=ascent,
        descent_m=descent,
        sport=_text(first.get("sport")) or _text((collected.sport or (None,))[0]),
        sub_sport=_text(first.get("sub_sport")),
        note=note,
    )


def _from_records(collected):
    records = _plausible(collected.records)
    if len(records) < 2:
        raise ActivityFileError("no activity in this FIT file")
    times = [record[0] for record in records if isinstance(record[0], datetime.datetime)]
    ascent, descent = _record_climb(records)
    sport, sub_sport = collected.sport or (None, None)
    if collected.fault:
        note = (
            f"Imported from the records before a fault at byte {collected.fault}; the file's own totals "
            "were not reached, so the run may be cut short."
        )
    else:
        note = "The file has no session totals; the distance and time come from its records."
    return Activity(
        started_at=as_utc(times[0]) if times else as_utc(collected.time_created),
        distance_m=_record_distance(records),
        duration_s=(times[-1] - times[0]).total_seconds() if len(times) >= 2 else None,
        ascent_m=ascent,
        descent_m=descent,
        sport=_text(sport),
        sub_sport=_text(sub_sport),
        note=note,
        partial=bool(collected.fault),
    )


def _plausible(records):
    """Records up to the first whose time goes backwards or leaps past two days: a decoder that has lost
    its place reads nonsense times (the year 2085) before it gives up."""
    kept, previous, first = [], None, None
    for record in records:
        moment = record[0]
        if isinstance(moment, datetime.datetime):
            first = first or moment
            if (previous and moment < previous) or moment - first > datetime.timedelta(days=2):
                break
            previous = moment
        kept.append(record)
    return kept


def _record_distance(records):
    """The last cumulative distance the device wrote, or the length of the recorded positions."""
    distances = [_number(record[1]) for record in records if _number(record[1]) is not None]
    if distances:
        return max(distances)
    points = [
        (record[3] * SEMICIRCLES_TO_DEGREES, record[4] * SEMICIRCLES_TO_DEGREES)
        for record in records
        if _number(record[3]) is not None and _number(record[4]) is not None
    ]
    return path_length(points)


def _record_climb(records):
    altitudes = [_number(record[2]) for record in records]
    return calculate_uphill_downhill([value for value in altitudes if value is not None])


def _first_time(collected):
    for record in collected.records:
        if isinstance(record[0], datetime.datetime):
            return as_utc(record[0])
    return as_utc(collected.time_created)


def _text(value):
    return None if value is None else str(value)
