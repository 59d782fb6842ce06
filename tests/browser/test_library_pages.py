"""The public library in a real browser: accessible, no console errors, nothing wider than a phone; every
exercise has its picture, in the theme's colours."""

import pytest
from django.urls import reverse

from routines.drawings import DRAWINGS
from tests.browser.helpers import PHONE, axe_violations, sideways_overflow

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


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_drawing_is_drawn_in_the_themes_colours(open_page, scheme):
    page = open_page({**PHONE, "color_scheme": scheme})
    page.goto(exercise_url())
    drawing = page.get_by_role("img", name=DRAWINGS["crunch"].description)
    # The drawing comes from its own file through <use>: it has a size once that file has loaded.
    page.wait_for_function("() => document.querySelector('.exercise-drawing use').getBBox().width > 100")
    colours = drawing.evaluate("svg => [getComputedStyle(svg).color, getComputedStyle(document.body).color]")
    assert colours[0] == colours[1]
