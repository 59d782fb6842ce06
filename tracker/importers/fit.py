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

import io
import re
from time import monotonic

import fitdecode

from tracker.importers.fit_records import Records
from tracker.importers.fit_records import number as _number
from tracker.importers.records import Activity, ActivityFileError, OutOfTime, as_utc


def looks_like_fit(data):
    return len(data) >= 12 and data[0] in (12, 14) and data[8:12] == b".FIT"


class _Collected:
    def __init__(self):
        self.file_type = None
        self.time_created = None
        self.sport = None
        self.sessions = []
        self.records = Records()
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


# The record fields read, each from the first field of the message that bears its name (or, for a subfield,
# its parent's), as fitdecode's get_value finds it; one pass over the fields rather than one a name.
_RECORD_FIELDS = frozenset(
    ("timestamp", "distance", "enhanced_altitude", "altitude", "position_lat", "position_long")
)


def _collect(collected, frame):
    name = frame.name
    if name == "record":
        values = _first_values(frame, _RECORD_FIELDS)
        collected.records.add(
            values.get("timestamp"),
            values.get("distance"),
            values.get("enhanced_altitude") or values.get("altitude"),
            values.get("position_lat"),
            values.get("position_long"),
        )
    elif name == "session":
        collected.sessions.append({field.name: field.value for field in frame.fields})
    elif name == "file_id":
        collected.file_type = _value(frame, "type")
        collected.time_created = _value(frame, "time_created")
    elif name == "sport" and collected.sport is None:
        collected.sport = (_value(frame, "sport"), _value(frame, "sub_sport"))


def _first_values(frame, wanted):
    values = {}
    for field in frame.fields:
        if field.name in wanted:
            values.setdefault(field.name, field.value)
        parent = field.parent_field
        if parent is not None and parent.name in wanted:
            values.setdefault(parent.name, field.value)
    return values


def _value(frame, field):
    try:
        return frame.get_value(field, fallback=None)
    except (KeyError, ValueError, TypeError):
        return None


def _from_sessions(collected):
    """One session normally; a multisport file (a triathlon) has one per leg and its runs are added up."""
    sessions = collected.sessions
    runs = [session for session in sessions if str(session.get("sport")) == "running"]
    chosen = runs or sessions[:1]
    first = chosen[0]
    distance = sum(_number(session.get("total_distance")) or 0 for session in chosen)
    if not distance and len(collected.records) >= 2:
        distance = collected.records.every.distance()
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
        ascent, descent = collected.records.every.ascent_descent()
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
        started_at=as_utc(first.get("start_time"))
        or as_utc(collected.records.every.first_time or collected.time_created),
        distance_m=distance,
        duration_s=sum(durations) if None not in durations else None,
        ascent_m=ascent,
        descent_m=descent,
        sport=_text(first.get("sport")) or _text((collected.sport or (None,))[0]),
        sub_sport=_text(first.get("sub_sport")),
        note=note,
    )


def _from_records(collected):
    records = collected.records.plausible
    if records.count < 2:
        raise ActivityFileError("no activity in this FIT file")
    ascent, descent = records.ascent_descent()
    sport, sub_sport = collected.sport or (None, None)
    if collected.fault:
        note = (
            f"Imported from the records before a fault at byte {collected.fault}; the file's own totals "
            "were not reached, so the run may be cut short."
        )
    else:
        note = "The file has no session totals; the distance and time come from its records."
    return Activity(
        started_at=as_utc(records.first_time or collected.time_created),
        distance_m=records.distance(),
        duration_s=records.duration(),
        ascent_m=ascent,
        descent_m=descent,
        sport=_text(sport),
        sub_sport=_text(sub_sport),
        note=note,
        partial=bool(collected.fault),
    )


def _text(value):
    return None if value is None else str(value)
