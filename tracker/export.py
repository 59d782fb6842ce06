"""A runner's data, out: the journal CSV (the same format the import reads), the profile, and the file names.

Exports are streamed: each table is read as plain values a chunk of rows at a time (never as model objects),
and the CSV is handed out in pieces as its lines are made, so a ten-year journal needs no more memory than a
one-year one and the first bytes leave at once. The journal JSON and the zip are in tracker/export_archive.py.
"""

import csv
import heapq
from decimal import Decimal
from itertools import chain, groupby
from operator import itemgetter

from tracker.importers.journal_cells import COLUMNS, plain_number, protect_formula
from tracker.models import PainCheckin, Profile, Run, Workout
from tracker.reminders.choices import reminders_json

CENTS = Decimal("0.01")
# Rows fetched from the database at a time, and characters handed to the server at a time: big enough that
# a ten-year journal is a few dozen round trips and network writes, small enough that memory stays flat.
CHUNK_ROWS = 2000
CHUNK_CHARACTERS = 32 * 1024
POSITION = {column: index for index, column in enumerate(COLUMNS)}
# Within a date: the workouts (as logged), then pain, then runs.
WORKOUT, PAIN, RUN = 0, 1, 2
# A workout and its entries in one query: one row per entry, or one row with empty entry columns. An entry's
# own values come last, in this order, for the CSV and the JSON alike.
ENTRY_VALUES = tuple(
    f"entries__{field}"
    for field in ("sets", "reps", "hold_seconds", "weight_kg", "irritated", "irritation_note")
)
WORKOUT_VALUES = (
    "pk",
    "date",
    "duration_min",
    "notes",
    "entries__pk",
    "entries__exercise__slug",
    *ENTRY_VALUES,
)
RUN_VALUES = ("date", "distance_m", "duration_s", "ascent_m", "descent_m", "back_hurt", "notes")


def workouts_with_entries(user, *values):
    """(pk, rows) for each workout by date as logged, its rows in the entries' order: the query the CSV and
    the JSON share, so both list a day's workouts and exercises alike."""
    rows = (
        Workout.objects.for_user(user)
        .order_by("date", "pk", "entries__order", "entries__pk")
        .values_list(*values)
        .iterator(chunk_size=CHUNK_ROWS)
    )
    return groupby(rows, key=itemgetter(0))


def journal_rows(user):
    """The CSV rows, each a list of cells in COLUMNS' order, by date. The three tables are read side by side
    and merged, so no more than a chunk of each is held at any time."""
    merged = heapq.merge(_workout_rows(user), _pain_rows(user), _run_rows(user), key=itemgetter(0, 1))
    return (cells for _date, _kind, cells in merged)


def _cells(date, kind, notes, **values):
    cells = [""] * len(COLUMNS)
    cells[POSITION["date"]], cells[POSITION["type"]] = date.isoformat(), kind
    cells[POSITION["notes"]] = protect_formula(notes or "")
    for column, value in values.items():
        cells[POSITION[column]] = value
    return cells


def _workout_rows(user):
    for _pk, group in workouts_with_entries(user, *WORKOUT_VALUES):
        first = next(group)
        _pk, date, duration_min, notes, entry_pk = first[:5]
        # The workout's own row carries its duration and notes; a workout with no entries needs it to exist.
        if duration_min or notes or entry_pk is None:
            yield date, WORKOUT, _cells(date, "exercise", notes, duration_min=duration_min or "")
        if entry_pk is not None:
            for row in chain([first], group):
                yield date, WORKOUT, _entry_cells(date, *row[5:])


def _entry_cells(date, slug, sets, reps, hold_seconds, weight_kg, irritated, irritation_note):
    return _cells(
        date,
        "exercise",
        irritation_note,
        exercise=slug,
        sets=sets,
        reps=reps or "",
        seconds=hold_seconds or "",
        weight_kg="" if weight_kg is None else plain_number(weight_kg),
        irritated="yes" if irritated else "",
    )


def _pain_rows(user):
    checkins = PainCheckin.objects.for_user(user).order_by("date").values_list("date", "pain", "notes")
    for date, pain, notes in checkins.iterator(chunk_size=CHUNK_ROWS):
        yield date, PAIN, _cells(date, "pain", notes, pain=pain)


def _run_rows(user):
    runs = Run.objects.for_user(user).order_by("date", "started_at", "pk").values_list(*RUN_VALUES)
    for date, distance_m, duration_s, ascent_m, descent_m, back_hurt, notes in runs.iterator(CHUNK_ROWS):
        # Minutes to two places (0.6 s) bring the seconds back exactly on import.
        minutes = "" if duration_s is None else plain_number((Decimal(duration_s) / 60).quantize(CENTS))
        yield (
            date,
            RUN,
            _cells(
                date,
                "run",
                notes,
                distance_km=plain_number(Decimal(distance_m) / 1000),
                duration_min=minutes,
                ascent_m=plain_number(ascent_m),
                descent_m=plain_number(descent_m),
                irritated="yes" if back_hurt else "",
            ),
        )


class _LineOut:
    """What csv.writer writes to: it gives each line back rather than keeping it."""

    def write(self, line):
        return line


def journal_csv_lines(user):
    """The CSV, a line at a time (a note's own line breaks stay inside its quoted line)."""
    writer = csv.writer(_LineOut(), lineterminator="\r\n")
    yield writer.writerow(COLUMNS)
    for cells in journal_rows(user):
        yield writer.writerow(cells)


def in_chunks(texts, size=CHUNK_CHARACTERS):
    """The texts joined into pieces of about `size` characters: one network write per piece, not per line."""
    batch, length = [], 0
    for text in texts:
        batch.append(text)
        length += len(text)
        if length >= size:
            yield "".join(batch)
            batch, length = [], 0
    if batch:
        yield "".join(batch)


def profile_json(user):
    profile, _ = Profile.objects.get_or_create(user=user)
    return {
        "username": user.get_username(),
        "email": user.email,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "units": profile.units,
        "weekly_target": profile.weekly_target,
        "lapse_days": profile.lapse_days,
        "time_zone": profile.time_zone,
        "usual_routine": profile.usual_routine.slug if profile.usual_routine else None,
        "include_walks": profile.include_walks,
        "reminders": reminders_json(user),
    }


def download_name(kind, today):
    """backtrack-journal-2024-03-02: dated by the runner's own today, which is what they would call it."""
    return f"backtrack-{kind}-{today.isoformat()}"
