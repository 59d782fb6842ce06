"""Running load and irritation on hand-made series: spikes, the two-week build-up, the 7:28 ratio, descent."""

import datetime

import numpy as np

from tracker.insights import Alternative, DailySeries, ExerciseIrritation, analyse, as_json
from tracker.insights.descent import pain_after_descent
from tracker.insights.irritation import irritating_exercises
from tracker.insights.mileage import find_spikes, load_now

START = datetime.date(2024, 1, 1)


def runs(*distances):
    """A month without runs, then a run of the given km every third day (0 for none)."""
    km = [0] * 30
    for distance in distances:
        km += [distance, 0, 0]
    return DailySeries.from_lists(START, km=km)


def test_a_run_more_than_ten_percent_past_the_longest_of_the_month_is_a_spike():
    (spike,) = find_spikes(runs(10, 10, 10, 11.5))
    assert (spike.date, spike.previous_longest_km, round(spike.increase_pct)) == (
        datetime.date(2024, 2, 9),
        10,
        15,
    )


def test_a_run_ten_percent_longer_is_not_a_spike():
    assert find_spikes(runs(10, 10, 11.0)) == ()


def test_only_the_previous_thirty_days_count():
    series = DailySeries.from_lists(START, km=[0] * 20 + [20] + [0] * 9 + [10] + [0] * 20 + [12])
    (spike,) = find_spikes(series)
    assert spike.previous_longest_km == 10


def test_the_first_run_ever_is_not_a_spike():
    assert find_spikes(runs(15)) == ()


def test_nothing_in_the_journals_first_month_is_a_spike():
    assert find_spikes(DailySeries.from_lists(START, km=[10, 0, 0, 20])) == ()


def test_the_api_lists_spikes_with_rounded_numbers():
    spikes = as_json(analyse(runs(10, 10, 12.345)))["mileage"]["spikes"]
    assert spikes == [{"date": "2024-02-06", "km": 12.3, "previous_longest_km": 10.0, "increase_pct": 23.5}]


def test_two_weeks_up_more_than_thirty_percent_is_a_warning():
    series = DailySeries.from_lists(START, km=[0] * 14 + [10, 0] * 7 + [20, 0, 0, 0, 0, 0, 20] * 2)
    load = load_now(series)
    assert (load.previous_two_weeks_km, load.last_two_weeks_km) == (70, 80)
    assert load.two_week_warning is False
    steeper = DailySeries.from_lists(START, km=[0] * 14 + [5, 0] * 7 + [25, 0, 0, 0, 0, 0, 25] * 2)
    assert load_now(steeper).two_week_warning is True


def test_the_seven_to_twenty_eight_day_ratio_compares_this_week_with_the_average_week():
    series = DailySeries.from_lists(START, km=[10] * 21 + [20] * 7)
    assert load_now(series).acute_chronic_ratio == 140 / ((21 * 10 + 140) / 4)


def test_load_needs_four_weeks_of_journal():
    assert load_now(DailySeries.from_lists(START, km=[10] * 27)).acute_chronic_ratio is None


def test_pain_is_higher_the_day_after_hilly_runs():
    rng = np.random.default_rng(1)
    days = 120
    km = np.where(np.arange(days) % 2 == 0, 10.0, 0.0)
    descent = np.where((km > 0) & (np.arange(days) % 8 == 0), 900.0, km * 10)
    pain = np.full(days, 2.0)
    pain[1:][descent[:-1] >= 900] = 5.0
    series = DailySeries(START, np.zeros(days, bool), pain, km, km, descent)
    result = pain_after_descent(series, rng)
    assert (result.pain_after_hilly, result.pain_after_other) == (5.0, 2.0)
    assert result.p_value < 0.01


def test_descent_needs_three_hilly_and_three_other_runs():
    series = DailySeries.from_lists(START, km=[10, 0] * 5, pain=[2] * 10, descent=[900, 0] * 2 + [50, 0] * 3)
    assert analyse(series).descent.pain_after_hilly is None


def test_exercises_irritating_twice_or_more_come_most_often_first():
    crunch = ExerciseIrritation(
        "crunch", "Crunch", 2, (Alternative("hanging-knee-raise", "Hanging knee raise"),)
    )
    deadlift = ExerciseIrritation("deadlift", "Deadlift", 3)
    once = ExerciseIrritation("glute-bridge", "Glute bridge", 1)
    assert irritating_exercises([crunch, once, deadlift]) == (deadlift, crunch)


def test_the_api_gives_irritating_exercises_with_alternative_slugs():
    crunch = ExerciseIrritation(
        "crunch", "Crunch", 2, (Alternative("hanging-knee-raise", "Hanging knee raise"),)
    )
    payload = as_json(analyse(DailySeries.from_lists(START), irritations=[crunch]))
    assert payload["irritating_exercises"] == [
        {"slug": "crunch", "times": 2, "alternatives": ["hanging-knee-raise"]}
    ]
