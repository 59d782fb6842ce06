"""The insights' statistics in plain words: chance in bands, the 7:28 ratio as "times your usual week" only
when there is a usual week, and the descent comparison; the numbers stay in the details."""

import dataclasses
import datetime

from tests.factories_insights import lapse_climber
from tracker.insights import DailySeries, analyse
from tracker.insights.mileage import load_now
from tracker.insights.slack_off import EMPTY
from tracker.insights.verdict import NO_PATTERN, summarise
from tracker.insights.words import chance_words, descent_words, p_explained, points_words, ratio_words

START = datetime.date(2024, 1, 1)


def test_p_values_are_told_in_bands_of_plain_words():
    words = [chance_words(p) for p in (0.004, 0.03, 0.08, 0.45, None)]
    assert words == [
        "very unlikely to be chance alone",
        "unlikely to be chance alone",
        "could be chance",
        "could well be chance",
        None,
    ]


def test_the_details_say_what_a_p_value_means_and_never_finer_than_one_in_a_hundred():
    assert p_explained(0.0002) == (
        "p < 0.01: with no link at all, a difference this big turns up less than 1 time in 100"
    )
    assert p_explained(0.31).endswith("about 1 time in 3")


def test_a_difference_is_said_in_points_higher_or_lower():
    assert [points_words(value) for value in (2.46, -0.3, 0.04, 1.0)] == [
        "2.5 points higher",
        "0.3 points lower",
        "about the same",
        "1.0 point higher",
    ]


def test_the_slack_off_summary_says_chance_in_words_and_no_p_value():
    summary = analyse(lapse_climber(seed=7)).slack_off.summary
    assert "unlikely to be chance alone" in summary
    assert "p <" not in summary and "p =" not in summary


def test_no_link_with_a_small_difference_could_well_be_chance():
    scan = dataclasses.replace(EMPTY, difference=0.3, pain_lapsed=3.4, pain_consistent=3.1, p_value=0.42)
    summary = summarise(NO_PATTERN, scan, (), False, False, False, "")
    assert "3.4/10, against 3.1/10 around them: 0.3 points higher, which could well be chance." in summary


def test_the_ratio_is_told_as_times_your_usual_week():
    load = load_now(DailySeries.from_lists(START, km=[10, 0, 0, 0, 0, 0, 0] * 3 + [20, 0, 0, 0, 0, 0, 0]))
    assert ratio_words(load) == (
        "Your last 7 days: 1.6 times your usual week (your average week of the last four)."
    )


def test_a_runner_with_a_week_of_running_gets_no_ratio_but_the_reason():
    series = DailySeries.from_lists(START, pain=[3] * 60, km=[0] * 57 + [10, 0, 12])
    load = load_now(series)
    assert load.acute_chronic_ratio is None
    assert ratio_words(load) == (
        "Not enough running yet to compare this week with your usual week: that takes four weeks of runs, "
        "and your first run here was on 27 Feb 2024."
    )


def test_after_three_quiet_weeks_there_is_no_usual_week_to_compare_with():
    km = [10.0, 0, 0, 0, 0, 0, 0] * 4 + [0] * 21 + [8.0] * 7
    load = load_now(DailySeries.from_lists(START, km=km))
    assert load.acute_chronic_ratio is None
    assert ratio_words(load).startswith("No runs in the three weeks before this one")


def test_pain_after_hilly_runs_is_said_with_its_chance_in_words():
    days = 120
    km = [10.0 if day % 2 == 0 else 0.0 for day in range(days)]
    descent = [900.0 if day % 8 == 0 else 100.0 for day in range(days)]
    pain = [5.0 if (day - 1) % 8 == 0 else 2.0 for day in range(days)]
    series = DailySeries.from_lists(START, pain=pain, km=km, descent=descent)
    words = descent_words(analyse(series).descent)
    assert words.endswith(
        "(15 hilly and 45 other runs): 3.0 points higher, very unlikely to be chance alone."
    )


def test_a_new_journal_is_told_less_than_a_week_and_no_break_rather_than_zeros():
    summary = analyse(DailySeries.from_lists(START, core=[1, 0, 1], pain=[3, 2, 3])).slack_off.summary
    assert "yours cover less than a week so far" in summary
    assert "so far your journal has no break of 10 days or more" in summary


def test_a_runner_in_miles_reads_the_hilly_run_threshold_in_feet():
    from types import SimpleNamespace

    descent = SimpleNamespace(
        threshold_m=500.0,
        pain_after_hilly=4.0,
        pain_after_other=3.0,
        hilly_runs=9,
        other_runs=30,
        difference=1.0,
        p_value=0.2,
    )
    assert "runs with 1,640 ft or more of descent" in descent_words(descent, "mi")
    assert "runs with 500 m or more of descent" in descent_words(descent)
