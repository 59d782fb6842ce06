"""The library that `migrate` seeds from the runners' thread."""

import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection

from routines.models import Caution, Exercise, Routine, Source, SourceQuote, Status
from tests.base import make_exercise

# What the migration's reverse reads of its schema editor: the connection, to look for rows using the library.
SCHEMA_EDITOR = SimpleNamespace(connection=connection)
REQUIRED_SLUGS = [
    "crunch",
    "full-sit-up",
    "hanging-knee-raise",
    "straight-leg-raise",
    "roman-chair-back-extension",
    "deadlift",
    "hamstring-stretch",
    "back-extension-stretch",
    "spinal-twist",
    "piriformis-stretch",
    "glute-bridge",
]
CONTRIBUTORS = {
    "Norm Yarger",
    "Andy Williams",
    "George Beinhorn",
    "Sarah Tynes",
    "Charles Steele",
    "Unsigned reply in the thread",
}

seeding = importlib.import_module("routines.migrations.0003_seed_library")
sharing = importlib.import_module("routines.migrations.0004_caution_warning_sign_shares_advice")
pytestmark = pytest.mark.django_db


def test_every_required_slug_is_seeded():
    seeded = set(Exercise.objects.values_list("slug", flat=True))
    assert seeded >= set(REQUIRED_SLUGS)


def test_every_seeded_exercise_has_a_caution_and_a_quote():
    lacking = Exercise.objects.filter(cautions__isnull=True) | Exercise.objects.filter(quotes__isnull=True)
    assert list(lacking) == []


def test_every_quote_names_a_contributor_from_the_thread():
    assert set(SourceQuote.objects.values_list("contributor", flat=True)) <= CONTRIBUTORS


def test_the_unsigned_hamstring_paragraph_is_not_given_a_name():
    quote = SourceQuote.objects.get(quote__startswith="I read in an anatomy book")
    assert quote.contributor == "Unsigned reply in the thread"


def test_full_sit_ups_and_straight_leg_raises_are_discouraged_with_a_reason():
    discouraged = Exercise.objects.filter(status=Status.DISCOURAGED).exclude(why_discouraged="")
    assert set(discouraged.values_list("slug", flat=True)) == {"full-sit-up", "straight-leg-raise"}


def test_crunches_point_to_hanging_knee_raises_for_irritated_backs():
    crunch = Exercise.objects.get(slug="crunch")
    assert list(crunch.alternatives.values_list("slug", flat=True)) == ["hanging-knee-raise"]


def test_discouraged_exercises_offer_published_alternatives():
    for exercise in Exercise.objects.filter(status=Status.DISCOURAGED):
        assert exercise.alternatives.filter(status=Status.PUBLISHED).exists(), exercise.slug


def test_what_the_thread_does_not_say_is_marked_as_the_librarys_own():
    bridge = Exercise.objects.get(slug="glute-bridge")
    twist = Exercise.objects.get(slug="spinal-twist")
    assert (bridge.source, bridge.how_to_source, twist.how_to_source) == (Source.LIBRARY,) * 3


def test_at_least_four_published_routines_come_from_the_contributors():
    routines = Routine.objects.filter(status=Status.PUBLISHED, source=Source.THREAD, quotes__isnull=False)
    assert routines.distinct().count() >= 4


def test_the_crunch_routine_is_20_a_day_building_to_40():
    routine = Routine.objects.get(slug="daily-crunches")
    step = routine.steps.get()
    assert (routine.sessions_per_week, step.exercise.slug, step.reps) == (7, "crunch", 20)


def test_the_hanging_knee_lift_routine_is_three_sets_of_ten_to_fifteen():
    first_step = Routine.objects.get(slug="hanging-knee-lifts").steps.first()
    assert (first_step.exercise.slug, first_step.sets, first_step.reps) == ("hanging-knee-raise", 3, 10)
    assert "15" in first_step.note


def test_the_library_warns_about_blood_in_urine_with_the_shared_advice_and_the_runners_words():
    red_flag = Caution.objects.library_wide().get(red_flag="blood_in_urine")
    assert (red_flag.severity, red_flag.text) == (Caution.Severity.STOP, "")
    assert red_flag.quotes.get().contributor == "George Beinhorn"


def unseed():
    """What `migrate routines 0002` does: the later migration that gave the seeded warning sign the shared
    advice is reversed first, giving it back its seeded words, then the seed."""
    sharing.give_back_own_words(apps, SCHEMA_EDITOR)
    seeding.unseed_library(apps, SCHEMA_EDITOR)


def test_reversing_the_seed_removes_what_it_added_and_nothing_else():
    curators_own = make_exercise("bird-dog")
    unseed()
    assert list(Exercise.objects.all()) == [curators_own]
    assert not Caution.objects.exists()
    assert not Routine.objects.exists()


def test_the_seed_can_be_applied_again_after_reversing():
    counts = (Exercise.objects.count(), Caution.objects.count(), SourceQuote.objects.count())
    unseed()
    seeding.seed_library(apps, None)
    sharing.use_the_shared_advice(apps, SCHEMA_EDITOR)
    assert (Exercise.objects.count(), Caution.objects.count(), SourceQuote.objects.count()) == counts
    assert Caution.objects.library_wide().filter(red_flag="blood_in_urine").count() == 1
