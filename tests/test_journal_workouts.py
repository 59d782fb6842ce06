import datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError
from django.urls import reverse

from routines.models import Status
from tests.base import make_exercise, make_workout
from tests.journal_factories import make_core_basics
from tests.workout_form import post_workout, row, saved_rows, workout_data
from tracker.models import Workout, WorkoutExercise


@pytest.fixture
def today(alice):
    return alice.profile.today()


@pytest.fixture
def plank(db):
    return make_exercise("workout-plank")


@pytest.fixture
def routine(db):
    return make_core_basics()


# Logging


def test_a_runner_logs_exercises_picked_one_by_one(alice, alice_client, plank, today):
    post_workout(alice_client, workout_data(today, [row(plank, sets="4", reps="12")]))
    entry = WorkoutExercise.objects.get(workout__user=alice)
    assert (entry.exercise, entry.sets, entry.reps) == (plank, 4, 12)


def test_the_date_defaults_to_today_in_the_runners_zone(alice, alice_client):
    alice.profile.time_zone = "Pacific/Kiritimati"
    alice.profile.save()
    form = alice_client.get(reverse("log_workout")).context["form"]
    assert form.initial["date"] == alice.profile.today()


def test_choosing_a_routine_fills_in_its_steps(alice_client, routine):
    formset = alice_client.get(reverse("log_workout"), {"routine": routine.slug}).context["entries"]
    steps = [
        (form.initial["sets"], form.initial["reps"], form.initial["hold_seconds"]) for form in formset[:2]
    ]
    assert steps == [(2, 25, None), (3, None, 30)]


def test_a_draft_routine_fills_in_nothing(alice_client, routine):
    routine.status = Status.DRAFT
    routine.save()
    formset = alice_client.get(reverse("log_workout"), {"routine": routine.slug}).context["entries"]
    assert [form.initial.get("exercise") for form in formset] == [None]


def test_a_workout_from_a_routine_remembers_the_routine(alice, alice_client, routine, plank, today):
    post_workout(alice_client, workout_data(today, [row(plank)], routine=str(routine.pk)))
    assert Workout.objects.get(user=alice).routine == routine


def test_the_exercise_list_never_offers_drafts(alice_client, plank):
    make_exercise("secret-draft", status=Status.DRAFT)
    page = alice_client.get(reverse("log_workout")).content.decode()
    assert "Workout Plank" in page
    assert "Secret Draft" not in page


def test_the_exercise_list_leaves_out_discouraged_exercises(alice_client, plank):
    make_exercise("straight-leg-raise-test", status=Status.DISCOURAGED)
    assert "Straight Leg Raise Test" not in alice_client.get(reverse("log_workout")).content.decode()


def test_a_workout_without_exercises_is_refused_with_a_message(alice, alice_client, today):
    response = post_workout(alice_client, workout_data(today, [{"exercise": "", "sets": "1"}]))
    assert "Add at least one exercise" in response.content.decode()
    assert not Workout.objects.filter(user=alice).exists()


def test_a_bad_row_shows_its_error_at_the_field_and_keeps_the_form_filled(alice_client, plank, today):
    response = post_workout(alice_client, workout_data(today, [row(plank, sets="51")], notes="tired legs"))
    assert response.context["entries"].forms[0].errors["sets"] == ["Enter a number from 1 to 50."]
    assert "tired legs" in response.content.decode()


# The rules, at the form


@pytest.mark.parametrize(
    ("field", "value"),
    [("sets", "0"), ("sets", "51"), ("reps", "0"), ("reps", "1001"), ("hold_seconds", "0"),
     ("hold_seconds", "3601"), ("weight_kg", "500.5"), ("weight_kg", "-1")],
)  # fmt: skip
def test_it_rejects_an_exercise_row_out_of_range(alice, alice_client, plank, today, field, value):
    response = post_workout(alice_client, workout_data(today, [row(plank, **{field: value})]))
    assert field in response.context["entries"].forms[0].errors
    assert not Workout.objects.filter(user=alice).exists()


def test_it_accepts_the_limits_of_every_range(alice, alice_client, plank, today):
    limits = row(plank, sets="50", reps="1000", hold_seconds="3600", weight_kg="500")
    post_workout(alice_client, workout_data(today, [limits], duration_min="2880"))
    assert WorkoutExercise.objects.get(workout__user=alice).weight_kg == Decimal("500")


def test_it_rejects_a_workout_longer_than_48_hours(alice_client, plank, today):
    response = post_workout(alice_client, workout_data(today, [row(plank)], duration_min="2881"))
    assert "duration_min" in response.context["form"].errors


# The rules, in the database


