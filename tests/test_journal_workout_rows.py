"""The workout form's rows: one to start with, more on request (in place with JavaScript, by sending the form
without), rows left blank skipped, and a forged row count still bounded."""

import datetime

import pytest
from django.urls import reverse

from tests.base import make_exercise, make_workout
from tests.workout_form import post_workout, row, saved_rows, workout_data
from tracker.models import Workout, WorkoutExercise


@pytest.fixture
def today(alice):
    return alice.profile.today()


@pytest.fixture
def plank(db):
    return make_exercise("workout-plank")


# Rows: one to start with, more on request, blank ones skipped


def blank_row(**changes):
    return {"exercise": "", "sets": "1", "reps": "", "hold_seconds": "", "weight_kg": "", **changes}


def rows_area(page):
    return page[page.index('id="entry-rows"') : page.index("</template>")]


def test_a_blank_workout_offers_one_exercise_row(alice_client):
    assert len(alice_client.get(reverse("log_workout")).context["entries"].forms) == 1


def test_no_exercise_row_looks_required(alice_client, plank):
    page = alice_client.get(reverse("log_workout")).content.decode()
    assert "asteriskField" not in rows_area(page)


def test_rows_left_blank_are_skipped(alice, alice_client, plank, today):
    post_workout(alice_client, workout_data(today, [row(plank), blank_row(), blank_row(sets="")]))
    assert WorkoutExercise.objects.filter(workout__user=alice).count() == 1


def test_sets_left_blank_count_as_one(alice, alice_client, plank, today):
    post_workout(alice_client, workout_data(today, [row(plank, sets="")]))
    assert WorkoutExercise.objects.get(workout__user=alice).sets == 1


def test_a_row_with_numbers_but_no_exercise_asks_which_exercise(alice, alice_client, plank, today):
    response = post_workout(alice_client, workout_data(today, [row(plank), blank_row(reps="12")]))
    errors = response.context["entries"].forms[1].errors["exercise"]
    assert errors == ["Choose the exercise these numbers are for, or clear the row."]
    assert not Workout.objects.filter(user=alice).exists()


def test_a_saved_row_emptied_of_its_exercise_asks_to_tick_remove(alice, alice_client, plank, today):
    workout = make_workout(alice, date=today, exercises=[plank])
    rows = [{**saved_rows(workout)[0], "exercise": ""}]
    response = alice_client.post(
        reverse("edit_workout", args=[workout.pk]), workout_data(today, rows, initial=1)
    )
    assert "Remove this exercise" in response.context["entries"].forms[0].errors["exercise"][0]


def test_the_form_starts_on_the_date_a_day_of_the_history_asks_for(alice_client, today):
    day = today - datetime.timedelta(days=5)
    form = alice_client.get(reverse("log_workout"), {"date": day.isoformat()}).context["form"]
    assert form.initial["date"] == day


# "Add another exercise" without JavaScript


def add_row(client, url, data):
    return client.post(url, {**data, "add_row": "1"})


def test_adding_a_row_without_javascript_keeps_everything_typed(alice, alice_client, plank, today):
    data = workout_data(today, [row(plank, sets="4", irritated="on")], notes="tired legs", duration_min="25")
    response = add_row(alice_client, reverse("log_workout"), data)
    forms = response.context["entries"].forms
    assert [form["sets"].value() for form in forms] == ["4", 1]
    assert (forms[0]["irritated"].value(), response.context["form"]["duration_min"].value()) == ("on", "25")
    assert "tired legs" in response.content.decode() and not Workout.objects.filter(user=alice).exists()


def test_adding_a_row_does_not_judge_a_half_typed_one(alice_client, plank, today):
    response = add_row(alice_client, reverse("log_workout"), workout_data(today, [blank_row(reps="0")]))
    page = response.content.decode()
    assert "is-invalid" not in page and "Enter a number" not in page


def test_adding_a_row_while_editing_keeps_the_changes_to_saved_rows(alice, alice_client, plank, today):
    workout = make_workout(alice, date=today, exercises=[plank])
    rows = [{**saved_rows(workout)[0], "sets": "5"}]
    response = add_row(alice_client, reverse("edit_workout", args=[workout.pk]), workout_data(today, rows, 1))
    assert [form["sets"].value() for form in response.context["entries"].forms] == ["5", 1]
    assert workout.entries.get().sets == 3


def test_a_row_added_without_javascript_is_saved_with_the_others(alice, alice_client, plank, today):
    bridge = make_exercise("added-bridge")
    added = add_row(alice_client, reverse("log_workout"), workout_data(today, [row(plank)]))
    assert added.context["entries"].management_form["TOTAL_FORMS"].value() == 2
    post_workout(alice_client, workout_data(today, [row(plank), row(bridge)]))
    assert WorkoutExercise.objects.filter(workout__user=alice).count() == 2


def test_a_forged_row_count_builds_no_more_than_60_rows(alice_client, plank, today):
    data = {**workout_data(today, [row(plank)]), "entries-TOTAL_FORMS": "100000"}
    assert len(add_row(alice_client, reverse("log_workout"), data).context["entries"].forms) == 60
    assert len(post_workout(alice_client, data).context["entries"].forms) == 60
