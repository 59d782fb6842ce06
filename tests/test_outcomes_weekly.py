"""The weekly outcome arithmetic a physiotherapist reads: weekly pain, baseline against now, the PSFS's
minimal detectable change, and core sessions a week against the target."""

import datetime

import numpy as np

from tracker.insights import DailySeries
from tracker.insights.outcomes import adherence, pain_change, psfs_change, weekly_pain, weekly_sessions

MONDAY = datetime.date(2026, 3, 2)


def series_with_pain(scores, start=MONDAY):
    return DailySeries.from_lists(start, core=[False] * len(scores), pain=scores)


def test_a_week_has_the_mean_and_the_worst_of_its_scores():
    week = weekly_pain(series_with_pain([2, 4, np.nan, 6, np.nan, np.nan, np.nan]))[0]
    assert (week.week, week.average, week.worst, week.days) == (MONDAY, 4.0, 6, 3)


def test_weeks_run_monday_to_sunday_whatever_day_the_journal_starts():
    weeks = weekly_pain(series_with_pain([3, 3, 5], start=MONDAY - datetime.timedelta(days=1)))
    assert [week.week for week in weeks] == [MONDAY - datetime.timedelta(days=7), MONDAY]


def test_pain_falling_from_six_to_three_is_a_meaningful_improvement():
    change = pain_change(weekly_pain(series_with_pain([6] * 14 + [4] * 14 + [3] * 14)))
    assert (change.baseline, change.now, change.direction) == (6.0, 3.0, "better")


def test_pain_from_four_to_three_is_within_the_minimal_important_change():
    change = pain_change(weekly_pain(series_with_pain([4] * 14 + [3.5] * 7 + [3] * 14)))
    assert change.direction == "no_change"


def test_three_weeks_of_pain_have_no_now_apart_from_the_baseline():
    assert pain_change(weekly_pain(series_with_pain([5] * 21))) is None


def test_a_psfs_mean_up_by_two_points_is_a_detectable_change_and_by_one_and_a_half_is_not():
    assert psfs_change([4.0, 5.0, 6.0]).direction == "better"
    assert psfs_change([4.0, 5.5]).direction == "no_change"


def test_adherence_counts_full_weeks_only():
    core = [True, False, True, False, True, False, False] * 2 + [True, True]  # two full weeks, then two days
    weeks = weekly_sessions(DailySeries.from_lists(MONDAY, core=core, pain=[np.nan] * len(core)))
    assert adherence(weeks, target=3) == (3.0, 2, 2)
