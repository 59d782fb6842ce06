"""The synthetic lives themselves (tests.insights_lives): each class is what its docstring says it is.

None of these runs the insights engine: they check the instrument, not what it measures.
"""

import datetime

import numpy as np
import pytest

from tests.insights_lives import (
    LIVES,
    ended_early,
    ended_yesterday,
    healing,
    independent,
    long_lapses,
    low_target,
    low_target_default_setting,
    mileage_soreness,
    old_journal,
    pain_caused,
    planted,
    seasonal,
    short_journal,
    sparse_logger,
    stray_1900,
    too_short,
)

SEEDS = range(6)


def entries(series):
    """Days with anything logged: a core session, a pain check-in or a run."""
    return series.core | ~np.isnan(series.pain) | (series.km > 0)


def outside_lapses(journal):
    mask = np.ones(journal.series.days, dtype=bool)
    for start, length in journal.planted_lapses:
        mask[start : start + length] = False
    return mask


@pytest.mark.parametrize("life", LIVES, ids=lambda life: life.name)
def test_every_life_is_a_journal_as_the_app_builds_it(life):
    for seed in range(3):
        journal = life.make(seed)
        series = journal.series
        logged = series.pain[~np.isnan(series.pain)]
        assert journal.truth in {"pattern", "none", "either"}
        assert isinstance(journal.weekly_target, int) and journal.lapse_days == 10
        assert entries(series)[0], "the series starts on the first entry"
        assert np.array_equal(logged, np.round(logged)) and logged.min() >= 0 and logged.max() <= 10
        assert len(logged) > 0 and series.km.min() >= 0


@pytest.mark.parametrize("life", LIVES, ids=lambda life: life.name)
def test_the_same_seed_gives_the_same_journal(life):
    first, again = life.make(4).series, life.make(4).series
    assert first.start == again.start
    assert np.array_equal(first.pain, again.pain, equal_nan=True) and np.array_equal(first.core, again.core)


def test_nuisance_habits_vary_from_seed_to_seed():
    journals = [independent(seed) for seed in range(30)]
    baselines = [journal.details["baseline"] for journal in journals]
    missing = [np.isnan(journal.series.pain).mean() for journal in journals]
    assert max(baselines) - min(baselines) > 1.5
    assert min(journal.series.days for journal in journals) < 450 < 650 < max(j.series.days for j in journals)
    assert min(missing) > 0.02 and max(missing) < 0.40 and 0.08 < np.mean(missing) < 0.22
    assert {journal.details["kind"] for journal in journals} == {"wander", "flares", "drift"}


def test_long_lapses_last_six_to_ten_weeks_between_two_sessions():
    for seed in SEEDS:
        journal = long_lapses(seed)
        core = journal.series.core
        assert 548 <= journal.series.days <= 730 and 2 <= len(journal.planted_lapses) <= 4
        for start, length in journal.planted_lapses:
            assert 42 <= length <= 70
            assert not core[start : start + length].any() and core[start - 1] and core[start + length]


def test_pain_climbs_late_in_long_lapses_and_early_in_planted_ones():
    def rise(journal, days_in):
        pain = journal.series.pain
        rises = [
            np.nanmean(pain[start + days_in : start + length]) - np.nanmean(pain[start - 14 : start])
            for start, length in journal.planted_lapses
            if length > days_in + 3
        ]
        return np.mean(rises)

    assert np.mean([rise(long_lapses(seed), 0) for seed in SEEDS]) < np.mean(
        [rise(long_lapses(seed), 42) for seed in SEEDS]
    )
    assert np.mean([rise(long_lapses(seed), 42) for seed in SEEDS]) > 1.0
    assert np.mean([rise(planted(seed), 14) for seed in SEEDS]) > 1.5


def test_sparse_loggers_log_pain_on_mondays_wednesdays_and_fridays_only():
    for seed in SEEDS:
        series = sparse_logger(seed).series
        weekday = np.array([series.date_of(day).weekday() for day in range(series.days)])
        logged = ~np.isnan(series.pain)
        assert set(weekday[logged]) <= {0, 2, 4}
        assert logged[np.isin(weekday, (0, 2, 4))].mean() > 0.7


