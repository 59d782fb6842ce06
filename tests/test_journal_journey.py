"""The issue's "done when": one runner's day in the journal, through the pages a runner would use.

Each test replays the same day (sign up, miles, a routine, a check-in with a red flag, a 20-mile trail run
with 3,937 ft (1,200 m) of descent) and then checks one thing a runner would notice.
"""

import re
from dataclasses import dataclass

import pytest
from django.test import Client
from django.urls import reverse

from routines.models import Routine, RoutineStep, Status
from tests.base import PASSWORD, make_exercise, make_user
from tracker.models import PainCheckin, Run, Workout


@dataclass
class Day:
    client: Client
    date: str
    routine_field: str
    checkin_page: str
    run_page: str

    @property
    def workout(self):
        return Workout.objects.get(user__username="dana")

    @property
    def run(self):
        return Run.objects.get(user__username="dana")

    @property
    def checkin(self):
        return PainCheckin.objects.get(user__username="dana")


def management(total, initial=0):
    return {"entries-TOTAL_FORMS": total, "entries-INITIAL_FORMS": initial}


def filled_rows(response):
    """The workout form's rows as the browser would submit them, from the rendered initial values."""
    formset = response.context["entries"]
    data = management(formset.total_form_count())
    for index, form in enumerate(formset.forms):
        for name in ("exercise", "sets", "reps", "hold_seconds"):
            value = form[name].value()
            data[f"entries-{index}-{name}"] = "" if value is None else value
    return data


def run_form(date, distance, duration):
    # The runner is in miles, so the climb is typed in feet: 3,609 ft up (1,100 m), 3,937 ft down (1,200 m).
    return {"date": date, "distance": distance, "duration": duration, "ascent": "3609", "descent": "3937",
            "surface": "trail", "notes": ""}  # fmt: skip


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


@pytest.fixture
def day(client, routine):
    client.post(
        reverse("signup"),
        {
            "username": "dana",
            "email": "dana@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "time_zone": "Europe/London",
        },  # fmt: skip
    )
    settings = {"units": "mi", "weekly_target": 3, "lapse_days": 10, "time_zone": "Europe/London"}
    client.post(reverse("profile"), {**settings, "usual_routine": ""})

    page = client.get(reverse("log_workout"), {"routine": routine.slug})
    date = page.context["form"].initial["date"].isoformat()
    chosen = page.context["form"]["routine"].value()
    client.post(reverse("log_workout"), {"date": date, "routine": chosen, "notes": "", **filled_rows(page)})
    checkin = client.post(
        reverse("log_checkin"),
        {"date": date, "pain": "4", "red_flags": ["blood_in_urine"], "notes": "after the long run"},
        follow=True,
    )
    run = client.post(reverse("log_run"), run_form(date, "20", "4:10:00"), follow=True)
    return Day(client, date, chosen, checkin.content.decode(), run.content.decode())


def test_the_routine_is_logged_with_its_steps(day, routine):
    assert day.workout.routine == routine
    assert [entry.exercise.slug for entry in day.workout.entries.all()] == ["journey-crunch", "journey-plank"]


def test_the_red_flag_shows_its_advice_as_soon_as_the_check_in_is_saved(day):
    assert "usually clears within 24 to 48 hours" in day.checkin_page


def test_the_20_mile_trail_run_is_stored_in_metres_with_its_descent(day):
    assert (day.run.distance_m, day.run.descent_m, day.run.surface) == (32187, 1200, "trail")
    assert "20.0 mi" in day.run_page


def test_home_shows_the_run_in_miles_and_the_pain_score(day):
    home = day.client.get(reverse("home")).content.decode()
    assert "20.0 mi" in home and "4 of 10" in home


def test_the_calendar_shows_core_work_pain_and_miles(day):
    calendar = day.client.get(reverse("history")).content.decode()
    assert "Core" in calendar and "Pain </span>4" in calendar and "20.0 mi" in calendar


def test_another_runner_sees_none_of_it(day):
    bob = Client()
    bob.force_login(make_user("bob"))
    assert "20.0" not in bob.get(reverse("history")).content.decode()
    assert bob.get(reverse("run_detail", args=[day.run.pk])).status_code == 404


def test_the_run_can_be_edited_in_miles(day):
    day.client.post(reverse("edit_run", args=[day.run.pk]), run_form(day.date, "21", "4:20:00"))
    assert day.run.distance_m == 33796


def test_the_check_in_can_be_edited(day):
    checkin = day.checkin
    day.client.post(reverse("edit_checkin", args=[checkin.pk]), {"date": day.date, "pain": "2", "notes": ""})
    assert PainCheckin.objects.get(pk=checkin.pk).pain == 2


def test_the_workout_can_be_edited(day):
    workout = day.workout
    rows = {**filled_rows(day.client.get(reverse("edit_workout", args=[workout.pk]))), "entries-0-sets": "4"}
    rows.update({f"entries-{index}-id": entry.pk for index, entry in enumerate(workout.entries.all())})
    rows["entries-INITIAL_FORMS"] = 2
    day.client.post(
        reverse("edit_workout", args=[workout.pk]), {"date": day.date, "routine": day.routine_field, **rows}
    )
    assert workout.entries.first().sets == 4


def test_deleting_every_entry_empties_the_history(day):
    day.client.post(reverse("delete_checkin", args=[day.checkin.pk]))
    day.client.post(reverse("delete_run", args=[day.run.pk]))
    day.client.post(reverse("delete_workout", args=[day.workout.pk]))
    history = day.client.get(reverse("history")).content.decode()
    assert "Nothing logged in" in history
    assert re.search(r"Pain (</span>)?\d", history) is None