@pytest.mark.parametrize(
    ("field", "value"),
    [("sets", 0), ("sets", 51), ("reps", 0), ("reps", 1001), ("hold_seconds", 0), ("hold_seconds", 3601),
     ("weight_kg", Decimal("500.1")), ("weight_kg", Decimal("-0.5"))],
)  # fmt: skip
def test_the_database_refuses_an_exercise_row_out_of_range(alice, plank, field, value):
    workout = make_workout(alice)
    with pytest.raises(IntegrityError):
        WorkoutExercise.objects.create(workout=workout, exercise=plank, **{field: value})


@pytest.mark.parametrize("minutes", [0, 2881])
def test_the_database_refuses_a_workout_duration_out_of_range(alice, minutes):
    with pytest.raises(IntegrityError):
        Workout.objects.create(user=alice, date=datetime.date(2024, 5, 1), duration_min=minutes)


# Editing and deleting


def test_a_runner_can_change_a_row_of_a_workout(alice, alice_client, plank, today):
    workout = make_workout(alice, date=today, exercises=[plank])
    rows = saved_rows(workout)
    rows[0]["sets"] = "5"
    alice_client.post(reverse("edit_workout", args=[workout.pk]), workout_data(today, rows, initial=1))
    assert workout.entries.get().sets == 5


def test_a_runner_can_remove_a_row_and_add_another(alice, alice_client, plank, today):
    workout = make_workout(alice, date=today, exercises=[plank])
    bridge = make_exercise("edit-bridge")
    rows = [{**saved_rows(workout)[0], "DELETE": "on"}, row(bridge)]
    alice_client.post(reverse("edit_workout", args=[workout.pk]), workout_data(today, rows, initial=1))
    assert [entry.exercise for entry in workout.entries.all()] == [bridge]


def test_removing_every_row_is_refused(alice, alice_client, plank, today):
    workout = make_workout(alice, date=today, exercises=[plank])
    rows = [{**saved_rows(workout)[0], "DELETE": "on"}]
    alice_client.post(reverse("edit_workout", args=[workout.pk]), workout_data(today, rows, initial=1))
    assert workout.entries.count() == 1


def test_editing_keeps_an_exercise_the_library_has_since_withdrawn(alice, alice_client, plank, today):
    workout = make_workout(alice, date=today, exercises=[plank])
    plank.status = Status.DRAFT
    plank.save()
    page = alice_client.get(reverse("edit_workout", args=[workout.pk])).content.decode()
    assert "Workout Plank (no longer in the library)" in page


def test_deleting_a_workout_asks_first(alice, alice_client, plank, today):
    workout = make_workout(alice, date=today, exercises=[plank])
    page = alice_client.get(reverse("delete_workout", args=[workout.pk])).content.decode()
    assert f"The workout of {today.day} {today:%b %Y} will be deleted for good" in page
    assert Workout.objects.filter(pk=workout.pk).exists()


def test_confirming_deletes_the_workout_and_its_rows(alice, alice_client, plank, today):
    workout = make_workout(alice, date=today, exercises=[plank])
    alice_client.post(reverse("delete_workout", args=[workout.pk]))
    assert not WorkoutExercise.objects.filter(workout__user=alice).exists()


def test_the_workout_page_lists_its_exercises(alice, alice_client, plank, today):
    workout = make_workout(alice, date=today, exercises=[plank], irritated=True)
    page = alice_client.get(reverse("workout_detail", args=[workout.pk])).content.decode()
    assert "Workout Plank" in page and "Irritated" in page


# The page itself


def test_the_form_carries_a_blank_row_for_adding_exercises_without_a_reload(alice_client):
    page = alice_client.get(reverse("log_workout")).content.decode()
    assert '<template id="entry-template">' in page
    assert 'name="entries-__prefix__-exercise"' in page


def test_the_workout_page_words_each_dose_like_the_library(alice, alice_client, plank, today):
    workout = make_workout(alice, date=today, exercises=[plank])
    page = alice_client.get(reverse("workout_detail", args=[workout.pk])).content.decode()
    assert "3 sets of 10 reps" in page


def test_the_workout_page_gives_the_weight_plainly(alice, alice_client, plank, today):
    workout = make_workout(alice, date=today, exercises=[plank])
    workout.entries.update(weight_kg=Decimal("20.0"))
    page = alice_client.get(reverse("workout_detail", args=[workout.pk])).content.decode()
    assert "3 sets of 10 reps, 20 kg" in page


def test_the_workout_page_does_not_link_an_exercise_moved_back_to_drafts(alice, alice_client, plank, today):
    workout = make_workout(alice, date=today, exercises=[plank])
    plank.status = Status.DRAFT
    plank.save()
    page = alice_client.get(reverse("workout_detail", args=[workout.pk])).content.decode()
    assert plank.get_absolute_url() not in page
