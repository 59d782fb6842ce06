"""The seeding migration, run backwards on a database of its own: it removes the library it added, but
refuses with a plain message, changing nothing, once a runner has logged one of its exercises. The later step
that gave the seeded warning sign the shared advice gives it back its own words when reversed."""

from tests.fresh_process import manage

COUNT_EXERCISES = "from routines.models import Exercise; print(Exercise.objects.count())"
COUNT_SEEDED_BLOOD_WORDS = (
    "from django.db import connection; cursor = connection.cursor(); "
    "cursor.execute(\"SELECT COUNT(*) FROM routines_caution WHERE text LIKE '%kidneys or bladder%'\"); "
    "print(cursor.fetchone()[0])"
)
LOG_A_CRUNCH = (
    "import datetime; from django.contrib.auth.models import User; from routines.models import Exercise; "
    "from tracker.models import Workout, WorkoutExercise; user = User.objects.create_user('alice'); "
    "workout = Workout.objects.create(user=user, date=datetime.date(2024, 5, 1)); "
    "WorkoutExercise.objects.create(workout=workout, exercise=Exercise.objects.get(slug='crunch'))"
)


def printed_number(code, tmp_path):
    """The number a line of Python prints in `manage.py shell` on the throwaway database."""
    return int(manage("shell", "-c", code, tmp_path=tmp_path).stdout.splitlines()[-1])


def exercises(tmp_path):
    return printed_number(COUNT_EXERCISES, tmp_path)


def test_unseeding_an_unused_library_removes_it_and_seeding_again_restores_it(tmp_path):
    manage("migrate", "--noinput", tmp_path=tmp_path)
    seeded = exercises(tmp_path)
    manage("migrate", "routines", "0002", "--noinput", tmp_path=tmp_path)
    emptied = exercises(tmp_path)
    manage("migrate", "--noinput", tmp_path=tmp_path)
    assert (seeded, emptied, exercises(tmp_path)) == (13, 0, 13)


def test_unseeding_a_library_runners_have_used_is_refused_in_plain_words(tmp_path):
    manage("migrate", "--noinput", tmp_path=tmp_path)
    manage("shell", "-c", LOG_A_CRUNCH, tmp_path=tmp_path)
    result = manage("migrate", "routines", "0002", "--noinput", tmp_path=tmp_path)
    assert "cannot be unseeded: 1 rows outside the library (tracker_workoutexercise)" in result.stderr
    assert "IntegrityError" not in result.stderr
    assert exercises(tmp_path) == 13


def seeded_blood_words(tmp_path):
    return printed_number(COUNT_SEEDED_BLOOD_WORDS, tmp_path)


def test_the_blood_in_urine_caution_takes_the_shared_advice_and_gets_its_words_back_when_reversed(tmp_path):
    manage("migrate", "--noinput", tmp_path=tmp_path)
    shared = seeded_blood_words(tmp_path)
    manage("migrate", "routines", "0003", "--noinput", tmp_path=tmp_path)
    reversed_ = seeded_blood_words(tmp_path)
    manage("migrate", "--noinput", tmp_path=tmp_path)
    assert (shared, reversed_, seeded_blood_words(tmp_path)) == (0, 1, 0)
