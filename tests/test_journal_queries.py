"""Home and history cost the same number of SQL queries however long the journal grows."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from routines.models import Routine, Status
from tests.base import make_exercise
from tracker.models import PainCheckin, Run, Workout, WorkoutExercise


def add_entries(user, exercise, newest, count):
    """count entries going back a day at a time from newest: a workout, a check-in and a run in turn."""
    dates = [newest - datetime.timedelta(days=offset) for offset in range(count)]
    workouts = Workout.objects.bulk_create(Workout(user=user, date=day) for day in dates[0::3])
    WorkoutExercise.objects.bulk_create(
        WorkoutExercise(workout=workout, exercise=exercise, order=order)
        for workout in workouts
        for order in range(3)
    )
    PainCheckin.objects.bulk_create(
        PainCheckin(user=user, date=day, pain=day.day % 11) for day in dates[1::3]
    )
    Run.objects.bulk_create(Run(user=user, date=day, distance_m=8000, duration_s=2400) for day in dates[2::3])


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.fixture
def runner(alice):
    routine = Routine.objects.create(name="Queries routine", slug="queries-routine", status=Status.PUBLISHED)
    alice.profile.usual_routine = routine
    alice.profile.save()
    return alice


@pytest.mark.parametrize("name", ["home", "history"])
def test_the_page_makes_as_many_queries_for_500_entries_as_for_1(runner, alice_client, name):
    exercise = make_exercise("queries-plank")
    today = runner.profile.today()
    add_entries(runner, exercise, today, 1)
    with_one = queries_for(alice_client, reverse(name))
    add_entries(runner, exercise, today - datetime.timedelta(days=1), 499)
    assert queries_for(alice_client, reverse(name)) == with_one


def test_the_history_page_makes_as_many_queries_on_a_later_page(runner, alice_client):
    today = runner.profile.today()
    add_entries(runner, make_exercise("queries-plank"), today, 500)
    # A month busy enough for twelve pages: 300 runs today.
    Run.objects.bulk_create(Run(user=runner, date=today, distance_m=1000) for _ in range(300))
    first = queries_for(alice_client, reverse("history"))
    assert queries_for(alice_client, reverse("history") + "?page=12") == first


def test_the_history_of_one_day_makes_as_many_queries_for_a_busy_day(runner, alice_client):
    exercise = make_exercise("queries-plank")
    today = runner.profile.today()
    add_entries(runner, exercise, today, 1)
    day = f"{reverse('history')}?day={today.isoformat()}"
    with_one = queries_for(alice_client, day)
    Run.objects.bulk_create(Run(user=runner, date=today, distance_m=1000) for _ in range(100))
    assert queries_for(alice_client, day) == with_one
