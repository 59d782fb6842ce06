"""The journal's past is read once and kept (tracker.journal_days): every way of writing to the past still
shows in the insights at once, and logging today's entries does not read the past again."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.base import make_checkin, make_exercise, make_run, make_workout
from tracker import series
from tracker.journal_version import recent_from
from tracker.models import PainCheckin, Run, Workout, WorkoutExercise

# Mid-month, so the past ends on the first day of last month; the clock stands still in each test.
NOW = datetime.datetime(2026, 3, 16, 12, 0, tzinfo=datetime.UTC)
TODAY = NOW.date()
LONG_AGO = TODAY - datetime.timedelta(days=200)
RECENTLY = TODAY - datetime.timedelta(days=3)


@pytest.fixture(autouse=True)
def pinned_clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def journal(alice):
    """Check-ins from long ago to today, and the insights computed once (the past now kept)."""
    for back in range(0, 240, 2):
        make_checkin(alice, TODAY - datetime.timedelta(days=back), pain=2)
    read(alice)
    return alice


def read(user):
    journal, _insights = series.insights_for(user, today=TODAY)
    return journal.series


def pain_on(user, day):
    days = read(user)
    return days.pain[(day - days.start).days]


def km_on(user, day):
    days = read(user)
    return days.km[(day - days.start).days]


def core_on(user, day):
    days = read(user)
    return bool(days.core[(day - days.start).days])


def test_the_past_ends_on_the_first_day_of_last_month():
    assert recent_from() == datetime.date(2026, 2, 1)
    assert recent_from(datetime.date(2026, 1, 1)) == datetime.date(2025, 12, 1)


def test_a_check_in_added_in_the_past_shows_at_once(journal):
    make_checkin(journal, LONG_AGO + datetime.timedelta(days=1), pain=7)
    assert pain_on(journal, LONG_AGO + datetime.timedelta(days=1)) == 7


def test_a_past_check_in_edited_shows_at_once(journal):
    checkin = PainCheckin.objects.get(user=journal, date=LONG_AGO)
    checkin.pain = 9
    checkin.save()
    assert pain_on(journal, LONG_AGO) == 9


def test_a_check_in_moved_from_today_into_the_past_leaves_today_and_shows_there(journal):
    checkin = PainCheckin.objects.get(user=journal, date=TODAY)
    checkin.pain, checkin.date = 8, LONG_AGO + datetime.timedelta(days=1)
    checkin.save()
    assert pain_on(journal, LONG_AGO + datetime.timedelta(days=1)) == 8
    assert str(pain_on(journal, TODAY)) == "nan"


def test_a_check_in_moved_from_the_past_to_yesterday_leaves_the_past(journal):
    checkin = PainCheckin.objects.get(user=journal, date=LONG_AGO)
    checkin.date, checkin.pain = TODAY - datetime.timedelta(days=1), 5
    checkin.save()
    assert str(pain_on(journal, LONG_AGO)) == "nan"
    assert pain_on(journal, TODAY - datetime.timedelta(days=1)) == 5


def test_a_past_check_in_overwritten_through_a_new_object_with_its_id_shows_at_once(journal):
    old = PainCheckin.objects.get(user=journal, date=LONG_AGO)
    PainCheckin(pk=old.pk, user=journal, date=RECENTLY, pain=1, created_at=old.created_at).save()
    assert str(pain_on(journal, LONG_AGO)) == "nan"


def test_past_rows_updated_and_deleted_in_bulk_show_at_once(journal):
    PainCheckin.objects.filter(user=journal, date=LONG_AGO).update(pain=6)
    assert pain_on(journal, LONG_AGO) == 6
    PainCheckin.objects.filter(user=journal, date__lte=LONG_AGO).delete()
    assert read(journal).start > LONG_AGO


def test_past_runs_created_in_bulk_and_deleted_one_by_one_show_at_once(journal):
    Run.objects.bulk_create([Run(user=journal, date=LONG_AGO, distance_m=12000, duration_s=4000)])
    assert km_on(journal, LONG_AGO) == 12
    Run.objects.get(user=journal, date=LONG_AGO).delete()
    assert km_on(journal, LONG_AGO) == 0


def test_exercises_added_to_and_removed_from_a_past_workout_show_at_once(journal):
    workout = make_workout(journal, date=LONG_AGO)
    assert not core_on(journal, LONG_AGO)
    WorkoutExercise.objects.bulk_create([WorkoutExercise(workout=workout, exercise=make_exercise(), sets=3)])
    assert core_on(journal, LONG_AGO)
    workout.entries.all().delete()
    assert not core_on(journal, LONG_AGO)


def irritated_times(user):
    journal, _insights = series.insights_for(user, today=TODAY)
    return {item.name: item.times for item in journal.irritations}


def test_irritations_in_the_past_and_today_add_up_and_a_past_one_unmarked_shows_at_once(journal):
    plank = make_exercise(name="Side plank")
    past_workout = make_workout(journal, date=LONG_AGO, exercises=[plank], irritated=True)
    make_workout(journal, date=TODAY, exercises=[plank], irritated=True)
    assert irritated_times(journal) == {"Side plank": 2}
    entry = WorkoutExercise.objects.get(workout=past_workout)
    entry.irritated = False
    entry.save()
    assert irritated_times(journal) == {"Side plank": 1}
    plank.name = "Side plank on knees"
    plank.save()
    assert irritated_times(journal) == {"Side plank on knees": 1}


def test_a_workout_moved_into_the_past_shows_there(journal):
    workout = make_workout(journal, date=RECENTLY, exercises=[make_exercise()])
    assert core_on(journal, RECENTLY)
    workout = Workout.objects.get(pk=workout.pk)
    workout.date = LONG_AGO
    workout.save()
    assert core_on(journal, LONG_AGO) and not core_on(journal, RECENTLY)


def test_the_past_is_still_read_whole_after_the_month_turns(journal):
    make_run(journal, RECENTLY, km=8)
    with time_machine.travel(NOW + datetime.timedelta(days=40), tick=False):
        later = TODAY + datetime.timedelta(days=40)
        journal_now, _insights = series.insights_for(journal, today=later)
    days = journal_now.series
    assert days.km[(RECENTLY - days.start).days] == 8
    assert days.pain[(LONG_AGO - days.start).days] == 2


def journal_queries(user):
    with CaptureQueriesContext(connection) as queries:
        read(user)
    tables = ("tracker_run", "tracker_paincheckin", "tracker_workout")
    return [query["sql"] for query in queries if any(table in query["sql"] for table in tables)]


def test_logging_today_reads_only_the_recent_rows_again(journal):
    make_checkin(journal, TODAY - datetime.timedelta(days=1), pain=4)
    make_workout(journal, date=TODAY, exercises=[make_exercise()])
    make_run(journal, TODAY, km=5)
    recent_written = journal_queries(journal)
    assert pain_on(journal, TODAY - datetime.timedelta(days=1)) == 4 and core_on(journal, TODAY)
    make_run(journal, LONG_AGO, km=5)
    past_written = journal_queries(journal)
    assert km_on(journal, LONG_AGO) == 5
    assert len(recent_written) < len(past_written)
