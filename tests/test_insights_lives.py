"""The slack-off verdict on synthetic runners whose truth is known, one class of real life each (see
tests/insights_lives). Twenty journals a class here, so the suite stays quick; `python -m
tests.bench.insights_lives` runs hundreds and prints the rates quoted in the README. The bounds leave room for
chance at twenty journals, and each fails when the method loses what it is for."""

import pytest

from tests.insights_lives import LIVES_BY_NAME
from tracker.insights import analyse

JOURNALS = 20


def verdicts(name, journals=JOURNALS):
    slack = []
    for seed in range(journals):
        journal = LIVES_BY_NAME[name].make(seed)
        found = analyse(journal.series, weekly_target=journal.weekly_target, lapse_days=journal.lapse_days)
        slack.append(found.slack_off)
    return slack


def share(slack, condition):
    return sum(1 for item in slack if condition(item)) / len(slack)


def is_pattern(item):
    return item.verdict == "pattern"


@pytest.mark.parametrize("name", ["planted", "long_lapses", "sparse_logger"])
def test_a_real_slack_off_effect_is_found_in_nearly_every_journal(name):
    assert share(verdicts(name), is_pattern) >= 0.9


def test_a_runner_keeping_a_low_target_still_has_the_effect_found():
    assert share(verdicts("low_target"), is_pattern) >= 0.8


def test_a_runner_below_the_default_target_is_told_which_setting_to_change():
    slack = verdicts("low_target_default_setting")
    assert share(slack, lambda item: "set your weekly target to" in item.target_note) >= 0.9


@pytest.mark.parametrize(
    "name", ["seasonal", "healing", "mileage_soreness", "ended_early", "ended_yesterday"]
)
def test_pain_with_another_cause_is_rarely_called_a_pattern(name):
    assert share(verdicts(name), is_pattern) <= 0.1


def test_flares_that_stop_the_routine_are_never_called_a_pattern():
    assert share(verdicts("pain_caused"), is_pattern) == 0


def test_flares_that_stop_the_routine_are_mostly_named_as_such():
    assert share(verdicts("pain_caused"), lambda item: item.pain_stops_exercise) >= 0.75


@pytest.mark.parametrize("name", ["ended_early", "ended_yesterday", "independent"])
def test_independent_pain_is_rarely_said_to_stop_the_exercise(name):
    assert share(verdicts(name), lambda item: item.pain_stops_exercise) <= 0.1


def test_independent_pain_gets_a_small_p_no_more_often_than_chance_allows():
    slack = verdicts("independent", journals=60)
    assert share(slack, lambda item: item.p_value is not None and item.p_value < 0.05) <= 0.12


def test_less_than_twelve_weeks_is_never_enough():
    assert share(verdicts("too_short"), lambda item: item.verdict == "not_enough_data") == 1


def test_twelve_weeks_of_daily_pain_never_hear_they_should_log_more_pain():
    slack = verdicts("short_journal")
    assert share(slack, lambda item: "keep checking in" in item.summary.lower()) == 0
