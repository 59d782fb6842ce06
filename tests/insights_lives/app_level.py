"""Journals whose trouble is in the dates, not the statistics: the app builds the series from the first entry
to today, so one wrong date stretches it over a century. No verdict is owed (truth "either"); what these show
is the series length, and what the engine costs on it.
"""

import datetime

import numpy as np

from tests.insights_lives.building import LATEST_TODAY, Journal, with_empty_days
from tests.insights_lives.planted import planted
from tracker.insights import DailySeries

STRAY_DAY = datetime.date(1900, 1, 1)
OLD_JOURNAL_END = datetime.date(1990, 12, 31)


def stray_1900(seed, today=None, stray_pain=3.0):
    """A recent year of the `planted` runner's journal ending today (LATEST_TODAY unless given), plus one
    check-in dated 1900-01-01 (a date picker's default, an import with a broken date column): the series runs
    from 1900 to today.

    Realistic: bad dates reach every app that imports files or takes typed dates."""
    today = today or LATEST_TODAY
    recent = planted(seed, days=365, today=today)
    series = recent.series
    before = (series.start - STRAY_DAY).days
    pain = np.full(before, np.nan)
    pain[0] = stray_pain
    stretched = DailySeries(
        STRAY_DAY,
        np.concatenate((np.zeros(before, dtype=bool), series.core)),
        np.concatenate((pain, series.pain)),
        np.concatenate((np.zeros(before), series.km)),
        np.concatenate((np.zeros(before), series.longest_km)),
        np.concatenate((np.zeros(before), series.descent)),
    )
    shifted_lapses = tuple((start + before, length) for start, length in recent.planted_lapses)
    return Journal(
        stretched, recent.weekly_target, "either", planted_lapses=shifted_lapses, details=recent.details
    )


def old_journal(seed, today=None):
    """The `planted` runner's year logged entirely in 1990 (an old paper diary typed in, or a clock set
    wrong), the series running on to today: a year of entries and three decades of empty days."""
    today = today or LATEST_TODAY
    old = planted(seed, days=365, today=OLD_JOURNAL_END)
    series = with_empty_days(old.series, (today - OLD_JOURNAL_END).days)
    return Journal(
        series, old.weekly_target, "either", planted_lapses=old.planted_lapses, details=old.details
    )
