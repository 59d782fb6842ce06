"""axe-core finds no serious or critical accessibility violation on the pages a runner uses most, filled with
a year of journal, on a laptop and on a phone.

One test visits every page on a device (a fresh browser context costs more than a page) and reports each
page's violations by name.
"""

import pytest
from django.core.management import call_command
from django.urls import reverse

from tests.browser.helpers import axe_violations, on_laptop_and_phone
from tracker.models import PainCheckin

pytestmark = pytest.mark.browser


def checkin_with_warning_signs(runner):
    checkin = PainCheckin.objects.filter(user=runner).latest("date")
    checkin.red_flags = [PainCheckin.RedFlag.SADDLE_NUMBNESS, PainCheckin.RedFlag.NIGHT_PAIN]
    checkin.save()
    return reverse("checkin_detail", args=[checkin.pk])


# Each page's address for a runner with a year of journal.
PAGES = {
    "library": lambda runner: reverse("routines:library"),
    "exercise": lambda runner: reverse("routines:exercise", args=["crunch"]),
    "home": lambda runner: reverse("home"),
    "log a workout from a routine": lambda runner: reverse("log_workout") + "?routine=hanging-knee-lifts",
    "pain check-in": lambda runner: reverse("log_checkin"),
    "log a run": lambda runner: reverse("log_run"),
    "history": lambda runner: reverse("history"),
    "a day of the history": lambda runner: reverse("history") + f"?day={runner.runs.latest('date').date}",
    "profile": lambda runner: reverse("profile"),
    "insights": lambda runner: reverse("insights"),
    "progress": lambda runner: reverse("progress"),
    "share with a physio": lambda runner: reverse("shares"),
    "check-in with warning-sign advice": checkin_with_warning_signs,
}


def run_with_mistakes(page):
    page.goto(reverse("log_run"))
    page.get_by_label("Distance (km)").fill("-3")
    page.get_by_label("Time (h:mm:ss)").fill("soon")
    page.get_by_role("button", name="Save run").click()
    page.get_by_text("Enter a distance of more than 0.").wait_for()


def check_in_without_a_pain_score(page):
    page.goto(reverse("log_checkin"))
    page.get_by_role("button", name="Save check-in").click()
    page.get_by_text("Choose a pain score from 0 to 10.").wait_for()


def workout_row_without_its_exercise(page):
    page.goto(reverse("log_workout"))
    page.get_by_role("group", name="Exercise 1").get_by_label("Reps").fill("10")
    page.get_by_role("button", name="Save workout").click()
    page.get_by_text("Choose the exercise these numbers are for").wait_for()


FORMS_SENT_BACK = {
    "run with a negative distance and a time in words": run_with_mistakes,
    "check-in without a pain score": check_in_without_a_pain_score,
    "workout with a row missing its exercise": workout_row_without_its_exercise,
}


def violations_by_page(page, visits):
    """{name: violations} of the visited pages that have any."""
    found = {}
    for name, visit in visits.items():
        visit(page)
        found[name] = axe_violations(page)
    return {name: violations for name, violations in found.items() if violations}


@on_laptop_and_phone
def test_the_main_pages_have_no_serious_accessibility_violation(open_page, alice, device):
    call_command("seed_demo", username=alice.username)
    addresses = {name: address(alice) for name, address in PAGES.items()}
    visits = {name: (lambda page, url=url: page.goto(url)) for name, url in addresses.items()}
    assert violations_by_page(open_page(device, user=alice), visits) == {}


@on_laptop_and_phone
def test_forms_sent_back_with_mistakes_have_no_serious_accessibility_violation(open_page, alice, device):
    assert violations_by_page(open_page(device, user=alice), FORMS_SENT_BACK) == {}
