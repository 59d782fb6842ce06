"""The journal CSV's formula guard: a note a spreadsheet would run as a formula is written with one apostrophe
in front, and the import takes exactly that apostrophe off again, so every note comes back as it was."""

import csv
import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.base import make_checkin, make_exercise, make_run, make_workout
from tracker.importers.journal_cells import protect_formula, unprotect_formula
from tracker.models import PainCheckin, Run, Workout, WorkoutExercise

# Text a spreadsheet would run, or split into a formula on another line, if written as it is.
RUNNABLE = [
    "=1+2",
    "+1",
    "-ish",
    "@SUM(A1)",
    " =1+2",
    "   @home",
    "\u3000=1+2",
    "\n=cmd|' /C calc'!A0",
    "\nplain on a second line",
    "\r\n=1",
    "\tindented",
    "\uff1d1+2",
    "\uff0b1",
    "\uff0d1",
    "\uff20SUM(A1)",
    "'=already guarded",
    "' =1",
    "'\nline",
    "' '=1",
]
PLAIN = ["", "Stiff", "a=b", "  fine", "'quoted'", "'", " ", "Caf\u00e9 \u2615", "1+1"]


@pytest.mark.parametrize("text", RUNNABLE)
def test_it_puts_one_apostrophe_before_text_a_spreadsheet_would_run(text):
    assert protect_formula(text) == "'" + text


@pytest.mark.parametrize("text", PLAIN)
def test_it_leaves_text_a_spreadsheet_would_not_run_alone(text):
    assert protect_formula(text) == text


@pytest.mark.parametrize("text", RUNNABLE + PLAIN)
def test_it_takes_off_exactly_the_apostrophe_it_put_on(text):
    assert unprotect_formula(protect_formula(text)) == text


def test_it_keeps_an_apostrophe_the_runner_typed_before_plain_text():
    assert unprotect_formula("'quoted'") == "'quoted'"


def test_it_brings_back_every_kind_of_note_after_export_and_import(alice, alice_client, bob, bob_client):
    plank = make_exercise("test-plank")
    for offset, note in enumerate(RUNNABLE + PLAIN):
        date = datetime.date(2024, 1, 1) + datetime.timedelta(days=offset)
        make_workout(alice, date=date, exercises=[plank], notes=note)
        make_checkin(alice, date=date, notes=note)
        make_run(alice, date=date, notes=note)
    exported = alice_client.get("/journal/export.csv").getvalue()
    bob_client.post("/journal/import/", {"file": SimpleUploadedFile("journal.csv", exported)})
    assert notes_of(bob) == notes_of(alice)


def test_it_guards_a_full_width_equals_sign_in_the_exported_file(alice, alice_client):
    make_checkin(alice, notes='\uff1dHYPERLINK("http://evil")')
    rows = list(csv.DictReader(io.StringIO(alice_client.get("/journal/export.csv").getvalue().decode())))
    assert rows[0]["notes"] == '\'\uff1dHYPERLINK("http://evil")'


def notes_of(user):
    return [
        sorted(Workout.objects.filter(user=user).values_list("notes", flat=True)),
        sorted(PainCheckin.objects.filter(user=user).values_list("notes", flat=True)),
        sorted(Run.objects.filter(user=user).values_list("notes", flat=True)),
        WorkoutExercise.objects.filter(workout__user=user).count(),
    ]
