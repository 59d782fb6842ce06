"""Whatever file a runner uploads, the imports answer without a 500, keep every rule, and the journal CSV
import is all or nothing: refused, the journal is exactly as it was."""

import csv
import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.base import make_user
from tests.test_properties_forms import (
    ANYTHING,
    EXAMPLES,
    TEXT,
    assert_journal_within_rules,
    near_today,
    whole,
)
from tracker.importers.journal_cells import protect_formula, unprotect_formula
from tracker.importers.journal_csv import COLUMNS, read_journal_csv
from tracker.models import PainCheckin, Run, Workout, WorkoutExercise


@pytest.fixture
def runner_client(client, db):
    client.force_login(make_user("fuzz"))
    return client


def cells(**values):
    return st.fixed_dictionaries({column: values.get(column, st.just("")) for column in COLUMNS})


EXERCISE_ROW = cells(
    date=near_today(),
    type=st.just("exercise"),
    exercise=st.sampled_from(["crunch", "glute-bridge", "no-such-exercise"]),
    sets=whole(0, 51),
    reps=whole(0, 1001, optional=True),
    irritated=st.sampled_from(["", "yes"]),
    notes=TEXT,
)
PAIN_ROW = cells(date=near_today(), type=st.just("pain"), pain=whole(-1, 11), notes=TEXT)
RUN_ROW = cells(
    date=near_today(),
    type=st.just("run"),
    distance_km=st.decimals(0, 401, places=2).map(str),
    duration_min=whole(0, 2881, optional=True),
    ascent_m=whole(-1, 20_001, optional=True),
    descent_m=whole(-1, 20_001, optional=True),
    notes=TEXT,
)


@st.composite
def journal_csv(draw):
    """A journal CSV of near-valid rows, some cells replaced by anything, in UTF-8 (with or without a BOM)."""
    rows = draw(st.lists(st.one_of(EXERCISE_ROW, PAIN_ROW, RUN_ROW), max_size=6))
    for row in rows:
        for column in draw(st.sets(st.sampled_from(COLUMNS), max_size=2)):
            row[column] = draw(ANYTHING)
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return draw(st.sampled_from(["", "\ufeff"])).encode() + text.getvalue().encode()


# Written out here rather than taken from the code under test, so the property checks the code's list too.
SPREADSHEET_FORMULA_STARTS = set("=+-@\uff1d\uff0b\uff0d\uff20")
# Any text a note can hold: no lone surrogates (they are not UTF-8) and no NUL (no database column takes it).
NOTE_TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"))
ANY_UPLOAD = st.one_of(journal_csv(), st.binary(max_size=500), TEXT.map(lambda text: text.encode()))


def journal_rows():
    return [
        list(model.objects.order_by("pk").values()) for model in (Workout, WorkoutExercise, PainCheckin, Run)
    ]


@EXAMPLES
@given(data=ANY_UPLOAD)
def test_any_journal_csv_is_refused_whole_or_imported_within_the_rules(runner_client, data):
    before = journal_rows()
    response = runner_client.post(
        reverse("journal_import"), {"file": SimpleUploadedFile("journal.csv", data, "text/csv")}
    )
    assert response.status_code in {200, 302, 400, 413}
    if response.status_code != 302:
        assert journal_rows() == before
    assert_journal_within_rules()


@settings(EXAMPLES, max_examples=20)
@given(data=st.binary(max_size=2000), extension=st.sampled_from([".gpx", ".fit", ".tcx", ".gz", ".zip", ""]))
def test_any_activity_file_is_answered_without_a_500_and_within_the_rules(runner_client, data, extension):
    upload = SimpleUploadedFile(f"activity{extension}", data)
    response = runner_client.post(reverse("import_runs"), {"files": [upload]}, HTTP_ACCEPT="application/json")
    assert response.status_code < 500
    assert_journal_within_rules()


@given(text=st.text())
def test_it_takes_off_any_note_exactly_the_apostrophe_the_guard_put_on(text):
    assert unprotect_formula(protect_formula(text)) == text


@given(text=st.text())
def test_it_never_writes_a_note_that_starts_what_a_spreadsheet_would_run(text):
    written = protect_formula(text)
    runnable = written.lstrip()[:1] in SPREADSHEET_FORMULA_STARTS or written.startswith(("\t", "\r", "\n"))
    # After a leading apostrophe a spreadsheet takes the whole cell as text.
    assert written.startswith("'") or not runnable


@given(notes=st.lists(NOTE_TEXT, min_size=1, max_size=5))
def test_it_reads_back_exactly_the_notes_written_to_a_journal_csv(notes):
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for offset, note in enumerate(notes):
        date = datetime.date(2024, 1, 1) + datetime.timedelta(days=offset)
        writer.writerow([date.isoformat(), "pain", "", "", "", "", "", "3", *[""] * 5, protect_formula(note)])
    rows = read_journal_csv(
        io.BytesIO(text.getvalue().encode()), loggable_slugs=set(), latest_date=datetime.date(2030, 1, 1)
    )
    assert [row.values.notes for row in rows] == notes
