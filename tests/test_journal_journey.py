"""The issue's "done when": one runner's whole day in the journal, through the pages a runner would use."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from routines.models import Routine, RoutineStep, Status
from tests.base import PASSWORD, make_exercise, make_user
from tracker.models import PainCheckin, Run, Workout


@pytest.fixture
def routine(db):
    routine = Routine.objects.create(name="Runner's core", slug="runners-core", status=Status.PUBLISHED)
    RoutineStep.objects.create(
        routine=routine, exercise=make_exercise("journey-crunch"), order=0, sets=2, reps=20
    )
    RoutineStep.objects.create(
        routine=routine, exercise=make_exercise("journey-plank"), order=1, sets=3, hold_seconds=45
    )
    return routine


def management(prefix, total, initial=0):
    return {f"{prefix}-TOTAL_FORMS": total, f"{prefix}-INITIAL_FORMS": initial}


def filled_rows(response):
    """The workout form's rows as the browser would submit them, from the rendered initial values."""
    formset = response.context["entries"]
    data = management("entries", formset.total_form_count())
    for index, form in enumerate(formset.forms):
        for name in ("exercise", "sets", "reps", "hold_seconds"):
            value = form[name].value()
            data[f"entries-{index}-{name}"] = "" if value is None else value
    return data


def sign_up(client):
    return client.post(
        reverse("signup"),
        {"username": "dana", "email": "dana@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )


def test_a_runner_logs_a_day_sees_it_edits_and_deletes_it_and_bob_sees_none(client, routine):
    sign_up(client)
    profile_data = {"units": "mi", "weekly_target": 3, "lapse_days": 10, "time_zone": "Europe/London"}
    client.post(reverse("profile"), {**profile_data, "usual_routine": ""})

    page = client.get(reverse("log_workout"), {"routine": routine.slug})
    rows = filled_rows(page)
    date = page.context["form"].initial["date"].isoformat()
    chosen = page.context["form"]["routine"].value()
    client.post(reverse("log_workout"), {"date": date, "routine": chosen, "notes": "", **rows})
    workout = Workout.objects.get(user__username="dana")
    assert workout.routine == routine
    assert [entry.exercise.slug for entry in workout.entries.all()] == ["journey-crunch", "journey-plank"]

    checkin = client.post(
        reverse("log_checkin"),
        {"date": date, "pain": "4", "red_flags": ["blood_in_urine"], "notes": "after the long run"},
        follow=True,
    )
    assert "clears within 48 hours" in checkin.content.decode()

    run_page = client.post(
        reverse("log_run"),
        {"date": date, "distance": "20", "duration": "4:10:00", "ascent_m": "1100", "descent_m": "1200",
         "surface": "trail", "notes": ""},
        follow=True,
    )  # fmt: skip
    run = Run.objects.get(user__username="dana")
    assert run.distance_m == 32187
    assert "20.0 mi" in run_page.content.decode()

    home = client.get(reverse("home")).content.decode()
    assert "20.0 mi" in home and "4 of 10" in home
    calendar = client.get(reverse("history")).content.decode()
    assert "Core" in calendar and "Pain 4" in calendar and "20.0 mi" in calendar

    bob = Client()
    bob.force_login(make_user("bob"))
    assert "20.0" not in bob.get(reverse("history")).content.decode()
    assert bob.get(reverse("run_detail", args=[run.pk])).status_code == 404

    edit = client.post(
        reverse("edit_run", args=[run.pk]),
        {"date": date, "distance": "21", "duration": "4:20:00", "ascent_m": "1100", "descent_m": "1200",
         "surface": "trail", "notes": ""},
    )  # fmt: skip
    assert edit.status_code == 302
    run.refresh_from_db()
    assert run.distance_m == 33796

    pain_id = PainCheckin.objects.get(user__username="dana").pk
    client.post(reverse("edit_checkin", args=[pain_id]), {"date": date, "pain": "2", "notes": ""})
    assert PainCheckin.objects.get(pk=pain_id).pain == 2
    edit_page = client.get(reverse("edit_workout", args=[workout.pk]))
    rows = {**filled_rows(edit_page), "entries-0-sets": "4", "entries-INITIAL_FORMS": 2}
    rows.update({f"entries-{index}-id": entry.pk for index, entry in enumerate(workout.entries.all())})
    client.post(reverse("edit_workout", args=[workout.pk]), {"date": date, "routine": chosen, **rows})
    assert workout.entries.first().sets == 4

    client.post(reverse("delete_checkin", args=[pain_id]))
    client.post(reverse("delete_run", args=[run.pk]))
    client.post(reverse("delete_workout", args=[workout.pk]))
    history = client.get(reverse("history")).content.decode()
    assert "Nothing logged yet" in history
    assert re.search(r"Pain \d", history) is None
