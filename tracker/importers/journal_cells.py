"""One row of the journal CSV, from its cells to plain values, checked against the journal's rules.

The columns are DESIGN.md's; which of them a row may fill depends on its type. Notes that would start a
spreadsheet formula are written with one apostrophe in front (protect_formula), which the import takes off
again (unprotect_formula), so the text round-trips unchanged.
"""

import datetime
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from tracker.limits import EARLIEST_DATE, MAX_DISTANCE_M, MAX_ELEVATION_M, MAX_WORKOUT_MINUTES

COLUMNS = [
    "date",
    "type",
    "exercise",
    "sets",
    "reps",
    "seconds",
    "weight_kg",
    "pain",
    "distance_km",
    "duration_min",
    "ascent_m",
    "descent_m",
    "irritated",
    "notes",
]
TYPES = ("exercise", "pain", "run")
# Columns each kind of row may fill; the others must stay empty, so a row with the wrong type is caught.
ALLOWED = {
    "exercise": {"exercise", "sets", "reps", "seconds", "weight_kg", "irritated", "notes"},
    "workout": {"exercise", "duration_min", "notes"},
    "pain": {"pain", "notes"},
    "run": {"distance_km", "duration_min", "ascent_m", "descent_m", "irritated", "notes"},
}
# A spreadsheet runs a cell as a formula when its first character, after any blanks it trims, is one of
# these; Japanese and Chinese input methods type the full-width forms, which some spreadsheets accept too.
FORMULA_STARTERS = "=+-@\uff1d\uff0b\uff0d\uff20"
# A cell starting with a line break or a tab can be split by an importer into cells or lines of its own, the
# next of which may then be a formula.
BREAKING_STARTS = ("\t", "\r", "\n")
_BLANKS_AND_APOSTROPHES = re.compile(r"[\s']*")
MAX_ENTRY_NOTE = 300
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WHOLE = re.compile(r"^\d+$")
_YES, _NO = {"yes", "y", "true", "1"}, {"", "no", "n", "false", "0"}
# A problem quotes the cell it is about, but only this much of it: a cell can be 128 KB long.
QUOTED_CELL_CHARACTERS = 40


# A file may hold up to MAX_CSV_ROWS rows, all kept until they are loaded: slots keep each small.
@dataclass(slots=True, frozen=True)
class ExerciseEntry:
    """One exercise of a day's workout. Frozen, so a workout's entries can be compared as a tuple."""

    exercise: str  # the library slug
    sets: int
    reps: int | None
    hold_seconds: int | None
    weight_kg: Decimal | None
    irritated: bool
    irritation_note: str


@dataclass(slots=True)
class WorkoutOwnRow:
    """The row with an empty `exercise`: the workout's own duration and notes."""

    duration_min: int | None
    notes: str


@dataclass(slots=True)
class CheckinEntry:
    pain: int
    notes: str


@dataclass(slots=True)
class RunEntry:
    distance_m: int
    duration_s: int | None
    ascent_m: Decimal | int
    descent_m: Decimal | int
    back_hurt: bool
    notes: str


@dataclass(slots=True)
class Row:
    line: int
    date: datetime.date
    kind: str  # "exercise" (one entry of the day's workout), "workout" (its own row), "pain" or "run"
    values: ExerciseEntry | WorkoutOwnRow | CheckinEntry | RunEntry


def protect_formula(text):
    """The text with one apostrophe in front if a spreadsheet could run it as a formula (spreadsheets show a
    leading apostrophe as "this is text" and hide it). Text that already starts with apostrophes is judged
    by what follows them and gets one more, so unprotect_formula can always take exactly one off."""
    return "'" + text if _runnable(text) else text


def unprotect_formula(text):
    """The text as the runner wrote it: the one apostrophe protect_formula put in front taken off."""
    return text[1:] if text.startswith("'") and _runnable(text[1:]) else text


def _runnable(text):
    # Both tests skip leading apostrophes, so a text and the text with one more apostrophe in front are
    # judged alike: that is what makes unprotect_formula(protect_formula(text)) == text for every text.
    first = text[_BLANKS_AND_APOSTROPHES.match(text).end() :][:1]
    return text.lstrip("'").startswith(BREAKING_STARTS) or (first != "" and first in FORMULA_STARTERS)


def plain_number(value):
    """A Decimal without exponent or trailing zeros: 10.000 -> "10", 5.50 -> "5.5"."""
    return format(Decimal(value).normalize(), "f")


def read_row(line, cells, columns, loggable_slugs, latest_date):
    """(Row, []) for a good row, (None, its problems) for a bad one. `columns` are the header's names."""
    if len(cells) > len(columns):
        return None, [
            f"{len(cells)} cells, but the header has {len(columns)} columns (notes with a comma need quotes)"
        ]
    raw = dict(
        zip(columns, [cell.strip() for cell in cells] + [""] * (len(columns) - len(cells)), strict=True)
    )
    raw["notes"] = cells[columns.index("notes")] if len(cells) > columns.index("notes") else ""
    problems = []
    date = _date(raw["date"], latest_date, problems)
    kind = raw["type"].lower()
    if kind not in TYPES:
        return None, [*problems, f"type must be exercise, pain or run, not {_quoted(raw['type'])}"]
    if kind == "exercise" and not raw["exercise"]:
        kind = "workout"
    extra = [name for name in COLUMNS[3:] if raw[name].strip() and name not in ALLOWED[kind]]
    if extra:
        problems.append(f"{', '.join(extra)} must be empty on {_kind_words(kind)}")
    values = READERS[kind](raw, problems, loggable_slugs)
    if problems or date is None:
        return None, problems
    return Row(line, date, kind, values), []