def test_low_target_runners_do_one_or_two_sessions_a_week_and_the_default_setting_is_the_same_journal():
    for seed in SEEDS:
        journal, unchanged = low_target(seed), low_target_default_setting(seed)
        assert journal.weekly_target == 2 and unchanged.weekly_target == 3
        assert np.array_equal(journal.series.core, unchanged.series.core)
        assert 0.8 <= journal.series.core[outside_lapses(journal)].mean() * 7 <= 2.4


def test_seasonal_pain_is_worse_in_winter_and_a_lapse_covers_every_christmas():
    years = set()
    for seed in range(10):
        journal = seasonal(seed)
        series = journal.series
        years.add(series.days // 365)
        months = np.array([series.date_of(day).month for day in range(series.days)])
        winter = np.nanmean(series.pain[np.isin(months, (12, 1, 2))])
        summer = np.nanmean(series.pain[np.isin(months, (6, 7, 8))])
        assert winter > summer + 0.5
        for year in range(series.start.year, series.end.year + 1):
            christmas = (datetime.date(year, 12, 25) - series.start).days
            if 28 <= christmas < series.days - 40:
                assert any(start <= christmas < start + n for start, n in journal.planted_lapses)
    assert years == {1, 2}


def test_healing_pain_eases_while_the_routine_gets_steadier():
    for seed in SEEDS:
        journal = healing(seed)
        pain, days = journal.series.pain, journal.series.days
        assert np.nanmean(pain[:60]) > np.nanmean(pain[300:]) + 2
        early = sum(length for start, length in journal.planted_lapses if start < days / 2)
        late = sum(length for start, length in journal.planted_lapses if start >= days / 2)
        assert early > late


def test_big_mileage_weeks_come_with_a_lapse_and_lingering_soreness():
    for seed in SEEDS:
        journal = mileage_soreness(seed)
        series = journal.series
        for week in journal.details["big_weeks"]:
            assert series.km[week : week + 7].sum() >= 1.7 * journal.details["usual_week_km"]
            assert not series.core[week : week + 7].any()
        soreness_after = [
            np.nanmean(series.pain[week + 7 : week + 12]) for week in journal.details["big_weeks"]
        ]
        assert np.mean(soreness_after) > np.nanmean(series.pain) + 0.5


def test_pain_caused_lapses_begin_one_to_three_days_into_a_flare():
    for seed in SEEDS:
        journal = pain_caused(seed)
        flare_starts = [start for start, _ in journal.details["flares"]]
        after_flares = [
            start for start, _ in journal.planted_lapses if any(0 < start - f <= 3 for f in flare_starts)
        ]
        assert len(after_flares) >= 2


def test_ended_early_ends_with_about_eleven_empty_months_and_the_variant_ends_yesterday():
    for seed in SEEDS:
        early, yesterday = ended_early(seed).series, ended_yesterday(seed).series
        last_entry = int(np.flatnonzero(entries(early))[-1])
        assert 320 <= early.days - 1 - last_entry <= 340
        assert not early.km[last_entry + 1 :].any() and np.isnan(early.pain[last_entry + 1 :]).all()
        assert yesterday.days == last_entry + 2 and yesterday.start == early.start
        assert np.array_equal(yesterday.pain[:-1], early.pain[: last_entry + 1], equal_nan=True)


def test_short_journals_are_84_days_logged_daily_with_two_lapses_and_too_short_ones_under_12_weeks():
    for seed in SEEDS:
        journal = short_journal(seed)
        assert journal.series.days == 84 and not np.isnan(journal.series.pain).any()
        assert [12 <= length <= 14 for _, length in journal.planted_lapses] == [True, True]
        assert 30 <= too_short(seed).series.days <= 80


def test_a_stray_1900_row_and_a_1990_journal_stretch_the_series_to_today():
    today = datetime.date(2026, 12, 5)
    stray = stray_1900(0, today=today).series
    assert stray.start == datetime.date(1900, 1, 1) and stray.end == today and stray.pain[0] == 3
    assert not entries(stray)[1 : stray.days - 365].any()
    old = old_journal(0, today=today).series
    assert old.start.year == 1990 and old.end == today
    assert not entries(old)[365:].any()
