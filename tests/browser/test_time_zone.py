"""The time zone at sign-up and in the profile: the browser's own zone is chosen while the field is at its
default, old names a browser may give are understood, and without JavaScript the field stays at UTC."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.base import PASSWORD
from tests.browser.helpers import PHONE, reachable
from tracker.models import Profile

pytestmark = pytest.mark.browser


def in_zone(zone, **more):
    return {**PHONE, "timezone_id": zone, **more}


def test_a_browser_in_denver_gets_denver_chosen_at_sign_up(open_page):
    page = open_page(in_zone("America/Denver"))
    page.goto(reverse("signup"))
    expect(page.get_by_label("Time zone")).to_have_value("America/Denver")
    reachable(page.get_by_label("Username")).fill("dana")
    page.get_by_label("Email").fill("dana@example.org")
    page.get_by_label(re.compile(r"^\s*Password\W*$")).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    reachable(page.get_by_role("button", name="Create my account")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your profile")
    assert Profile.objects.get(user__username="dana").time_zone == "America/Denver"


def test_a_browser_giving_an_old_name_gets_the_canonical_zone(open_page):
    page = open_page(in_zone("Asia/Kolkata"))  # Chromium reports it as Asia/Calcutta
    page.goto(reverse("signup"))
    expect(page.get_by_label("Time zone")).to_have_value("Asia/Kolkata")


def test_without_javascript_sign_up_stays_at_utc(open_page):
    page = open_page(in_zone("America/Denver", java_script_enabled=False))
    page.goto(reverse("signup"))
    expect(page.get_by_label("Time zone")).to_have_value("UTC")


def test_a_runner_who_chose_another_zone_is_offered_the_devices(open_page, alice):
    Profile.objects.filter(user=alice).update(time_zone="Europe/London")
    page = open_page(in_zone("America/Denver"), user=alice)
    page.goto(reverse("profile"))
    expect(page.get_by_label("Time zone")).to_have_value("Europe/London")
    reachable(page.get_by_role("button", name="Use this device's time zone: America/Denver")).click()
    expect(page.get_by_label("Time zone")).to_have_value("America/Denver")
