"""The API's docs page draws its reference from the OpenAPI document with vendored Swagger UI, under the
strict Content-Security-Policy (the harness fails on any violation), and a logged-in runner can try a call."""

import pytest
from playwright.sync_api import expect

from tests.base import make_checkin

pytestmark = pytest.mark.browser


def test_the_docs_list_every_part_of_the_api_without_a_policy_violation(page):
    page.goto("/api/v1/docs/")
    for tag in ("workouts", "check-ins", "runs", "psfs", "insights", "profile", "library"):
        expect(page.locator(f"#operations-tag-{tag}")).to_be_visible()


def test_a_logged_in_runner_tries_reading_their_check_ins(alice_page, alice):
    make_checkin(alice, pain=6)
    alice_page.goto("/api/v1/docs/")
    alice_page.locator("#operations-check-ins-tracker_api_checkins_list_checkins").click()
    alice_page.get_by_role("button", name="Try it out").click()
    alice_page.get_by_role("button", name="Execute").click()
    expect(alice_page.locator(".live-responses-table tbody .response-col_status").first).to_have_text("200")
