"""The "download my data" zip, written as it is sent: the journal CSV, the whole journal as JSON (with what
the CSV has no column for), the profile, the login records, the outcome measures, share links and a README.

zipfile writes to a pipe that cannot seek, so each member is followed by a data descriptor (its size and
checksum) instead of going back to fill them in; what is written is handed out as soon as it is compressed.
The members' own bytes are the same as when the zip was built whole in memory.
"""

import json
import time
import zipfile

from django.template.loader import render_to_string
from django.utils import timezone

from tracker.export import (
    CHUNK_ROWS,
    ENTRY_VALUES,
    in_chunks,
    journal_csv_lines,
    profile_json,
    workouts_with_entries,
)
from tracker.export_outcomes import psfs_json, shares_json
from tracker.importers.journal_cells import COLUMNS
from tracker.login_records import login_records_json
from tracker.models import PainCheckin, Run

WORKOUT_VALUES = (
    *("pk", "date", "created_at", "routine__slug", "duration_min", "notes", "entries__pk"),
    *("entries__exercise__slug", "entries__exercise__name", *ENTRY_VALUES),
)
CHECKIN_VALUES = ("date", "created_at", "pain", "locations", "timings", "red_flags", "notes")
RUN_VALUES = (
    "date",
    "created_at",
    "started_at",
    "distance_m",
    "duration_s",
    "ascent_m",
    "descent_m",
    "surface",
    "back_hurt",
    "back_hurt_after_min",
    "notes",
    "origin",
    "source_sha256",
)


def _iso(value):
    return value.isoformat() if value else None


def _json_text(data):
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _workouts(user):
    for _pk, group in workouts_with_entries(user, *WORKOUT_VALUES):
        rows = list(group)  # one workout's entries: a handful
        _pk, date, created_at, routine, duration_min, notes, entry_pk = rows[0][:7]
        yield {
            "date": date.isoformat(),
            "created_at": created_at.isoformat(),
            "routine": routine,
            "duration_min": duration_min,
            "notes": notes,
            "entries": [] if entry_pk is None else [_entry(*row[7:]) for row in rows],
        }


def _entry(slug, name, sets, reps, hold_seconds, weight_kg, irritated, irritation_note):
    return {
        "exercise": slug,
        "exercise_name": name,
        "sets": sets,
        "reps": reps,
        "hold_seconds": hold_seconds,
        "weight_kg": None if weight_kg is None else float(weight_kg),
        "irritated": irritated,
        "irritation_note": irritation_note,
    }


def _checkins(user):
    checkins = PainCheckin.objects.for_user(user).order_by("date").values(*CHECKIN_VALUES)
    for checkin in checkins.iterator(chunk_size=CHUNK_ROWS):
        yield {
            **checkin,
            "date": checkin["date"].isoformat(),
            "created_at": checkin["created_at"].isoformat(),
        }


def _runs(user):
    runs = Run.objects.for_user(user).order_by("date", "started_at", "pk").values(*RUN_VALUES)
    for run in runs.iterator(chunk_size=CHUNK_ROWS):
        yield {
            **run,
            "date": run["date"].isoformat(),
            "created_at": run["created_at"].isoformat(),
            "started_at": _iso(run["started_at"]),
            "ascent_m": float(run["ascent_m"]),
            "descent_m": float(run["descent_m"]),
            "source_sha256": run["source_sha256"] or None,
        }


def _json_list(items, depth):
    """A list as json.dumps(indent=2) writes it `depth` levels deep, an item at a time."""
    margin = "\n" + "  " * (depth + 1)
    opening = "["
    for item in items:
        yield opening + margin + json.dumps(item, indent=2, ensure_ascii=False).replace("\n", margin)
        opening = ","
    yield "[]" if opening == "[" else "\n" + "  " * depth + "]"


def journal_json_texts(user, exported_at):
    """journal.json in pieces: exactly what json.dumps(indent=2) of the whole journal would write."""
    yield "{\n" + f'  "exported_at": {json.dumps(exported_at.isoformat())}'
    for key, items in (("workouts", _workouts(user)), ("checkins", _checkins(user)), ("runs", _runs(user))):
        yield f',\n  "{key}": '
        yield from _json_list(items, depth=1)
    yield "\n}\n"


class _Pipe:
    """A write-only file for zipfile: it keeps what is written only until the next take()."""

    def __init__(self):
        self.pieces = []

    def write(self, data):
        self.pieces.append(bytes(data))
        return len(data)

    def flush(self):
        pass

    def take(self):
        """What was written since the last take, as one piece, or nothing."""
        if self.pieces:
            data = b"".join(self.pieces)
            self.pieces.clear()
            yield data


def my_data_zip_chunks(user):
    """The bytes of the "download my data" zip, in pieces. The moment and the README are fixed here, when
    the download is asked for; the journal is read while the pieces are taken."""
    exported_at = timezone.now().replace(microsecond=0)
    readme = render_to_string("tracker/export_readme.txt", {"exported_at": exported_at, "columns": COLUMNS})
    members = [
        ("journal.csv", lambda: in_chunks(journal_csv_lines(user))),
        ("journal.json", lambda: in_chunks(journal_json_texts(user, exported_at))),
        ("profile.json", lambda: [_json_text(profile_json(user))]),
        ("logins.json", lambda: [_json_text(login_records_json(user))]),
        ("psfs.json", lambda: [_json_text(psfs_json(user))]),
        ("shares.json", lambda: [_json_text(shares_json(user))]),
        ("README.txt", lambda: [readme]),
    ]
    return _zipped(members, time.localtime(time.time())[:6])


def _zipped(members, date_time):
    """The zip's bytes as zipfile makes them, never an empty piece (a server may read one as the end)."""
    pipe = _Pipe()
    with zipfile.ZipFile(pipe, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, texts in members:
            # As ZipFile.writestr makes a member from a name: the moment, and read-write for the owner only.
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            with archive.open(info, "w") as member:
                for text in texts():
                    member.write(text.encode())
                    yield from pipe.take()
            yield from pipe.take()
    yield from pipe.take()