def _quoted(text):
    if len(text) > QUOTED_CELL_CHARACTERS:
        text = text[:QUOTED_CELL_CHARACTERS] + "\u2026"
    return f"\u2018{text}\u2019"


def _kind_words(kind):
    return {"workout": "a workout row (no exercise)", "exercise": "an exercise row"}.get(
        kind, f"a {kind} row"
    )


def _date(text, latest_date, problems):
    try:
        if not _DATE.match(text):
            raise ValueError
        date = datetime.date.fromisoformat(text)
    except ValueError:
        problems.append(f"date must be YYYY-MM-DD, not {_quoted(text)}")
        return None
    if date < EARLIEST_DATE:
        problems.append(f"date {text} is before 1900")
        return None
    if date > latest_date:
        problems.append(f"date {text} is in the future")
        return None
    return date


def _whole(raw, name, low, high, problems, required=False):
    text = raw[name]
    if not text:
        if required:
            problems.append(f"{name} is required")
        return None
    if not _WHOLE.match(text) or not low <= int(text) <= high:
        problems.append(f"{name} must be a whole number from {low:,} to {high:,}, not {_quoted(text)}")
        return None
    return int(text)


def _decimal(raw, name, low, high, problems, places, required=False, above_low=False):
    text = raw[name]
    if not text:
        if required:
            problems.append(f"{name} is required")
        return None
    try:
        value = Decimal(text)
        valid = value.is_finite() and (value > low if above_low else value >= low) and value <= high
    except InvalidOperation:
        valid = False
    if not valid:
        bound = "more than" if above_low else "from"
        problems.append(f"{name} must be a number {bound} {low} up to {high}, not {_quoted(text)}")
        return None
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _yes(raw, problems):
    text = raw["irritated"].lower()
    if text not in _YES | _NO:
        problems.append(f"irritated must be yes or empty, not {_quoted(raw['irritated'])}")
    return text in _YES


def _notes(raw, problems, most=None):
    notes = unprotect_formula(raw["notes"])
    # Refused rather than stripped: the journal's forms refuse a NUL too (Django's form fields do), PostgreSQL
    # cannot store one, and a zero byte in a text file usually means it is damaged or not UTF-8 text, which
    # the runner should hear about rather than find their notes quietly changed.
    if "\x00" in notes:
        problems.append("notes hold a NUL character (a zero byte), which the journal cannot store: remove it")
    if most is not None and len(notes) > most:
        problems.append(f"notes of an exercise row are at most {most} characters")
    return notes


def _exercise(raw, problems, loggable_slugs):
    if raw["exercise"] not in loggable_slugs:
        # A draft is as unknown to the runner as a typo (drafts are the curators' unpublished work), so the
        # message is the same and does not tell that a draft of that name exists.
        slug = _quoted(raw["exercise"])
        problems.append(f"unknown exercise {slug} (use the slug of a published exercise in the library)")
    return ExerciseEntry(
        exercise=raw["exercise"],
        sets=_whole(raw, "sets", 1, 50, problems) or 1,
        reps=_whole(raw, "reps", 1, 1000, problems),
        hold_seconds=_whole(raw, "seconds", 1, 3600, problems),
        weight_kg=_decimal(raw, "weight_kg", 0, 500, problems, places=1),
        irritated=_yes(raw, problems),
        irritation_note=_notes(raw, problems, most=MAX_ENTRY_NOTE),
    )


def _workout(raw, problems, loggable_slugs):
    return WorkoutOwnRow(
        duration_min=_whole(raw, "duration_min", 1, MAX_WORKOUT_MINUTES, problems),
        notes=_notes(raw, problems),
    )


def _pain(raw, problems, loggable_slugs):
    return CheckinEntry(pain=_whole(raw, "pain", 0, 10, problems, required=True), notes=_notes(raw, problems))


def _run(raw, problems, loggable_slugs):
    km = _decimal(raw, "distance_km", 0, MAX_DISTANCE_M // 1000, problems, 3, required=True, above_low=True)
    minutes = _decimal(raw, "duration_min", 0, MAX_WORKOUT_MINUTES, problems, places=2, above_low=True)
    distance_m = None if km is None else int(km * 1000)
    if distance_m == 0:
        problems.append("distance_km is less than a metre")
    return RunEntry(
        distance_m=distance_m,
        duration_s=None
        if minutes is None
        else max(1, int((minutes * 60).quantize(Decimal(1), ROUND_HALF_UP))),
        # To a tenth of a metre, as the journal keeps them (a climb typed in feet).
        ascent_m=_decimal(raw, "ascent_m", 0, MAX_ELEVATION_M, problems, places=1) or 0,
        descent_m=_decimal(raw, "descent_m", 0, MAX_ELEVATION_M, problems, places=1) or 0,
        back_hurt=_yes(raw, problems),
        notes=_notes(raw, problems),
    )


READERS = {"exercise": _exercise, "workout": _workout, "pain": _pain, "run": _run}
