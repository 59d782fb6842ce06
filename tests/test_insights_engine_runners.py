"""Synthetic runners whose truth is known: the slack-off verdict must find what is there and only that."""

from tests.factories_insights import flare_stopper, indifferent, lapse_climber, mileage_builder
from tracker.insights import analyse, as_json


def test_it_finds_the_pattern_when_pain_climbs_a_week_into_each_lapse():
    slack = analyse(lapse_climber(seed=7)).slack_off
    assert slack.verdict == "pattern"
    assert slack.difference >= 2
    assert "That is a pattern in your data, not proof." in slack.summary


def test_it_finds_the_pattern_for_most_lapse_climbers():
    verdicts = [analyse(lapse_climber(seed)).slack_off.verdict for seed in range(20)]
    assert verdicts.count("pattern") >= 18


def test_it_estimates_how_many_days_into_a_lapse_pain_climbs():
    # The synthetic pain starts rising on day 7 and reaches its plateau on day 14.
    assert 7 <= analyse(lapse_climber(seed=3)).slack_off.climb_days <= 14


def test_it_finds_no_pattern_in_at_least_18_of_20_runners_whose_pain_ignores_their_routine():
    verdicts = [analyse(indifferent(seed)).slack_off.verdict for seed in range(20)]
    assert verdicts.count("pattern") <= 2


def test_it_does_not_claim_slacking_off_when_pain_flares_stop_the_routine():
    slack = analyse(flare_stopper(seed=3, days=730, flare_count=7)).slack_off
    # On its own the forward test would pass: pain is higher after lapsed fortnights, p < 0.05.
    assert slack.p_value < 0.05 and slack.difference >= 1
    assert slack.reverse_stronger is True
    assert slack.verdict == "no_pattern"


def test_it_says_pain_may_be_what_stops_the_exercise_for_a_flare_stopper():
    slack = analyse(flare_stopper(seed=9, days=730, flare_count=7)).slack_off
    assert slack.headline == "Pain may be what stops the exercise"
    assert "pain may be what stops the exercise" in slack.summary


def test_pain_flares_are_not_called_a_pattern_for_any_of_ten_runners():
    verdicts = [analyse(flare_stopper(seed, days=730, flare_count=7)).slack_off.verdict for seed in range(10)]
    assert "pattern" not in verdicts


def test_the_reverse_check_passes_for_a_lapse_climber():
    assert analyse(lapse_climber(seed=7)).slack_off.reverse_stronger is False


def test_a_mileage_build_up_during_lapses_is_not_mistaken_for_slacking_off():
    verdicts = [analyse(mileage_builder(seed)).slack_off.verdict for seed in range(6)]
    assert "pattern" not in verdicts


def test_six_weeks_of_data_is_not_enough_even_with_pain_climbing_in_two_lapses():
    series = lapse_climber(seed=1, days=42, lapses=[(8, 14), (26, 12)])
    slack = analyse(series).slack_off
    assert slack.verdict == "not_enough_data"
    assert "a verdict needs 12 weeks of pain scores, and yours cover 6 weeks so far" in slack.summary


def test_the_same_journal_always_gives_the_same_answer():
    series = lapse_climber(seed=5)
    assert as_json(analyse(series)) == as_json(analyse(series))
