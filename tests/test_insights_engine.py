"""The insights engine on hand-made daily series: edge cases, lapses, consistency and the verdict rules."""

import datetime
import json

import numpy as np

from tracker.insights import DailySeries, analyse, as_json
from tracker.insights.consistency import consistent_spells, exposure
from tracker.insights.lapses import find_lapses
from tracker.insights.slack_off import shift_p_value
from tracker.insights.verdict import is_clinically_meaningful, weeks_with_enough_pain

START = datetime.date(2024, 3, 4)


def strict_json(insights):
    return json.loads(json.dumps(as_json(insights), allow_nan=False))


def test_an_empty_journal_is_not_enough_data():
    insights = analyse(DailySeries.from_lists(START))
    assert insights.slack_off.verdict == "not_enough_data"
    assert insights.slack_off.summary.startswith("Not enough data yet: log pain on at least 4 days a week")


def test_a_single_day_gives_no_lapses_and_no_numbers():
    payload = strict_json(analyse(DailySeries.from_lists(START, core=[1], pain=[3], km=[5])))
    assert payload["lapses"] == []
    assert payload["slack_off"]["p_value"] is None


def test_a_journal_without_any_pain_has_null_numbers_not_nan():
    series = DailySeries.from_lists(START, core=[1, 0, 1] * 100, pain=[None] * 300, km=[8, 0, 0] * 100)
    payload = strict_json(analyse(series))
    assert payload["slack_off"]["difference"] is None
    assert payload["slack_off"]["verdict"] == "not_enough_data"


def test_a_journal_without_runs_has_zero_distance_and_no_spikes():
    insights = analyse(DailySeries.from_lists(START, core=[1, 0, 1] * 100, pain=[2] * 300))
    assert {week.km for week in insights.weekly} == {0.0}
    assert insights.spikes == ()
    assert insights.slack_off.adjusted_for_mileage is False


def test_one_endless_lapse_is_open_and_has_no_end():
    series = DailySeries.from_lists(START, core=[1] + [0] * 200, pain=[3] * 201)
    (lapse,) = strict_json(analyse(series))["lapses"]
    assert lapse == {
        "start": "2024-03-05",
        "end": None,
        "days": 200,
        "pain_before": 3.0,
        "pain_after": 3.0,
        "open": True,
    }


def test_a_daylight_saving_change_does_not_move_any_day():
    # British clocks went forward on 31 March 2024: dates are calendar dates, so nothing shifts.
    core = [1] * 25 + [0] * 20 + [1] * 10
    (lapse,) = analyse(DailySeries.from_lists(START, core=core, pain=[2] * 55)).lapses
    assert (lapse.start, lapse.end, lapse.days) == (
        datetime.date(2024, 3, 29),
        datetime.date(2024, 4, 17),
        20,
    )


def test_weeks_run_from_monday_even_when_the_journal_starts_midweek():
    series = DailySeries.from_lists(datetime.date(2024, 3, 6), km=[5, 0, 0, 0, 0, 7])
    weeks = analyse(series).weekly
    assert [(week.week, week.km) for week in weeks] == [
        (datetime.date(2024, 3, 4), 5.0),
        (START + datetime.timedelta(7), 7.0),
    ]


def test_lapse_pain_is_read_before_it_and_from_a_week_in_until_a_week_after():
    core = [1] * 30 + [0] * 20 + [1] * 30
    pain = [2] * 37 + [5] * 20 + [2] * 23
    (lapse,) = find_lapses(DailySeries.from_lists(START, core=core, pain=pain), lapse_days=10)
    assert (lapse.pain_before, lapse.pain_after) == (2.0, 5.0)


def test_a_break_shorter_than_the_lapse_length_is_not_a_lapse():
    series = DailySeries.from_lists(START, core=[1] * 10 + [0] * 9 + [1] * 10, pain=[2] * 29)
    assert find_lapses(series, lapse_days=10) == ()


def test_the_days_before_the_first_session_are_not_a_lapse():
    series = DailySeries.from_lists(START, core=[0] * 40 + [1] * 10, pain=[2] * 50)
    assert find_lapses(series, lapse_days=10) == ()


def test_exposure_counts_a_fortnight_against_twice_the_weekly_target_capped_at_one():
    values = exposure(np.array([True, False] * 14), weekly_target=3)
    assert np.isnan(values[12])
    assert list(values[13:16]) == [1.0, 1.0, 1.0]
    assert exposure(np.array([True] + [False] * 13), weekly_target=7)[13] == 1 / 14


def test_a_consistent_spell_needs_fourteen_days_in_a_row():
    values = np.array([np.nan] * 13 + [1.0] * 14 + [0.2] * 5 + [0.9] * 13)
    assert consistent_spells(values) == 1


def test_pain_weeks_count_blocks_of_seven_days_with_four_check_ins():
    pain = np.array(([2.0] * 4 + [np.nan] * 3) * 11 + [2.0] * 3 + [np.nan] * 4)
    assert weeks_with_enough_pain(pain) == 11


def test_two_points_or_thirty_percent_is_clinically_meaningful():
    assert is_clinically_meaningful(2.0, 8.0) is True
    assert is_clinically_meaningful(1.0, 3.0) is True
    assert is_clinically_meaningful(1.0, 4.0) is False


def test_the_p_value_is_one_plus_the_shifts_at_least_as_large_over_one_plus_all_shifts():
    null = np.concatenate((np.zeros(95), np.ones(4) * 3.0))
    assert shift_p_value(3.0, null) == 5 / 100


def test_beating_every_shift_does_not_give_a_smaller_p_than_the_normal_tail():
    null = np.linspace(-1, 1, 300)
    assert shift_p_value(1.1, null) > 1 / 301
