"""The insights engine on hand-made daily series: edge cases, lapses, consistency and the verdict rules."""

import datetime
import json

from tracker.insights import DailySeries, analyse, as_json
from tracker.insights.lapses import find_lapses
from tracker.insights.verdict import is_clinically_meaningful
from tracker.insights.words import format_p

START = datetime.date(2024, 3, 4)


def strict_json(insights):
    return json.loads(json.dumps(as_json(insights), allow_nan=False))


def test_an_empty_journal_is_not_enough_data():
    insights = analyse(DailySeries.from_lists(START))
    assert insights.slack_off.verdict == "not_enough_data"
    assert insights.slack_off.summary.startswith("Not enough data yet. Keep checking in: a verdict needs 12")


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


def test_two_points_or_thirty_percent_from_one_point_up_is_clinically_meaningful():
    assert is_clinically_meaningful(2.0, 8.0) is True
    assert is_clinically_meaningful(1.0, 3.0) is True
    assert is_clinically_meaningful(1.0, 4.0) is False


def test_thirty_percent_of_almost_no_pain_is_not_meaningful():
    assert is_clinically_meaningful(0.4, 0.5) is False


def test_p_values_under_005_are_said_as_bounds_down_to_001_and_others_with_their_digits():
    words = [format_p(p) for p in (0.0004, 0.004, 0.046, 0.052, 0.31, None)]
    assert words == ["p < 0.01", "p < 0.01", "p < 0.05", "p = 0.052", "p = 0.31", "p not computable"]


def test_a_journal_left_for_years_has_no_lapse_going_on():
    series = DailySeries.from_lists(START, core=[1] * 20 + [0] * 40, pain=[2] * 60)
    ended = analyse(DailySeries(**{**series.__dict__, "ends_today": False}))
    assert ended.lapses[-1].is_open is False
    assert ended.open_lapse is None


def test_a_lapse_of_more_than_ninety_days_is_not_warned_about():
    series = DailySeries.from_lists(START, core=[1] * 20 + [0] * 91, pain=[2] * 111)
    insights = analyse(series)
    assert insights.lapses[-1].is_open and insights.open_lapse is None
