import datetime
import re
from decimal import Decimal

import pytest
from django.urls import reverse

from tests.base import make_checkin, make_exercise, make_run, make_workout
from tracker.dates import day_with_weekday
from tracker.models import Run


@pytest.fixture
def today(alice):
    return alice.profile.today()


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
    marked = rf'aria-current="date">.*?<span class="d-block small fw-semibold">{today.day}<'
    assert re.search(marked, calendar_of(alice_client), re.DOTALL)


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
    # Both in this month (the list shows the month on the calendar), whatever day of it today is.
    older = make_run(alice, date=today.replace(day=1))
    newer = make_checkin(alice, date=today.replace(day=1) + datetime.timedelta(days=1))
    page = alice_client.get(reverse("history")).content.decode()
    assert page.index(reverse("edit_checkin", args=[newer.pk])) < page.index(
        reverse("edit_run", args=[older.pk])
    )
    assert reverse("delete_run", args=[older.pk]) in page


def test_the_list_pages_through_a_busy_month(alice, alice_client, today):
    Run.objects.bulk_create(Run(user=alice, date=today, distance_m=1000) for _ in range(60))
    response = alice_client.get(reverse("history"), {"page": "3"})
    assert len(response.context["entries"]) == 10


def test_an_empty_month_says_how_to_start(alice_client, today):
    page = alice_client.get(reverse("history")).content.decode()
    assert f"Nothing logged in {today:%b %Y}" in page
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


# The list follows the calendar


def a_month_ago(today):
    return today.replace(day=1) - datetime.timedelta(days=1)


def test_the_list_follows_the_month_shown(alice, alice_client, today):
    earlier = make_run(alice, date=a_month_ago(today), km=21.1)
    make_checkin(alice, date=today, pain=7)
    page = alice_client.get(reverse("history"), {"month": f"{earlier.date:%Y-%m}"}).content.decode()
    assert reverse("run_detail", args=[earlier.pk]) in page
    assert "Pain 7" not in page


def test_this_months_list_leaves_out_earlier_months(alice, alice_client, today):
    earlier = make_run(alice, date=a_month_ago(today))
    page = alice_client.get(reverse("history")).content.decode()
    assert reverse("run_detail", args=[earlier.pk]) not in page


def test_each_day_of_the_calendar_up_to_today_opens_that_day(alice_client, today):
    calendar = calendar_of(alice_client)
    assert f'href="?day={today.isoformat()}#entries"' in calendar
    assert f"?day={today + datetime.timedelta(days=1)}" not in calendar


def test_a_day_lists_its_workout_check_in_and_runs_with_links(alice, alice_client, today):
    yesterday = today - datetime.timedelta(days=1)
    entries = [
        make_workout(alice, date=yesterday),
        make_checkin(alice, date=yesterday),
        make_run(alice, date=yesterday),
    ]
    other_day = make_run(alice, date=today)
    page = alice_client.get(reverse("history"), {"day": yesterday.isoformat()}).content.decode()
    names = ["workout_detail", "checkin_detail", "run_detail"]
    assert all(reverse(name, args=[entry.pk]) in page for name, entry in zip(names, entries, strict=True))
    assert reverse("run_detail", args=[other_day.pk]) not in page


def test_a_day_shows_its_month_and_a_way_back_to_all_of_it(alice_client, today):
    day = a_month_ago(today)
    response = alice_client.get(reverse("history"), {"day": day.isoformat()})
    assert response.context["month"] == day.replace(day=1)
    assert f'href="?month={day:%Y-%m}#entries"' in response.content.decode()


def test_an_empty_day_offers_to_log_for_that_date(alice_client, today):
    day = today - datetime.timedelta(days=3)
    page = alice_client.get(reverse("history"), {"day": day.isoformat()}).content.decode()
    assert f"Nothing logged on {day_with_weekday(day)}" in page
    assert f"{reverse('log_workout')}?date={day.isoformat()}" in page
    assert f"{reverse('log_run')}?date={day.isoformat()}" in page


@pytest.mark.parametrize("asked", ["tomorrow", "2026-02-30", "1899-12-31", "soon"])
def test_a_day_that_cannot_have_entries_shows_the_month_instead(alice_client, today, asked):
    if asked == "tomorrow":
        asked = (today + datetime.timedelta(days=1)).isoformat()
    assert alice_client.get(reverse("history"), {"day": asked}).context["shown_day"] is None


def test_bob_sees_none_of_alices_day(alice, bob_client, today):
    make_checkin(alice, date=today, pain=9)
    page = bob_client.get(reverse("history"), {"day": today.isoformat()}).content.decode()
    assert "Pain 9" not in page and "Nothing logged on" in page


# What the list says about each entry


def test_a_workout_that_irritated_the_back_is_flagged_in_words_with_an_icon(alice, alice_client, today):
    make_workout(alice, date=today, exercises=[make_exercise("history-crunch")], irritated=True)
    page = alice_client.get(reverse("history")).content.decode()
    badge = page[page.index('class="badge text-bg-danger irritated-badge"') :][:400]
    assert "<svg" in badge and "Irritated my back" in badge
    assert "Irritated by History Crunch" in page


def test_a_calm_workout_is_not_flagged(alice, alice_client, today):
    make_workout(alice, date=today, exercises=[make_exercise("history-plank")])
    assert "Irritated my back" not in alice_client.get(reverse("history")).content.decode()


def test_a_run_gives_its_climb_in_feet_to_a_runner_in_miles(alice, alice_client, today):
    alice.profile.units = "mi"
    alice.profile.save()
    make_run(alice, date=today, ascent_m=Decimal("304.8"), descent_m=Decimal("609.6"))
    page = alice_client.get(reverse("history")).content.decode()
    assert "1,000 ft up, 2,000 ft down" in page
