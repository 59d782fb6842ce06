"""Reminders in a browser: turned on from the profile page on a phone, and stopped from an e-mail's link,
with or without JavaScript."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.browser.helpers import PHONE, axe_violations, has_sideways_scroll, reachable
from tests.reminder_factories import remind
from tracker.models import ReminderSettings
from tracker.reminders.links import unsubscribe_token

pytestmark = pytest.mark.browser


def unsubscribe_path(user):
    return f"{reverse('unsubscribe')}?token={unsubscribe_token(user)}"


def test_a_runner_turns_reminders_on_from_the_profile_page_on_a_phone(open_page, alice):
    page = open_page(PHONE, user=alice)
    page.goto(reverse("profile"))
    reachable(page.get_by_label("Email me a reminder")).check()
    reachable(page.get_by_label("Time of day")).select_option("07:00")
    reachable(page.get_by_role("button", name="Save reminders")).click()
    expect(page.get_by_text("Reminders saved.")).to_be_visible()
    saved = ReminderSettings.objects.get(user=alice)
    assert (saved.enabled, saved.hour, saved.nudge) == (True, 7, False)
    assert axe_violations(page) == [] and not has_sideways_scroll(page)


def test_the_unsubscribe_link_works_in_a_browser_without_javascript(open_page, alice):
    remind(alice, hour=8)
    page = open_page({**PHONE, "java_script_enabled": False})
    page.goto(unsubscribe_path(alice))
    reachable(page.get_by_role("button", name="Stop reminders")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Reminders are off")
    assert not ReminderSettings.objects.get(user=alice).enabled


def test_the_unsubscribe_pages_have_no_accessibility_problems(open_page, alice, allowed_console_errors):
    allowed_console_errors.append("400")  # the page for a bad link answers 400 on purpose
    remind(alice, hour=8)
    page = open_page(PHONE)
    found = {}
    page.goto(unsubscribe_path(alice))
    found["confirm"] = axe_violations(page)
    page.get_by_role("button", name="Stop reminders").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Reminders are off")
    found["done"] = axe_violations(page)
    page.goto(unsubscribe_path(alice)[:-3])
    expect(page.get_by_role("heading", level=1)).to_have_text("This link does not work")
    found["bad link"] = axe_violations(page)
    assert {name: problems for name, problems in found.items() if problems} == {}
