"""The home page's one tap: "did my routine today" logs the runner's usual routine, step by step."""

import pytest
from django.urls import reverse

from routines.models import Exercise, Status
from tests.journal_factories import make_core_basics
from tracker.models import Workout, WorkoutExercise


@pytest.fixture
def routine(db):
    return make_core_basics()


@pytest.fixture
def today(alice):
    return alice.profile.today()


def choose_usual(alice, routine):
    alice.profile.usual_routine = routine
    alice.profile.save()


def test_home_offers_the_usual_routine_in_one_tap(alice, alice_client, routine):
    choose_usual(alice, routine)
    page = alice_client.get(reverse("home")).content.decode()
    assert f'action="{reverse("log_usual_routine")}"' in page
    assert "Did my routine today" in page and "Core basics" in page


def test_once_logged_home_says_the_routine_is_done_instead_of_offering_it_again(alice, alice_client, routine):
    choose_usual(alice, routine)
    page = alice_client.post(reverse("log_usual_routine"), follow=True).content.decode()
    assert "Core basics: logged today" in page
    assert f'action="{reverse("log_usual_routine")}"' not in page


def test_once_logged_home_says_so_once(alice, alice_client, routine):
    choose_usual(alice, routine)
    page = alice_client.post(reverse("log_usual_routine"), follow=True).content.decode()
    assert page.count("Well done") == 1
    assert page.count("Core basics") == 1


def test_one_tap_logs_todays_routine_step_by_step(alice, alice_client, routine, today):
    choose_usual(alice, routine)
    alice_client.post(reverse("log_usual_routine"))
    workout = Workout.objects.get(user=alice)
    assert (workout.date, workout.routine) == (today, routine)
    assert [entry.exercise.slug for entry in workout.entries.all()] == ["basics-crunch", "basics-bridge"]


def test_a_second_tap_the_same_day_adds_nothing_and_says_so(alice, alice_client, routine):
    choose_usual(alice, routine)
    alice_client.post(reverse("log_usual_routine"))
    response = alice_client.post(reverse("log_usual_routine"), follow=True)
    assert "already logged" in response.content.decode()
    assert Workout.objects.filter(user=alice).count() == 1


def test_one_tap_without_a_usual_routine_points_to_the_profile(alice_client):
    response = alice_client.post(reverse("log_usual_routine"))
    assert response["Location"] == reverse("profile")


def test_one_tap_leaves_out_an_exercise_the_library_has_withdrawn(alice, alice_client, routine):
    choose_usual(alice, routine)
    Exercise.objects.filter(slug="basics-bridge").update(status=Status.DRAFT)
    alice_client.post(reverse("log_usual_routine"))
    assert [entry.exercise.slug for entry in WorkoutExercise.objects.filter(workout__user=alice)] == [
        "basics-crunch"
    ]


def test_one_tap_with_nothing_left_to_log_adds_nothing_and_says_why(alice, alice_client, routine):
    choose_usual(alice, routine)
    Exercise.objects.filter(routine_steps__routine=routine).update(status=Status.DRAFT)
    response = alice_client.post(reverse("log_usual_routine"), follow=True)
    assert "has no exercises in the library just now" in response.content.decode()
    assert not Workout.objects.filter(user=alice).exists()
