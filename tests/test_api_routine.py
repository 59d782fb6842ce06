"""A workout of a routine with no exercises is the routine as the library prescribes it: the home page's one
tap through the API, which an offline phone replays once it is back online."""

import uuid

import pytest

from routines.models import Exercise, Status
from tests.api_client import ApiClient
from tests.base import make_workout, runner_today
from tests.journal_factories import make_core_basics
from tracker.models import Workout


@pytest.fixture
def routine(db):
    return make_core_basics()


def one_tap(user, **extra):
    return {"date": runner_today(user).isoformat(), "routine": "core-basics", **extra}


def test_a_routine_without_exercises_is_logged_step_by_step(alice, routine):
    answer = ApiClient(alice).post("/workouts/", one_tap(alice))
    assert answer.status_code == 201
    assert [(step["exercise"], step["sets"]) for step in answer.json()["exercises"]] == [
        ("basics-crunch", 2),
        ("basics-bridge", 3),
    ]


def test_the_one_tap_sent_twice_with_its_client_id_stores_one_workout(alice, routine):
    api = ApiClient(alice)
    sent = one_tap(alice, client_id=str(uuid.uuid4()))
    answers = [api.post("/workouts/", sent).status_code for _ in range(2)]
    assert answers == [201, 200]
    assert Workout.objects.filter(user=alice).count() == 1


def test_a_day_that_has_the_routine_already_answers_with_it_and_adds_nothing(alice, routine):
    first = make_workout(alice, routine=routine)
    answer = ApiClient(alice).post("/workouts/", one_tap(alice, client_id=str(uuid.uuid4())))
    assert (answer.status_code, answer.json()["id"]) == (200, first.pk)
    assert Workout.objects.filter(user=alice).count() == 1


def test_a_routine_with_nothing_left_to_log_is_a_422_naming_the_routine(alice, routine):
    Exercise.objects.filter(routine_steps__routine=routine).update(status=Status.DRAFT)
    answer = ApiClient(alice).post("/workouts/", one_tap(alice))
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"][-1] == "routine"


def test_no_exercises_and_no_routine_is_a_422_naming_the_exercises(alice, routine):
    answer = ApiClient(alice).post("/workouts/", {"date": runner_today(alice).isoformat()})
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"][-1] == "exercises"


def test_replacing_a_workout_still_needs_its_exercises(alice, routine):
    workout = make_workout(alice, routine=routine)
    answer = ApiClient(alice).put(f"/workouts/{workout.pk}/", one_tap(alice))
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"][-1] == "exercises"


def test_the_openapi_document_says_a_routine_may_come_without_its_exercises(client, db):
    schema = client.get("/api/v1/openapi.json").json()["components"]["schemas"]["WorkoutIn"]
    assert "exercises" not in schema.get("required", [])
    assert "as the library prescribes it" in schema["properties"]["exercises"]["description"]
