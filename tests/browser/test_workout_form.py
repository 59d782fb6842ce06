"""The workout form on a phone, with and without JavaScript: one row to start with, more on request, rows left
blank skipped, and the routine's steps filled in."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import PHONE, reachable, sideways_overflow
from tracker.models import Workout

pytestmark = pytest.mark.browser

NO_JAVASCRIPT = {**PHONE, "java_script_enabled": False}
ADD = "+ Add another exercise"


def row(page, number):
    return page.get_by_role("group", name=f"Exercise {number}", exact=True)


def choose(page, number, exercise):
    reachable(row(page, number).get_by_label("Exercise", exact=True)).select_option(label=exercise)


def press(page, name):
    reachable(page.get_by_role("button", name=name, exact=True)).click()


def saved_exercises(user):
    workout = Workout.objects.get(user=user)
    return [entry.exercise.name for entry in workout.entries.order_by("order")]


def test_with_javascript_a_runner_adds_and_removes_rows_in_place(open_page, alice):
    page = open_page(PHONE, user=alice)
    page.goto("/workouts/new/")
    expect(page.locator(".entry-row")).to_have_count(1)
    choose(page, 1, "Crunch")
    press(page, ADD)
    expect(row(page, 2).get_by_label("Exercise", exact=True)).to_be_focused()
    press(page, ADD)
    choose(page, 3, "Glute bridge")
    press(page, "Remove exercise 2")
    expect(page.locator(".entry-row")).to_have_count(2)
    expect(row(page, 2).get_by_role("option", name="Glute bridge", selected=True)).to_be_attached()
    assert sideways_overflow(page) == []
    press(page, "Save workout")
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^Workout of"))
    assert saved_exercises(alice) == ["Crunch", "Glute bridge"]


def test_without_javascript_add_another_exercise_brings_the_form_back_with_one_more_row(open_page, alice):
    page = open_page(NO_JAVASCRIPT, user=alice)
    page.goto("/workouts/new/")
    choose(page, 1, "Crunch")
    reachable(row(page, 1).get_by_label("Sets")).fill("4")
    page.locator("summary", has_text="Notes").click()  # folded until it holds something
    reachable(page.get_by_label("Notes")).fill("Stiff after the long run")
    press(page, ADD)
    expect(page).to_have_url(re.compile(r"#exercise-2$"))  # the page opens at the new row
    expect(row(page, 2)).to_be_visible()
    expect(row(page, 1).get_by_label("Sets")).to_have_value("4")
    expect(page.get_by_label("Notes")).to_have_value("Stiff after the long run")
    assert page.locator(".is-invalid").count() == 0 and sideways_overflow(page) == []
    choose(page, 2, "Glute bridge")
    press(page, ADD)
    press(page, "Save workout")  # the third row is left blank
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^Workout of"))
    assert saved_exercises(alice) == ["Crunch", "Glute bridge"]


def test_without_javascript_a_workout_with_no_exercise_says_so(open_page, alice):
    page = open_page(NO_JAVASCRIPT, user=alice)
    page.goto("/workouts/new/")
    press(page, "Save workout")
    expect(page.get_by_role("alert")).to_have_text(re.compile("Add at least one exercise"))
    assert not Workout.objects.filter(user=alice).exists()


def test_a_routines_steps_are_filled_in_and_a_blank_row_added_is_skipped(open_page, alice):
    page = open_page(PHONE, user=alice)
    page.goto("/workouts/new/?routine=hanging-knee-lifts")
    steps = page.locator(".entry-row").count()
    press(page, ADD)
    expect(page.locator(".entry-row")).to_have_count(steps + 1)
    press(page, "Save workout")
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^Workout of"))
    assert len(saved_exercises(alice)) == steps


def test_on_a_phone_a_new_workout_fits_one_screen_with_its_save_button(open_page, alice):
    page = open_page(PHONE, user=alice)
    page.goto("/workouts/new/")
    save = page.get_by_role("button", name="Save workout")
    bottom = save.evaluate("button => button.getBoundingClientRect().bottom")
    assert bottom <= PHONE["viewport"]["height"], f"Save ends at {bottom:.0f} px"
