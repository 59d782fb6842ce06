"""The slack-off method's parts on hand-made numbers: each lapse against the line through the pain around it,
the shifted copies, the p-value that knows how many independent shifts it really has, and the data gates."""

import datetime

import numpy as np
import pytest

from tracker.insights import DailySeries, analyse
from tracker.insights.episodes import (
    effective_size,
    predictive_p_value,
    student_t_tail,
    windows_for_every_shift,
)
from tracker.insights.slack_off import onsets_for

START = datetime.date(2024, 1, 1)


def windows(pain, starts, lengths, onsets=(0,)):
    return windows_for_every_shift(np.array(pain, dtype=float), starts, lengths, list(onsets), [0])


def test_a_steady_rise_through_a_lapse_is_not_an_effect():
    # Pain climbs a point a month whatever the runner does: the line through before and after absorbs it.
    pain = 2 + np.arange(200) / 30
    found = windows(pain, [80], [30])
    assert found.effect[0, 0, 0] - found.baseline[0, 0, 0] == pytest.approx(0, abs=1e-9)


def test_pain_that_rises_in_the_lapse_and_settles_after_is_the_effect():
    pain = np.full(200, 2.0)
    pain[80:117] = 5.0  # the lapse (80-109) and the week after it
    found = windows(pain, [80], [30])
    assert found.effect[0, 0, 0] - found.baseline[0, 0, 0] == 3.0


def test_a_lapse_shorter_than_the_onset_and_a_week_does_not_count_for_that_onset():
    found = windows(np.full(200, 2.0), [80], [20], onsets=(0, 14))
    assert found.weight[0, 0, 0] > 0
    assert found.weight[0, 0, 1] == 0


def test_the_onsets_tried_reach_a_week_short_of_the_longest_lapse():
    assert list(onsets_for([12, 50])) == [0, 3, 7, 10, 14, 21, 28, 35, 42]


def test_pain_already_up_when_the_runner_stopped_shows_in_the_stop_window():
    pain = np.full(200, 2.0)
    pain[78:110] = 5.0  # a flare two days before the lapse
    found = windows(pain, [80], [30])
    assert found.stop[0, 0] > 2


def test_a_lapse_with_another_starting_soon_after_is_judged_against_the_pain_before_alone():
    pain = np.full(300, 2.0)
    pain[120:150] = 6.0  # the second lapse's own pain must not become the first one's baseline
    found = windows(pain, [80, 120], [20, 20])
    assert found.baseline[0, 0, 0] == 2.0


def test_the_t_tail_matches_known_values():
    assert student_t_tail(1.812, 10) == pytest.approx(0.05, abs=1e-3)
    assert student_t_tail(2.228, 10) == pytest.approx(0.025, abs=1e-3)
    assert student_t_tail(1.645, 10**6) == pytest.approx(0.05, abs=1e-3)


def test_a_slowly_wandering_sequence_is_worth_fewer_values_than_it_has():
    rng = np.random.default_rng(1)
    wander = np.convolve(rng.normal(size=430), np.ones(31), "valid")  # a moving sum: neighbours share 30 days
    assert effective_size(wander) < 60
    assert effective_size(rng.normal(size=400)) > 200


def test_beating_every_shift_of_a_few_independent_values_is_not_a_tiny_p():
    # 300 shifts that are really 10 values repeated: beating them all is about a 1-in-11 event.
    null = np.repeat(np.linspace(-1.5, 1.5, 10), 30)
    assert predictive_p_value(1.6, null) > 1 / 301


def test_an_observed_value_far_beyond_the_shifts_gets_a_small_p():
    null = np.random.default_rng(2).normal(size=300)
    assert predictive_p_value(6.0, null) < 0.001


def test_a_skewed_null_keeps_the_share_of_shifts_beyond_the_observed_value():
    null = np.concatenate((np.zeros(270), np.full(30, 5.0)))
    assert predictive_p_value(4.0, null) >= 0.1


def routine_with_lapses(days, lapses):
    core = [True] * days
    for start, length in lapses:
        core[start : start + length] = [False] * length
    return core


def test_twelve_weeks_of_daily_pain_with_two_short_breaks_get_a_verdict():
    core = routine_with_lapses(84, [(30, 12), (60, 12)])
    slack = analyse(DailySeries.from_lists(START, core=core, pain=[3] * 84)).slack_off
    assert slack.verdict == "no_pattern"
    assert slack.lapses_compared == 2


def test_eleven_weeks_of_pain_are_not_enough_and_it_says_how_many_there_are():
    core = routine_with_lapses(83, [(30, 12), (60, 12)])
    slack = analyse(DailySeries.from_lists(START, core=core, pain=[3] * 83)).slack_off
    assert "a verdict needs 12 weeks of pain scores, and yours cover 11 weeks so far" in slack.summary


def test_a_single_break_says_a_pattern_must_be_seen_twice():
    core = routine_with_lapses(120, [(50, 20)])
    slack = analyse(DailySeries.from_lists(START, core=core, pain=[3] * 120)).slack_off
    assert slack.verdict == "not_enough_data"
    assert "so far your journal has 1 break of 10 days or more" in slack.summary


def test_breaks_without_pain_around_them_say_so():
    core = routine_with_lapses(150, [(40, 20), (100, 20)])
    pain = [None] * 100 + [3] * 50  # the first break has no check-ins in or before it
    slack = analyse(DailySeries.from_lists(START, core=core, pain=pain)).slack_off
    assert "need pain scores during them and in the three weeks before them" in slack.summary


def test_a_runner_below_their_target_is_told_which_setting_to_change():
    core = [day % 7 in (0, 3) and not 100 <= day < 130 and not 200 <= day < 230 for day in range(300)]
    slack = analyse(DailySeries.from_lists(START, core=core, pain=[3] * 300), weekly_target=3).slack_off
    assert "set your weekly target to 2 in your profile" in slack.target_note


def test_pain_logged_three_days_a_week_is_enough_for_a_verdict():
    core = routine_with_lapses(300, [(60, 25), (150, 25), (230, 25)])
    pain = [3 if day % 7 in (0, 2, 4) else None for day in range(300)]
    assert analyse(DailySeries.from_lists(START, core=core, pain=pain)).slack_off.verdict != "not_enough_data"
