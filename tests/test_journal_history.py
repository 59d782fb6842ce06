import datetime
import re

import pytest
from django.urls import reverse

from tests.base import make_checkin, make_exercise, make_run, make_workout
from tracker.dates import day_with_weekday
from tracker.models import PainCheckin, Run, Workout, WorkoutExercise


@pytest.fixture
def today(alice):
    return alice.profile.today()


def fill_journal(user, count, today):
    """count entries, a workout, a check-in and a run in turn, one a day going back from today."""
    exercise = make_exercise("history-plank")
    dates = [today - datetime.timedelta(days=offset) for offset in range(count)]
    workouts = Workout.objects.bulk_create(Workout(user=user, date=day) for day in dates[0::3])
    WorkoutExercise.objects.bulk_create(WorkoutExercise(workout=w, exercise=exercise) for w in workouts)
    PainCheckin.objects.bulk_create(
        PainCheckin(user=user, date=day, pain=day.day % 11) for day in dates[1::3]
    )
    Run.objects.bulk_create(Run(user=user, date=day, distance_m=8000, duration_s=2400) for day in dates[2::3])


def test_the_calendar_shows_core_work_pain_and_distance(alice, alice_client, today):
    make_workout(alice, date=today, exercises=[make_exercise("calendar-plank")])
    make_checkin(alice, date=today, pain=6)
    make_run(alice, date=today, km=12.0)
    page = alice_client.get(reverse("history")).content.decode()
    assert "Core" in page and "Pain 6" in page and "12.0 km" in page


def calendar_of(client, **params):
    page = client.get(reverse("history"), params).content.decode()
    return page[page.index('class="table table-bordered table-sm journal-calendar') : page.index("</table>")]


def test_the_calendar_gives_pain_as_a_number_and_a_colour(alice, alice_client, today):
    make_checkin(alice, date=today, pain=8)
    assert re.search(r'<span class="badge text-bg-danger">.*Pain </span>8</span>', calendar_of(alice_client))


def test_the_calendar_marks_today(alice_client, today):
    marked = rf'aria-current="date">\s*<div class="small fw-semibold">{today.day}<'
    assert re.search(marked, calendar_of(alice_client))


def test_a_workout_without_exercises_is_not_core_work(alice, alice_client, today):
    make_workout(alice, date=today)
    day = next(day for week in alice_client.get(reverse("history")).context["weeks"] for day in week
               if day.date == today)  # fmt: skip
    assert day.core is False


def test_the_calendar_opens_on_the_asked_month(alice_client):
    response = alice_client.get(reverse("history"), {"month": "2025-01"})
    assert response.context["month"] == datetime.date(2025, 1, 1)
    assert "?month=2024-12" in response.content.decode()


def test_the_calendar_ignores_a_nonsense_month(alice_client, today):
    response = alice_client.get(reverse("history"), {"month": "2025-13"})
    assert response.context["month"] == today.replace(day=1)


def test_the_calendar_offers_no_month_after_the_current_one(alice_client):
    assert alice_client.get(reverse("history")).context["next_month"] is None


def test_the_list_shows_entries_newest_first_with_edit_and_delete(alice, alice_client, today):
    older = make_run(alice, date=today - datetime.timedelta(days=3))
    newer = make_checkin(alice, date=today)
    page = alice_client.get(reverse("history")).content.decode()
    assert page.index(reverse("edit_checkin", args=[newer.pk])) < page.index(
        reverse("edit_run", args=[older.pk])
    )
    assert reverse("delete_run", args=[older.pk]) in page


def test_the_list_pages_through_a_long_journal(alice, alice_client, today):
    fill_journal(alice, 60, today)
    response = alice_client.get(reverse("history"), {"page": "3"})
    assert len(response.context["entries"]) == 10


def test_an_empty_journal_says_how_to_start(alice_client):
    page = alice_client.get(reverse("history")).content.decode()
    assert "Nothing logged yet" in page
    assert all(reverse(name) in page for name in ("log_checkin", "log_workout", "log_run"))


def test_the_list_gives_each_date_once_above_its_entries(alice, alice_client, today):
    make_checkin(alice, date=today)
    make_run(alice, date=today)
    heading = f'<h3 class="h6 mb-0">{day_with_weekday(today)}</h3>'
    assert alice_client.get(reverse("history")).content.decode().count(heading) == 1


def test_bob_sees_none_of_alices_history(alice, bob_client, today):
    make_checkin(alice, date=today, pain=9)
    make_run(alice, date=today, km=42.2)
    page = bob_client.get(reverse("history")).content.decode()
    assert "Pain 9" not in page and "42.2" not in page
