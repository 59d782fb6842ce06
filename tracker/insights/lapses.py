"""Lapses: runs of days without core work after the routine began, and what pain did around them."""

import datetime
from dataclasses import dataclass

from tracker.insights.daily import mean_or_none, runs_of

PAIN_BEFORE_DAYS = 14
SETTLING_DAYS = 7  # pain is read from a week into the lapse until a week after it


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


def find_lapses(series, lapse_days, open_at_end=None):
    """Every run of at least `lapse_days` days with no core work that follows a session.

    The days before the first session are not a lapse: the runner had not started yet. A run reaching the
    last day is open (still going on) when the series ends today, or when `open_at_end` says so.
    """
    open_at_end = series.ends_today if open_at_end is None else open_at_end
    starts, lengths = runs_of(~series.core)
    # Most gaps are a day or two between sessions: dropped at once rather than one by one.
    long_enough = (starts > 0) & (lengths >= lapse_days)
    lapses = []
    for start, length in zip(starts[long_enough], lengths[long_enough], strict=True):
        start, length = int(start), int(length)
        last = start + length - 1
        is_open = open_at_end and last == series.days - 1
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
