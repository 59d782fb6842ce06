"""The public library in a real browser: accessible, no console errors, nothing wider than a phone; on a
phone the exercises come first; every exercise has its picture, in the theme's colours."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from routines.drawings import DRAWINGS
from routines.models import Caution
from tests.browser.helpers import LAPTOP, PHONE, axe_violations, sideways_overflow

pytestmark = pytest.mark.browser


def library_url():
    return reverse("routines:library")


def exercise_url():
    return reverse("routines:exercise", args=["crunch"])


def test_the_library_has_no_serious_accessibility_violation(page):
    page.goto(library_url())
    assert axe_violations(page) == []


def test_the_library_fits_a_phone_screen(phone_page):
    phone_page.goto(library_url())
    assert sideways_overflow(phone_page) == []


def test_the_library_lists_the_crunch(page):
    page.goto(library_url())
    assert page.get_by_role("link", name="Crunch", exact=True).count() >= 1


def test_an_exercise_page_has_no_serious_accessibility_violation(page):
    page.goto(exercise_url())
    assert axe_violations(page) == []


def test_an_exercise_page_fits_a_phone_screen(phone_page):
    phone_page.goto(exercise_url())
    assert sideways_overflow(phone_page) == []


def test_an_exercise_page_has_a_single_main_heading(phone_page):
    phone_page.goto(exercise_url())
    assert phone_page.locator("h1").count() == 1


def test_on_a_phone_the_first_exercise_is_on_the_first_screen(phone_page):
    phone_page.goto(library_url())
    first = phone_page.get_by_role("region", name="Exercises").get_by_role("heading").first
    assert first.evaluate("heading => heading.getBoundingClientRect().bottom") <= PHONE["viewport"]["height"]


def test_on_a_phone_the_stop_cautions_show_and_the_filters_are_folded(phone_page):
    phone_page.goto(library_url())
    notice = phone_page.get_by_role("region", name="Read before you start: 3 cautions")
    for caution in Caution.objects.library_wide().filter(severity=Caution.Severity.STOP):
        expect(notice.get_by_text(caution.text).first).to_be_visible()
    expect(phone_page.get_by_label("Search")).to_be_hidden()


def test_every_caution_is_one_tap_away(phone_page):
    phone_page.goto(library_url())
    every_caution = phone_page.locator(".cautions-notice-more .list-group-item").first
    expect(every_caution).to_be_hidden()
    phone_page.get_by_text("Read all 3, with the runners' words").click()
    expect(every_caution).to_be_visible()


def test_on_a_phone_the_filters_are_open_while_a_filter_is_on(phone_page):
    phone_page.goto(library_url() + "?kind=stretch")
    expect(phone_page.get_by_label("Kind")).to_be_visible()


def test_on_a_laptop_the_filters_are_open(page):
    page.goto(library_url())
    expect(page.get_by_label("Search")).to_be_visible()


def test_without_javascript_a_tap_opens_the_filters_and_they_work(open_page):
    page = open_page({**LAPTOP, "java_script_enabled": False})
    page.goto(library_url())
    page.get_by_text("Find an exercise").click()
    page.get_by_label("Search").fill("twist")
    page.get_by_role("button", name="Show exercises").click()
    expect(page.get_by_role("region", name="Exercises").get_by_role("link")).to_have_text(
        ["Lying spinal twist"]
    )


def test_a_routine_looks_like_a_link(page):
    page.goto(library_url())
    name = page.get_by_role("link", name="Crunches every day").locator(".routine-link-name")
    # A plain link of the page, for comparison.
    plain = (
        "Object.assign(document.querySelector('main').appendChild(document.createElement('a')), {href: '/'})"
    )
    looks = name.evaluate(
        "name => [getComputedStyle(name).textDecorationLine, getComputedStyle(name).color,"
        f" getComputedStyle({plain}).color]"
    )
    assert looks[0] == "underline" and looks[1] == looks[2]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_drawing_is_drawn_in_the_themes_colours(open_page, scheme):
    page = open_page({**PHONE, "color_scheme": scheme})
    page.goto(exercise_url())
    drawing = page.get_by_role("img", name=DRAWINGS["crunch"].description)
    # The drawing comes from its own file through <use>: it has a size once that file has loaded.
    page.wait_for_function("() => document.querySelector('.exercise-drawing use').getBBox().width > 100")
    colours = drawing.evaluate("svg => [getComputedStyle(svg).color, getComputedStyle(document.body).color]")
    assert colours[0] == colours[1]


def test_a_runner_logs_an_exercise_from_its_page_and_sees_it_counted(alice_phone_page):
    alice_phone_page.goto(exercise_url())
    alice_phone_page.get_by_role("link", name="Log this today").click()
    first = alice_phone_page.get_by_role("group", name="Exercise 1")
    expect(first.get_by_role("option", name="Crunch", selected=True)).to_be_attached()
    alice_phone_page.get_by_role("button", name="Save workout").click()
    alice_phone_page.goto(exercise_url())
    expect(alice_phone_page.get_by_text("You logged this once")).to_be_visible()


def test_a_workout_rows_picture_hides_once_another_exercise_is_chosen(alice_page):
    alice_page.goto(reverse("log_workout") + "?exercise=crunch")
    first = alice_page.get_by_role("group", name="Exercise 1")
    picture = first.get_by_role("img", name=DRAWINGS["crunch"].description)
    expect(picture).to_be_visible()
    first.get_by_role("combobox").select_option(label="Deadlift")
    expect(picture).to_be_hidden()
