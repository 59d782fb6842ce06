"""Lapses: runs of days without core work after the routine began, and what pain did around them."""

import datetime
from dataclasses import dataclass

import numpy as np

from tracker.insights.daily import mean_or_none, runs_of, window_means

PAIN_BEFORE_DAYS = 14
SETTLING_DAYS = 7  # pain is read from a week into the lapse until a week after it
CLIMB_HORIZON_DAYS = 35
CLIMB_POINTS = 1.0


@dataclass(frozen=True)
class Lapse:
    start: datetime.date
    end: datetime.date | None  # the last day without core work; None while the lapse goes on
    days: int
    pain_before: float | None
    pain_after: float | None
    start_index: int

    @property
    def is_open(self):
        return self.end is None


def find_lapses(series, lapse_days):
    """Every run of at least `lapse_days` days with no core work that follows a session.

    The days before the first session are not a lapse: the runner had not started yet.
    """
    starts, lengths = runs_of(~series.core)
    lapses = []
    for start, length in zip(starts, lengths, strict=True):
        start, length = int(start), int(length)
        if start == 0 or length < lapse_days:
            continue
        last = start + length - 1
        is_open = last == series.days - 1
        before = _pain_between(series.pain, start - PAIN_BEFORE_DAYS, start - 1)
        after = _pain_between(series.pain, start + SETTLING_DAYS, last + SETTLING_DAYS)
        lapses.append(
            Lapse(
                start=series.date_of(start),
                end=None if is_open else series.date_of(last),
                days=length,
                pain_before=before,
                pain_after=after,
                start_index=start,
            )
        )
    return tuple(lapses)


def _pain_between(pain, first, last):
    first, last = max(first, 0), min(last, len(pain) - 1)
    if first > last:
        return None
    return mean_or_none(pain[first : last + 1])


def climb_day(series, lapses):
    """About how many days into a lapse pain has tended to start rising, from the lapses' average rise over
    the pain before them (smoothed over a week). None unless the rise reaches at least one point."""
    rises = np.full((len(lapses), CLIMB_HORIZON_DAYS), np.nan)
    for row, lapse in enumerate(lapses):
        if lapse.pain_before is None:
            continue
        span = min(lapse.days, CLIMB_HORIZON_DAYS)
        rises[row, :span] = series.pain[lapse.start_index : lapse.start_index + span] - lapse.pain_before
    present = ~np.isnan(rises)
    counts = present.sum(axis=0)
    if not counts.any():
        return None
    average = np.full(CLIMB_HORIZON_DAYS, np.nan)
    average[counts > 0] = np.where(present, rises, 0.0).sum(axis=0)[counts > 0] / counts[counts > 0]
    days = np.arange(CLIMB_HORIZON_DAYS)
    smoothed = window_means(average, days - 3, days + 3)
    if np.all(np.isnan(smoothed)) or np.nanmax(smoothed) < CLIMB_POINTS:
        return None
    # The onset: the first day the rise reaches one point, or half its peak if that comes sooner.
    return int(np.flatnonzero(smoothed >= min(CLIMB_POINTS, np.nanmax(smoothed) / 2))[0])
