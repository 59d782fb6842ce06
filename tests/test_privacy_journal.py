"""Another runner reaches none of alice's journal by any URL or method, and error reports keep her health
data out of sight."""

import sys
from unittest import mock

import pytest
from django.contrib import admin
from django.test import RequestFactory
from django.urls import URLPattern, reverse
from django.views.debug import ExceptionReporter

from tests.base import make_checkin, make_exercise, make_run, make_workout
from tracker import journal_urls
from tracker.models import PainCheckin, Profile, Run, Workout, WorkoutExercise
from tracker.views import checkins, runs, workouts

SECRET_NOTE = "pelvic floor twinge nobody should read"


@pytest.fixture
def alices(alice):
    today = alice.profile.today()
    workout = make_workout(alice, date=today, exercises=[make_exercise("privacy-plank")], notes=SECRET_NOTE)
    return {
        "workout": workout,
        "checkin": make_checkin(alice, date=today, pain=7, notes=SECRET_NOTE, red_flags=["night_pain"]),
        "run": make_run(alice, date=today, km=20.0, notes=SECRET_NOTE),
        "today": today,
    }


# Every journal URL that names an object, with a POST body that would change it if it were allowed through.
OBJECT_URLS = {
    "workout_detail": "workout",
    "edit_workout": "workout",
    "delete_workout": "workout",
    "checkin_detail": "checkin",
    "edit_checkin": "checkin",
    "delete_checkin": "checkin",
    "run_detail": "run",
    "edit_run": "run",
    "delete_run": "run",
}


def change_request(kind, journal):
    date = journal["today"].isoformat()
    if kind == "workout":
        entry = journal["workout"].entries.get()
        rows = {"entries-0-id": entry.pk, "entries-0-exercise": entry.exercise_id, "entries-0-sets": 9}
        return {
            "date": date,
            "notes": "bob was here",
            "entries-TOTAL_FORMS": 1,
            "entries-INITIAL_FORMS": 1,
            **rows,
        }
    if kind == "checkin":
        return {"date": date, "pain": "0", "notes": "bob was here"}
    return {"date": date, "distance": "1", "duration": "5:00", "surface": "road", "notes": "bob was here"}


def snapshot(user):
    rows = {}
    for model, owner in ((Profile, "user"), (Workout, "user"), (WorkoutExercise, "workout__user"),
                         (PainCheckin, "user"), (Run, "user")):  # fmt: skip
        rows[model.__name__] = list(model.objects.filter(**{owner: user}).order_by("pk").values())
    return rows


def test_the_walk_covers_every_journal_url_that_names_an_object():
    with_pk = {
        p.name for p in journal_urls.urlpatterns if isinstance(p, URLPattern) and "<int:pk>" in str(p.pattern)
    }
    assert with_pk == set(OBJECT_URLS)


@pytest.mark.parametrize("name", sorted(OBJECT_URLS))
def test_alice_can_open_her_own_entry(alice_client, alices, name):
    url = reverse(name, args=[alices[OBJECT_URLS[name]].pk])
    assert alice_client.get(url).status_code == 200


@pytest.mark.parametrize("name", sorted(OBJECT_URLS))
def test_bob_gets_404_for_alices_entry(alice, alices, bob_client, name):
    url = reverse(name, args=[alices[OBJECT_URLS[name]].pk])
    assert bob_client.get(url).status_code == 404


@pytest.mark.parametrize("name", sorted(OBJECT_URLS))
def test_bob_posting_to_alices_entry_gets_404_and_changes_nothing(alice, alices, bob_client, name):
    before = snapshot(alice)
    kind = OBJECT_URLS[name]
    response = bob_client.post(reverse(name, args=[alices[kind].pk]), change_request(kind, alices))
    assert response.status_code == 404
    assert snapshot(alice) == before


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
@pytest.mark.parametrize("name", sorted(OBJECT_URLS))
def test_bob_gets_404_for_alices_entry_by_any_other_method(alice, alices, bob_client, name, method):
    before = snapshot(alice)
    response = getattr(bob_client, method)(reverse(name, args=[alices[OBJECT_URLS[name]].pk]))
    assert response.status_code == 404
    assert snapshot(alice) == before


def test_bobs_home_and_history_show_nothing_of_alices(alices, bob_client):
    pages = (
        bob_client.get(reverse("home")).content.decode() + bob_client.get(reverse("history")).content.decode()
    )
    assert SECRET_NOTE not in pages and "7 of 10" not in pages and "Pain 7" not in pages


def test_bobs_one_tap_routine_never_touches_alices_workouts(alice, alices, bob_client):
    before = snapshot(alice)
    bob_client.post(reverse("log_usual_routine"))
    assert snapshot(alice) == before


@pytest.mark.parametrize("model", [Profile, Workout, WorkoutExercise, PainCheckin, Run])
def test_journal_models_are_not_in_the_admin(model):
    assert not admin.site.is_registered(model)


# Error reports: the POST fields are starred and the views' local variables are hidden.

# Detail pages refuse POST (405), so only the views that take a form are listed.
POSTING_VIEWS = ["log_workout", "log_checkin", "log_run", "log_usual_routine"] + [
    name for name in sorted(OBJECT_URLS) if not name.endswith("_detail")
]


@pytest.mark.parametrize("name", POSTING_VIEWS)
def test_every_journal_view_marks_its_posted_fields_sensitive(alice_client, alices, name):
    kind = OBJECT_URLS.get(name)
    url = reverse(name, args=[alices[kind].pk]) if kind else reverse(name)
    response = alice_client.post(url, {"notes": SECRET_NOTE})
    assert response.wsgi_request.sensitive_post_parameters == "__ALL__"


def crash_report(view, target, data, user):
    request = RequestFactory().post("/", data)
    request.user = user
    with mock.patch(target, side_effect=RuntimeError("the database fell over")):
        try:
            view(request)
        except RuntimeError:
            exc_type, exc_value, traceback = sys.exc_info()
    return ExceptionReporter(request, exc_type, exc_value, traceback).get_traceback_text()


@pytest.mark.parametrize(
    ("view", "target", "data"),
    [
        (checkins.log_checkin, "tracker.views.checkins.save_checkin",
         {"pain": "9", "notes": SECRET_NOTE, "red_flags": ["bladder_bowel"]}),
        (workouts.log_workout, "tracker.views.workouts.save_workout", {"notes": SECRET_NOTE}),
        (runs.log_run, "tracker.forms.runs.RunForm.save", {"distance": "10", "notes": SECRET_NOTE}),
    ],
    ids=["checkin", "workout", "run"],
)  # fmt: skip
def test_an_error_report_shows_no_notes_or_symptoms(alice, alices, view, target, data):
    data = {**data, "date": alices["today"].isoformat(), "surface": "road"}
    data.update({"entries-TOTAL_FORMS": 1, "entries-INITIAL_FORMS": 0})
    data.update({"entries-0-exercise": alices["workout"].entries.get().exercise_id, "entries-0-sets": "2"})
    report = crash_report(view, target, data, alice)
    assert "the database fell over" in report  # the report did reach the crash
    assert SECRET_NOTE not in report
    assert "bladder_bowel" not in report


def test_an_error_report_shows_no_pain_score(alice, alices):
    data = {"date": alices["today"].isoformat(), "pain": "9", "notes": ""}
    report = crash_report(checkins.log_checkin, "tracker.views.checkins.save_checkin", data, alice)
    assert "'9'" not in report and "'pain': 9" not in report
