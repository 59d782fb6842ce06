"""The history page on a phone: a calendar that fits the screen with days big enough to tap, each opening that
day's entries, and a list that follows the month shown."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from tests.base import make_checkin, make_exercise, make_run, make_workout, runner_today
from tests.browser.helpers import PHONE, reachable, sideways_overflow

pytestmark = pytest.mark.browser

MIN_TARGET_PX = 44


def month_words(day):
    return f"{day:%b %Y}"


def calendar_day(page, day):
    return page.locator(f'.journal-calendar a[href="?day={day.isoformat()}#entries"]')


def test_on_a_phone_the_calendar_fits_and_every_day_is_a_44_px_target(open_page, alice):
    today = runner_today(alice)
    make_workout(alice, date=today, exercises=[make_exercise("calendar-crunch")])
    make_checkin(alice, date=today, pain=10)
    make_run(alice, date=today, km=142.2)  # the widest distance a cell can hold
    page = open_page(PHONE, user=alice)
    page.goto("/history/")
    smallest = page.evaluate(
        """() => [...document.querySelectorAll(".journal-calendar a.calendar-day")]
            .map(link => link.getBoundingClientRect())
            .reduce((least, box) => [Math.min(least[0], box.width), Math.min(least[1], box.height)],
                    [1e9, 1e9])"""
    )
    assert page.locator(".journal-calendar a.calendar-day").count() >= today.day
    assert min(smallest) >= MIN_TARGET_PX, f"the smallest day is {smallest[0]:.0f} x {smallest[1]:.0f} px"
    table_scrolls = page.evaluate(
        "() => { const box = document.querySelector('.table-responsive');"
        " return box.scrollWidth > box.clientWidth; }"
    )
    assert sideways_overflow(page) == [] and not table_scrolls


def test_tapping_a_day_opens_it_and_leads_back_to_its_month(open_page, alice):
    today = runner_today(alice)
    day = today - datetime.timedelta(days=1)
    make_run(alice, date=day, km=8)
    make_checkin(alice, date=today, pain=2)
    page = open_page(PHONE, user=alice)
    page.goto("/history/")
    reachable(calendar_day(page, day)).click()
    entries = page.get_by_role("region", name=re.compile(rf"{day.day} {month_words(day)}$"))
    expect(entries.get_by_role("link", name="Run: 8.0 km")).to_be_visible()
    expect(entries.get_by_role("link", name="Pain check-in", exact=True)).to_have_count(0)
    reachable(entries.get_by_role("link", name=f"All of {month_words(day)}")).click()
    expect(page.get_by_role("heading", name=f"Entries in {month_words(day)}")).to_be_visible()


def test_an_empty_day_starts_a_workout_on_that_date(open_page, alice):
    day = runner_today(alice) - datetime.timedelta(days=2)
    page = open_page(PHONE, user=alice)
    page.goto(f"/history/?day={day.isoformat()}")
    expect(page.get_by_text("Nothing logged on")).to_be_visible()
    reachable(page.get_by_role("link", name=re.compile(r"^Log a workout"))).click()
    expect(page.get_by_label("Date")).to_have_value(day.isoformat())


def test_going_back_a_month_brings_that_months_entries(open_page, alice):
    today = runner_today(alice)
    earlier = today.replace(day=1) - datetime.timedelta(days=1)
    make_run(alice, date=earlier, km=21.1)
    make_run(alice, date=today, km=5)
    page = open_page(PHONE, user=alice)
    page.goto("/history/")
    months = page.get_by_role("navigation", name="Months")
    reachable(months.get_by_role("link", name=month_words(earlier), exact=True)).click()
    entries = page.get_by_role("region", name=f"Entries in {month_words(earlier)}")
    expect(entries.get_by_role("link", name="Run: 21.1 km")).to_be_visible()
    expect(entries.get_by_role("link", name="Run: 5.0 km")).to_have_count(0)
