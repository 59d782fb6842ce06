"""tracker.series: a runner's journal rows become daily series, one calendar day per slot."""

import datetime

import numpy as np

from tests.base import make_checkin, make_exercise, make_run, make_workout
from tracker.models import Profile, Workout
from tracker.series import journal_for

MARCH_30 = datetime.date(2024, 3, 30)


def test_the_series_runs_from_the_first_entry_to_the_runners_today(alice):
    make_checkin(alice, MARCH_30, pain=4)
    series = journal_for(alice, today=datetime.date(2024, 4, 2)).series
    assert (series.start, series.end, series.days) == (MARCH_30, datetime.date(2024, 4, 2), 4)


def test_today_is_the_runners_own_today(alice, bob):
    # UTC+14 and UTC-11 are 25 hours apart, so their calendar dates always differ.
    Profile.objects.filter(user=alice).update(time_zone="Pacific/Kiritimati")
    Profile.objects.filter(user=bob).update(time_zone="Pacific/Pago_Pago")
    assert journal_for(alice).series.end > journal_for(bob).series.end


def test_days_stay_apart_across_a_daylight_saving_change(alice):
    Profile.objects.filter(user=alice).update(
        time_zone="Europe/London"
    )  # clocks went forward on 31 March 2024
    for offset, pain in enumerate([2, 3, 4]):
        make_checkin(alice, MARCH_30 + datetime.timedelta(days=offset), pain=pain)
    series = journal_for(alice, today=datetime.date(2024, 4, 1)).series
    assert list(series.pain) == [2.0, 3.0, 4.0]


def test_only_workouts_with_a_library_exercise_count_as_core_work(alice):
    make_workout(alice, MARCH_30, exercises=[make_exercise()])
    Workout.objects.create(user=alice, date=MARCH_30 + datetime.timedelta(days=1))
    series = journal_for(alice, today=MARCH_30 + datetime.timedelta(days=1)).series
    assert list(series.core) == [True, False]


def test_runs_of_one_day_add_up_and_keep_the_longest(alice):
    make_run(alice, MARCH_30, km=5, descent_m=100)
    make_run(alice, MARCH_30, km=12, descent_m=400)
    series = journal_for(alice, today=MARCH_30).series
    assert (series.km[0], series.longest_km[0], series.descent[0]) == (17.0, 12.0, 500.0)


def test_days_without_a_check_in_are_missing_not_zero(alice):
    make_checkin(alice, MARCH_30, pain=0)
    series = journal_for(alice, today=MARCH_30 + datetime.timedelta(days=1)).series
    assert series.pain[0] == 0 and np.isnan(series.pain[1])


def test_a_runner_without_a_profile_gets_the_default_one(alice):
    Profile.objects.filter(user=alice).delete()
    journal = journal_for(alice)
    assert (journal.weekly_target, journal.lapse_days, journal.is_empty) == (3, 10, True)


def test_it_reads_only_the_runners_own_journal(alice, bob):
    make_checkin(bob, MARCH_30, pain=9)
    assert journal_for(alice).is_empty


def test_a_stray_row_dated_1900_does_not_stretch_the_series_to_1900(alice):
    for offset in range(60):
        make_checkin(alice, MARCH_30 - datetime.timedelta(days=offset), pain=3)
    make_checkin(alice, datetime.date(1900, 1, 1), pain=5)
    series = journal_for(alice, today=MARCH_30).series
    assert (series.start, series.days) == (MARCH_30 - datetime.timedelta(days=59), 60)


def test_a_journal_left_for_years_ends_at_its_last_entry(alice):
    make_checkin(alice, datetime.date(1990, 5, 1), pain=3)
    make_workout(alice, datetime.date(1990, 5, 2), exercises=[make_exercise()])
    series = journal_for(alice, today=MARCH_30).series
    assert (series.end, series.ends_today) == (datetime.date(1990, 5, 2), False)
