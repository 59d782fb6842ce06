"""An exercise's page offers a runner to log it today and shows their own history with it; a visitor sees
no journal, and no runner ever sees another's."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from routines.models import Exercise
from tests.base import make_workout, runner_today
from tracker.dates import day_words
from tracker.models import WorkoutExercise

pytestmark = pytest.mark.django_db

CRUNCH = "/library/exercises/crunch/"


@pytest.fixture
def crunch(db):
    return Exercise.objects.get(slug="crunch")


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def log_crunches(runner, crunch, days_ago, irritated=False):
    today = runner_today(runner)
    for days in days_ago:
        make_workout(runner, today - datetime.timedelta(days=days), [crunch], irritated=irritated)


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return len(captured.captured_queries)


def test_a_runner_sees_how_often_they_logged_an_exercise_and_when_last(alice, alice_client, crunch):
    log_crunches(alice, crunch, [3, 10, 40])
    last = day_words(runner_today(alice) - datetime.timedelta(days=3))
    assert f"You logged this 3 times, last on {last}." in page(alice_client, CRUNCH)


def test_a_runner_sees_how_often_an_exercise_irritated_their_back(alice, alice_client, crunch):
    log_crunches(alice, crunch, [1])
    log_crunches(alice, crunch, [5, 9], irritated=True)
    assert "it irritated your back twice." in page(alice_client, CRUNCH)


def test_another_exercise_that_irritated_the_back_that_day_is_not_counted(alice, alice_client, crunch):
    workout = make_workout(alice, runner_today(alice), [crunch])
    WorkoutExercise.objects.create(
        workout=workout, exercise=Exercise.objects.get(slug="deadlift"), irritated=True
    )
    assert "irritated your back" not in page(alice_client, CRUNCH)


def test_a_runner_never_sees_another_runners_history(alice, bob_client, crunch):
    log_crunches(alice, crunch, [1, 2, 3], irritated=True)
    html = page(bob_client, CRUNCH)
    assert "You have not logged this exercise yet." in html
    assert "You logged this" not in html


def test_log_this_today_opens_the_workout_form_with_the_exercise(alice_client):
    assert 'href="/workouts/new/?exercise=crunch">Log this today' in page(alice_client, CRUNCH)


def test_a_discouraged_exercise_is_not_offered_for_logging(alice_client):
    assert "Log this today" not in page(alice_client, "/library/exercises/full-sit-up/")


def test_a_visitor_sees_no_journal_but_is_invited_to_sign_up(client):
    html = page(client, CRUNCH)
    assert "In your journal" not in html
    assert f'href="{reverse("signup")}">Sign up</a>' in html


def test_the_exercise_page_costs_a_visitor_the_same_queries_whatever_the_journals_hold(client, alice, crunch):
    before = queries(client, CRUNCH)
    log_crunches(alice, crunch, range(30), irritated=True)
    assert queries(client, CRUNCH) == before


def test_the_exercise_page_costs_a_runner_the_same_queries_however_long_their_journal(
    alice, alice_client, crunch
):
    log_crunches(alice, crunch, [1])
    before = queries(alice_client, CRUNCH)
    log_crunches(alice, crunch, range(2, 60), irritated=True)
    assert queries(alice_client, CRUNCH) == before


def test_the_workout_form_fills_in_the_exercise_at_the_librarys_dose(alice_client, crunch):
    first_row = alice_client.get(reverse("log_workout"), {"exercise": "crunch"}).context["entries"][0]
    assert first_row.initial == {"exercise": crunch.pk, "sets": 1, "reps": 20}


def test_the_workout_form_fills_in_no_discouraged_exercise(alice_client):
    entries = alice_client.get(reverse("log_workout"), {"exercise": "full-sit-up"}).context["entries"]
    assert [form.initial.get("exercise") for form in entries] == [None]


def test_each_filled_in_row_of_the_workout_form_shows_its_exercises_drawing(alice_client):
    html = page(alice_client, reverse("log_workout") + "?routine=hanging-knee-lifts")
    for name in ("hanging-knee-raise", "back-extension-stretch", "hamstring-stretch"):
        assert f"routines/illustrations/{name}.svg#drawing" in html
