"""A runner records their activity scores on a phone and shares a report with their physiotherapist, who
opens it on another device without an account, prints it, and finds it gone once the runner revokes it."""

import io

import pytest
from django.core.management import call_command
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.browser.helpers import LAPTOP, PHONE, axe_violations, follow_menu, sideways_overflow

pytestmark = pytest.mark.browser

ACTIVITIES = ["Running downhill for two hours", "Sitting through a workday", "Tying my shoes"]


def test_a_runner_names_and_rates_three_activities_on_a_phone(open_page, alice):
    page = open_page(PHONE, user=alice)
    page.goto("/")
    follow_menu(page, "Progress")
    page.get_by_role("link", name="Name your activities").click()
    for number, name in enumerate(ACTIVITIES, start=1):
        page.get_by_label(f"Activity {number}", exact=True).fill(name)
    page.get_by_role("button", name="Save activities").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("How well can you do these today?")
    for name, score in zip(ACTIVITIES, ("4", "6", "8"), strict=True):
        page.get_by_role("group", name=name).get_by_text(score, exact=True).click()
    page.get_by_role("button", name="Save scores").click()
    expect(page.get_by_text("saved: 6.0 on average")).to_be_visible()
    assert sideways_overflow(page) == []


def create_link(page):
    page.goto("/shares/")
    page.get_by_label("Include my notes").check()
    page.get_by_role("button", name="Create link").click()
    expect(page.get_by_role("heading", name="Your new link")).to_be_visible()
    expect(page.get_by_role("button", name="Copy")).to_be_visible()
    return page.get_by_label("The new link").input_value()


def test_a_physio_opens_prints_and_loses_a_shared_report(open_page, alice, allowed_console_errors):
    call_command("seed_demo", username=alice.username)
    runner = open_page(LAPTOP, user=alice)
    link = create_link(runner)

    physio = open_page(PHONE)  # another device, no account, no cookies
    physio.goto(link)
    expect(physio.get_by_role("heading", level=1)).to_have_text("Back pain report: alice")
    assert sideways_overflow(physio) == []
    assert axe_violations(physio) == []
    for paper in ("A4", "Letter"):
        pages = PdfReader(io.BytesIO(physio.pdf(format=paper))).pages
        assert 1 <= len(pages) <= 6, f"{paper}: {len(pages)} pages"

    runner.goto("/shares/")
    expect(runner.get_by_text("Opened 1 time")).to_be_visible()
    runner.get_by_role("button", name="Revoke").click()
    expect(runner.get_by_text("no longer opens anything")).to_be_visible()

    allowed_console_errors.append("404")
    physio.reload()
    expect(physio.get_by_role("heading", level=1)).to_have_text("No report here")


def test_the_report_downloads_as_a_pdf(open_page, alice):
    runner = open_page(LAPTOP, user=alice)
    link = create_link(runner)
    physio = open_page(LAPTOP)
    physio.goto(link)
    with physio.expect_download() as download:
        physio.get_by_role("link", name="Download as PDF").click()
    text = "".join(page.extract_text() for page in PdfReader(download.value.path()).pages)
    assert "Back pain report: alice" in text
