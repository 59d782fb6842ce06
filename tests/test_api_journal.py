"""A script with a token does what the journal pages do: log, read, change and delete workouts, check-ins,
runs and activity ratings; another runner's entries are 404s; bad values are 422s naming the field."""

import datetime
import uuid

import pytest

from tests.api_client import ApiClient
from tests.base import make_checkin, make_run, make_workout, runner_today
from tracker.models import PainCheckin, PsfsAssessment, Run, Workout
from tracker.psfs import save_activities


def today(user, days_ago=0):
    return (runner_today(user) - datetime.timedelta(days=days_ago)).isoformat()


def workout_body(user):
    return {"date": today(user), "exercises": [{"exercise": "crunch", "sets": 2, "reps": 20}]}


def run_body(user):
    return {
        "date": today(user),
        "distance_km": 21.1,
        "duration_s": 6600,
        "descent_m": 640,
        "surface": "trail",
    }


def psfs_body(user):
    activities = save_activities(user, ["Running downhill", "Sitting at work", "Tying my shoes"])
    return {"date": today(user), "scores": [{"activity_id": a.pk, "score": 5} for a in activities]}


BODIES = {
    "/workouts/": (workout_body, Workout),
    "/checkins/": (lambda user: {"date": today(user), "pain": 4, "red_flags": ["night_pain"]}, PainCheckin),
    "/runs/": (run_body, Run),
    "/psfs/": (psfs_body, PsfsAssessment),
}


@pytest.mark.parametrize("path", BODIES)
def test_an_entry_is_created_read_listed_and_deleted(alice, path):
    body, model = BODIES[path]
    api = ApiClient(alice)
    created = api.post(path, body(alice))
    entry_id = created.json()["id"]
    assert created.status_code == 201
    assert api.get(f"{path}{entry_id}/").json()["date"] == today(alice)
    assert [item["id"] for item in api.get(path).json()["items"]] == [entry_id]
    assert api.delete(f"{path}{entry_id}/").status_code == 204
    assert not model.objects.exists()


@pytest.mark.parametrize("path", BODIES)
def test_the_same_client_id_twice_stores_one_entry_and_answers_with_it(alice, path):
    body, model = BODIES[path]
    api = ApiClient(alice)
    sent = {**body(alice), "client_id": str(uuid.uuid4())}
    first, again = api.post(path, sent), api.post(path, sent)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json() == first.json()
    assert model.objects.count() == 1


@pytest.mark.parametrize("path", BODIES)
def test_another_runners_entry_is_404_to_read_change_or_delete(alice, bob, path):
    body, model = BODIES[path]
    entry_id = ApiClient(alice).post(path, body(alice)).json()["id"]
    bobs = ApiClient(bob)
    answers = {bobs.get(f"{path}{entry_id}/").status_code, bobs.delete(f"{path}{entry_id}/").status_code}
    answers.add(bobs.put(f"{path}{entry_id}/", body(alice)).status_code)
    assert answers == {404}
    assert model.objects.count() == 1


def test_a_workout_comes_back_with_its_exercises_named(alice):
    workout = ApiClient(alice).post("/workouts/", workout_body(alice)).json()
    assert (
        workout["exercises"][0] | {"exercise": "crunch", "exercise_name": "Crunch", "sets": 2, "reps": 20}
        == (workout["exercises"][0])
    )


def test_a_check_in_with_a_warning_sign_carries_the_advice(alice):
    checkin = ApiClient(alice).post("/checkins/", BODIES["/checkins/"][0](alice)).json()
    assert checkin["advice"][0]["heading"] == "Pain at night that rest does not ease"


def test_a_second_check_in_for_a_day_is_409_with_the_stored_one_unless_it_says_replace(alice):
    api = ApiClient(alice)
    first = api.post("/checkins/", {"date": today(alice), "pain": 2}).json()
    conflict = api.post("/checkins/", {"date": today(alice), "pain": 7})
    assert conflict.status_code == 409 and conflict.json()["existing"]["pain"] == 2
    replaced = api.post("/checkins/", {"date": today(alice), "pain": 7, "replace": True})
    assert replaced.status_code == 201 and replaced.json()["id"] == first["id"]
    assert PainCheckin.objects.get().pain == 7


def test_a_run_is_changed_with_put(alice):
    api = ApiClient(alice)
    run_id = api.post("/runs/", run_body(alice)).json()["id"]
    changed = api.put(f"/runs/{run_id}/", {**run_body(alice), "distance_km": 42.2})
    assert changed.json()["distance_km"] == 42.2
    assert Run.objects.get().distance_m == 42200


def test_lists_are_newest_first_filtered_by_date_and_paged(alice):
    for days_ago in range(60):
        make_checkin(alice, date=runner_today(alice) - datetime.timedelta(days=days_ago))
    api = ApiClient(alice)
    page = api.get("/checkins/").json()
    assert (page["count"], len(page["items"]), page["items"][0]["date"]) == (60, 50, today(alice))
    assert api.get("/checkins/", {"page": 2}).json()["items"][-1]["date"] == today(alice, 59)
    assert api.get("/checkins/", {"start": today(alice, 9), "end": today(alice, 5)}).json()["count"] == 5


@pytest.mark.parametrize(
    "body, field",
    [
        ({"pain": 11}, "pain"),
        ({"pain": -1}, "pain"),
        ({"pain": "three"}, "pain"),
        ({"red_flags": ["headache"]}, "red_flags"),
        ({"notes": "sore\x00"}, "notes"),
        ({"date": "2026-02-30"}, "date"),
    ],
)
def test_out_of_range_values_are_422_naming_the_field_and_store_nothing(alice, body, field):
    response = ApiClient(alice).post("/checkins/", {"date": today(alice), "pain": 3, **body})
    assert response.status_code == 422
    assert field in response.json()["detail"][0]["loc"]
    assert not PainCheckin.objects.exists()


def test_a_date_after_tomorrow_is_422(alice):
    response = ApiClient(alice).post("/runs/", {**run_body(alice), "date": today(alice, -2)})
    assert response.status_code == 422
    assert "the latest date is tomorrow" in response.json()["detail"][0]["msg"]


def test_an_unknown_exercise_is_422_naming_its_row(alice):
    body = {"date": today(alice), "exercises": [{"exercise": "crunch"}, {"exercise": "no-such-move"}]}
    response = ApiClient(alice).post("/workouts/", body)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][-1] == "exercises.1.exercise"


def test_broken_json_is_400_not_a_server_error(alice):
    assert ApiClient(alice).post("/checkins/", '{"date": ').status_code == 400


def test_ratings_must_cover_each_current_activity_once(alice):
    body = psfs_body(alice)
    response = ApiClient(alice).post("/psfs/", {**body, "scores": body["scores"][:2]})
    assert response.status_code == 422


def test_the_lists_cost_the_same_queries_for_three_entries_and_sixty(
    alice, bob, django_assert_max_num_queries
):
    for day in range(60):
        make_workout(alice, date=runner_today(alice) - datetime.timedelta(days=day), exercises=[])
        make_run(alice, date=runner_today(alice) - datetime.timedelta(days=day))
    api = ApiClient(alice)
    with django_assert_max_num_queries(8):
        api.get("/workouts/")
    with django_assert_max_num_queries(6):
        api.get("/runs/")
