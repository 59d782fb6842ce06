"""The pain check-in in a real browser: one screen on a phone, and what to do about a warning sign as soon as
its box is ticked (without scripts, as soon as the check-in is saved)."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from routines.red_flags import URGENT_HEADING, advice_for
from tests.browser.helpers import PHONE, on_laptop_and_phone, reachable

pytestmark = pytest.mark.browser

NO_SCRIPTS = {**PHONE, "java_script_enabled": False}
BLOOD = "Blood or brown colour in your urine"
BLOOD_ADVICE = advice_for(["blood_in_urine"])[0].text
NIGHT = "Pain at night that rest does not ease"
NUMBNESS = "Numbness around the buttocks, genitals or inner thighs"
WEAKNESS = "New weakness in a leg or foot"


def open_check_in(page):
    page.goto(reverse("log_checkin"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Pain check-in")


def open_warning_signs(page):
    reachable(page.locator("summary", has_text="Any warning signs?")).click()


def pain_score(page, score):
    return reachable(page.get_by_role("group", name=re.compile(r"^Back pain")).get_by_text(score, exact=True))


def shown_advice_headings(page):
    return page.locator("#flag-advice > :not([hidden]) .alert-heading")


@on_laptop_and_phone
def test_ticking_a_warning_sign_shows_its_advice_before_saving_and_unticking_hides_it(
    open_page, alice, device
):
    page = open_page(device, user=alice)
    open_check_in(page)
    open_warning_signs(page)
    advice = page.get_by_text(BLOOD_ADVICE)
    reachable(page.get_by_label(BLOOD)).check()
    expect(advice).to_be_visible()
    page.get_by_label(BLOOD).uncheck()
    expect(advice).to_be_hidden()


def test_urgent_signs_come_first_as_one_block_naming_each_ticked_sign(alice_phone_page):
    open_check_in(alice_phone_page)
    open_warning_signs(alice_phone_page)
    for label in (NIGHT, WEAKNESS, NUMBNESS):
        reachable(alice_phone_page.get_by_label(label)).check()
    expect(shown_advice_headings(alice_phone_page)).to_have_text([URGENT_HEADING, NIGHT])
    expect(alice_phone_page.locator("#flag-advice li:not([hidden])")).to_have_text([NUMBNESS, WEAKNESS])


def test_with_scripts_the_hint_promises_the_advice_at_once(alice_phone_page):
    open_check_in(alice_phone_page)
    open_warning_signs(alice_phone_page)
    expect(alice_phone_page.locator("#id_red_flags_helptext")).to_contain_text("appears just below")


def test_without_scripts_a_check_in_saves_and_shows_the_advice_it_promised(open_page, alice):
    page = open_page(NO_SCRIPTS, user=alice)
    open_check_in(page)
    open_warning_signs(page)
    expect(page.locator("#id_red_flags_helptext")).to_contain_text("as soon as you save")
    pain_score(page, "3").click()
    reachable(page.get_by_label(BLOOD)).check()
    reachable(page.get_by_role("button", name="Save check-in")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^Check-in of"))
    expect(page.get_by_role("status").filter(has_text=BLOOD_ADVICE)).to_be_visible()


def test_on_a_phone_save_is_on_the_first_screen_of_an_empty_check_in(alice_phone_page):
    open_check_in(alice_phone_page)
    save = alice_phone_page.get_by_role("button", name="Save check-in").bounding_box()
    assert save["y"] + save["height"] <= PHONE["viewport"]["height"], save


def test_on_a_phone_a_check_in_takes_one_pain_tap_and_save(alice_phone_page):
    open_check_in(alice_phone_page)
    pain_score(alice_phone_page, "4").tap()
    alice_phone_page.get_by_role("button", name="Save check-in").tap()
    expect(alice_phone_page.get_by_role("status")).to_have_text("Check-in saved.")
    expect(alice_phone_page.get_by_role("main")).to_contain_text("pain 4 of 10")
