"""POST /journal/import/: a journal CSV loads all or nothing, and every bad row is named with its line."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from routines.models import Status
from tests.base import make_checkin, make_exercise, make_run, make_workout
from tracker.forms import data as data_forms
from tracker.importers.journal_csv import JournalCsvError, read_journal_csv
from tracker.models import PainCheckin, Run, Workout, WorkoutExercise
from tracker.views import data as data_views

URL = "/journal/import/"
# DESIGN.md's header, as written there.
HEADER = (
    "date,type,exercise,sets,reps,seconds,weight_kg,"
    + "pain,distance_km,duration_min,ascent_m,descent_m,irritated,notes"
)
GOOD = "\n".join(
    [
        HEADER,
        "2024-03-01,exercise,,,,,,,,25,,,,Felt stiff at first",
        "2024-03-01,exercise,test-crunch,3,20,,,,,,,,yes,Sharp twinge on the left",
        "2024-03-01,exercise,test-plank,2,,45,,,,,,,,",
        '2024-03-01,pain,,,,,,4,,,,,,"Stiff, better by noon"',
        "2024-03-02,run,,,,,,,12.345,61.5,250,240,yes,Hilly",
    ]
)


@pytest.fixture
def library(db):
    return [make_exercise("test-crunch"), make_exercise("test-plank")]


def post_csv(client, text, encoding="utf-8", name="journal.csv"):
    upload = SimpleUploadedFile(name, text.encode(encoding) if isinstance(text, str) else text)
    return client.post(URL, {"file": upload}, follow=True)


def journal_counts(user):
    return (
        Workout.objects.filter(user=user).count(),
        WorkoutExercise.objects.filter(workout__user=user).count(),
        PainCheckin.objects.filter(user=user).count(),
        Run.objects.filter(user=user).count(),
    )


def problems_of(text, slugs=("test-crunch",), latest=datetime.date(2030, 1, 1)):
    with pytest.raises(JournalCsvError) as caught:
        read_journal_csv(io.BytesIO(text.encode()), loggable_slugs=set(slugs), latest_date=latest)
    return caught.value.problems


def test_the_url_is_the_one_the_design_names():
    assert reverse("journal_import") == URL


def test_a_good_file_loads_every_kind_of_row(alice, alice_client, library):
    response = post_csv(alice_client, GOOD)
    assert journal_counts(alice) == (1, 2, 1, 1)
    assert "Imported 1 workout (2 exercises), 1 pain check-in and 1 run." in response.content.decode()


def test_a_loaded_workout_keeps_its_duration_notes_and_entries_in_order(alice, alice_client, library):
    post_csv(alice_client, GOOD)
    workout = Workout.objects.get(user=alice)
    entries = list(workout.entries.values_list("exercise__slug", "sets", "reps", "hold_seconds", "irritated"))
    assert (workout.duration_min, workout.notes) == (25, "Felt stiff at first")
    assert entries == [("test-crunch", 3, 20, None, True), ("test-plank", 2, None, 45, False)]


def test_a_loaded_run_keeps_its_numbers_and_that_the_back_hurt(alice, alice_client, library):
    post_csv(alice_client, GOOD)
    run = Run.objects.get(user=alice)
    assert (run.distance_m, run.duration_s, run.ascent_m, run.descent_m, run.back_hurt) == (
        12345,
        3690,
        250,
        240,
        True,
    )


def test_a_file_with_bad_rows_changes_nothing_and_lists_each_with_its_line(alice, alice_client, library):
    bad_rows = [
        "2024-03-03,exercise,no-such-thing,3,,,,,,,,,,",
        "2024-03-04,pain,,,,,,11,,,,,,",
        "03/05/2024,pain,,,,,,2,,,,,,",
    ]
    bad = "\n".join([GOOD, *bad_rows])
    text = post_csv(alice_client, bad).content.decode()
    assert journal_counts(alice) == (0, 0, 0, 0)
    assert "Nothing was imported: 3 problems in the file" in text
    assert (
        "<td>7</td><td>unknown exercise" in text
        and "<td>8</td><td>pain must be a whole number from 0 to 10" in text
    )


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("2024-03-01,pain,,,,,,11,,,,,,", "pain must be a whole number from 0 to 10, not \u201811\u2019"),
        ("2024-03-01,pain,,,,,,,,,,,,", "pain is required"),
        ("2024-02-30,pain,,,,,,3,,,,,,", "date must be YYYY-MM-DD, not \u20182024-02-30\u2019"),
        ("1899-12-31,pain,,,,,,3,,,,,,", "date 1899-12-31 is before 1900"),
        ("2030-01-02,pain,,,,,,3,,,,,,", "date 2030-01-02 is in the future"),
        (
            "2024-03-01,run,,,,,,,0,,,,,",
            "distance_km must be a number more than 0 up to 400, not \u20180\u2019",
        ),
        (
            "2024-03-01,run,,,,,,,400.001,,,,,",
            "distance_km must be a number more than 0 up to 400, not \u2018400.001\u2019",
        ),
        (
            "2024-03-01,run,,,,,,,10,2881,,,,",
            "duration_min must be a number more than 0 up to 2880, not \u20182881\u2019",
        ),
        (
            "2024-03-01,run,,,,,,,10,,20001,,,",
            "ascent_m must be a number from 0 up to 20000, not \u201820001\u2019",
        ),
        (
            "2024-03-01,exercise,test-crunch,51,,,,,,,,,,",
            "sets must be a whole number from 1 to 50, not \u201851\u2019",
        ),
        (
            "2024-03-01,exercise,test-crunch,3,1001,,,,,,,,,",
            "reps must be a whole number from 1 to 1,000, not \u20181001\u2019",
        ),
        (
            "2024-03-01,exercise,test-crunch,3,,3601,,,,,,,,",
            "seconds must be a whole number from 1 to 3,600, not \u20183601\u2019",
        ),
        (
            "2024-03-01,exercise,test-crunch,3,,,500.1,,,,,,,",
            "weight_kg must be a number from 0 up to 500, not \u2018500.1\u2019",
        ),
        (
            "2024-03-01,exercise,test-crunch,3,,,,,,,,,maybe,",
            "irritated must be yes or empty, not \u2018maybe\u2019",
        ),
        ("2024-03-01,exercise,test-crunch,3,,,,5,,,,,,", "pain must be empty on an exercise row"),
        ("2024-03-01,swim,,,,,,,,,,,,", "type must be exercise, pain or run, not \u2018swim\u2019"),
    ],
)
def test_each_rule_of_the_journal_is_checked(row, problem):
    assert problems_of(HEADER + "\n" + row) == [(2, problem)]


def test_two_pain_rows_for_one_day_are_refused():
    text = HEADER + "\n2024-03-01,pain,,,,,,3,,,,,,\n2024-03-01,pain,,,,,,4,,,,,,"
    assert problems_of(text) == [
        (3, "a second pain row for 2024-03-01 (one check-in a day; the first is on line 2)")
    ]


def test_line_numbers_count_the_lines_of_notes_that_span_several(library):
    text = HEADER + '\n2024-03-01,pain,,,,,,3,,,,,,"one\ntwo\nthree"\n2024-03-02,pain,,,,,,12,,,,,,'
    assert problems_of(text)[0][0] == 5


def test_a_wrong_header_is_reported_on_line_1():
    problem = problems_of("date,kind,pain\n2024-03-01,pain,3")[0]
    assert problem[0] == 1 and "(unknown: kind)" in problem[1]


def test_a_byte_order_mark_is_fine(alice, alice_client, library):
    post_csv(alice_client, "\ufeff" + GOOD)
    assert journal_counts(alice) == (1, 2, 1, 1)


def test_a_file_that_is_not_utf8_is_refused_with_a_clear_message(alice, alice_client, library):
    text = post_csv(
        alice_client, HEADER + "\n2024-03-01,pain,,,,,,3,,,,,,Caf\u00e9", encoding="latin-1"
    ).content
    assert "The file is not UTF-8 text." in text.decode()
    assert journal_counts(alice) == (0, 0, 0, 0)


def test_a_file_over_10_mb_is_refused(alice, alice_client, monkeypatch):
    monkeypatch.setattr(data_forms, "JOURNAL_CSV_MAX_BYTES", 100)
    response = post_csv(alice_client, GOOD)
    assert "The file is larger than 10 MB." in response.content.decode()


def test_a_request_over_the_limit_is_refused_before_it_is_read(alice, alice_client, monkeypatch):
    monkeypatch.setattr(data_views, "JOURNAL_CSV_MAX_BYTES", 10)
    monkeypatch.setattr(data_views, "MULTIPART_SLACK", 10)
    assert post_csv(alice_client, GOOD).status_code == 413


def test_loading_the_same_file_twice_changes_nothing_the_second_time(alice, alice_client, library):
    post_csv(alice_client, GOOD)
    response = post_csv(alice_client, GOOD)
    assert journal_counts(alice) == (1, 2, 1, 1)
    assert "3 entries already in your journal were skipped" in response.content.decode()


def test_a_pain_row_replaces_that_days_score_and_keeps_where_it_hurt(alice, alice_client, library):
    make_checkin(alice, date=datetime.date(2024, 3, 1), pain=8, locations=["left"])
    post_csv(alice_client, GOOD)
    checkin = PainCheckin.objects.get(user=alice)
    assert (checkin.pain, checkin.notes, checkin.locations) == (4, "Stiff, better by noon", ["left"])


def test_a_different_run_on_the_same_day_is_added(alice, alice_client, library):
    make_run(alice, date=datetime.date(2024, 3, 2), km=5)
    post_csv(alice_client, GOOD)
    assert Run.objects.filter(user=alice).count() == 2


def test_a_guarded_formula_comes_back_without_its_apostrophe(alice, alice_client):
    post_csv(alice_client, HEADER + "\n2024-03-01,pain,,,,,,3,,,,,,'=1+2")
    assert PainCheckin.objects.get(user=alice).notes == "=1+2"


NUL_ROWS = [
    "2024-03-01,exercise,,,,,,,,25,,,,stiff\x00",
    "2024-03-01,exercise,test-crunch,3,20,,,,,,,,yes,twinge\x00",
    "2024-03-01,pain,,,,,,4,,,,,,\x00",
    "2024-03-02,run,,,,,,,12.345,61.5,250,240,,hilly\x00trail",
]


def test_it_refuses_notes_with_a_nul_so_none_reaches_the_database(alice, alice_client, library):
    response = post_csv(alice_client, "\n".join([HEADER, *NUL_ROWS, "2024-03-03,pain,,,,,,2,,,,,,fine"]))
    assert journal_counts(alice) == (0, 0, 0, 0)
    assert response.content.decode().count("notes hold a NUL character") == len(NUL_ROWS)


def test_it_names_the_line_of_a_note_with_a_nul():
    assert problems_of(HEADER + "\n2024-03-01,pain,,,,,,4,,,,,,a\x00b") == [
        (2, "notes hold a NUL character (a zero byte), which the journal cannot store: remove it")
    ]


@pytest.mark.parametrize("status", [Status.DRAFT, Status.DISCOURAGED])
def test_it_refuses_an_exercise_that_is_not_published_at_its_line(alice_client, library, status):
    make_exercise("test-unpublished", status=status)
    response = post_csv(alice_client, HEADER + "\n2024-03-01,exercise,test-unpublished,3,,,,,,,,,,")
    assert "<td>2</td><td>unknown exercise \u2018test-unpublished\u2019" in response.content.decode()


def test_it_accepts_a_withdrawn_exercise_the_runner_already_logged(alice, alice_client):
    withdrawn = make_exercise("test-withdrawn", status=Status.DRAFT)
    make_workout(alice, date=datetime.date(2024, 2, 1), exercises=[withdrawn])
    post_csv(alice_client, HEADER + "\n2024-03-01,exercise,test-withdrawn,3,,,,,,,,,,")
    assert journal_counts(alice) == (2, 2, 0, 0)


def test_it_refuses_a_withdrawn_exercise_that_only_another_runner_logged(alice, alice_client, bob):
    make_workout(bob, exercises=[make_exercise("test-withdrawn", status=Status.DRAFT)])
    post_csv(alice_client, HEADER + "\n2024-03-01,exercise,test-withdrawn,3,,,,,,,,,,")
    assert journal_counts(alice) == (0, 0, 0, 0)


def test_it_takes_back_its_own_export_after_an_exercise_is_withdrawn(alice, alice_client):
    withdrawn = make_exercise("test-withdrawn")
    make_workout(alice, date=datetime.date(2024, 2, 1), exercises=[withdrawn])
    withdrawn.status = Status.DRAFT
    withdrawn.save()
    response = post_csv(alice_client, alice_client.get("/journal/export.csv").getvalue())
    assert "1 entry already in your journal was skipped." in response.content.decode()
    assert journal_counts(alice) == (1, 1, 0, 0)


def test_bobs_import_goes_into_bobs_journal_only(alice, bob, bob_client, library):
    post_csv(bob_client, GOOD)
    assert journal_counts(alice) == (0, 0, 0, 0) and journal_counts(bob) == (1, 2, 1, 1)


def test_the_page_explains_what_happens_to_a_journal_with_entries(alice_client):
    text = alice_client.get(URL).content.decode()
    assert "Into a journal that already has entries" in text and HEADER in text


def test_a_row_with_a_bad_date_and_a_bad_type_lists_both():
    assert problems_of(HEADER + "\n2024-02-30,swim,,,,,,,,,,,,") == [
        (2, "date must be YYYY-MM-DD, not \u20182024-02-30\u2019"),
        (2, "type must be exercise, pain or run, not \u2018swim\u2019"),
    ]


def test_a_row_with_an_unquoted_comma_in_its_notes_gets_a_hint():
    problem = problems_of(HEADER + "\n2024-03-01,pain,,,,,,3,,,,,,stiff, then fine")[0][1]
    assert problem == "15 cells, but the header has 14 columns (notes with a comma need quotes)"


def test_a_file_with_only_the_header_says_there_was_nothing_to_import(alice_client):
    response = post_csv(alice_client, HEADER + "\n")
    assert "The file holds no entries, only its header: nothing was imported." in response.content.decode()


def test_the_summary_names_only_what_the_file_had(alice_client):
    response = post_csv(alice_client, HEADER + "\n2024-03-01,pain,,,,,,3,,,,,,")
    assert "Imported 1 pain check-in.</" in response.content.decode()
