"""A curator edits the library from a phone: the admin carries Backtrack's name and icon, and its exercise
list fits the screen (nothing makes the page scroll sideways)."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.base import make_curator
from tests.browser.helpers import PHONE, session_cookie_for, sideways_overflow

pytestmark = pytest.mark.browser


@pytest.fixture
def curator_phone_page(open_page, live_server, db):
    page = open_page(PHONE)
    page.context.add_cookies([session_cookie_for(make_curator(), live_server.url)])
    return page


def test_the_admin_shows_backtracks_icon_and_name(curator_phone_page):
    curator_phone_page.goto(reverse("admin:index"))
    expect(curator_phone_page.locator("link[rel=icon]")).to_have_attribute("href", "/static/favicon.svg")
    expect(curator_phone_page.get_by_role("link", name="Backtrack library")).to_be_visible()


def test_the_exercise_list_fits_a_phone_and_every_exercise_can_be_opened(curator_phone_page):
    curator_phone_page.goto(reverse("admin:routines_exercise_changelist"))
    assert sideways_overflow(curator_phone_page) == []
    curator_phone_page.get_by_role("link", name="Crunch", exact=True).click()
    expect(curator_phone_page.get_by_role("heading", level=2, name="Crunch")).to_be_visible()
