"""The daily series every insight reads, and the window arithmetic they share.

Dates are calendar dates counted by index from `start`, so clock changes (daylight saving) cannot shift a day.
Missing pain is NaN; every other series is zero on days without entries.
"""

import datetime
from dataclasses import dataclass, replace

import numpy as np


@dataclass(frozen=True, eq=False)
class DailySeries:
    start: datetime.date
    core: np.ndarray  # bool: a workout with at least one library exercise that day
    pain: np.ndarray  # float 0-10, NaN when no check-in
    km: np.ndarray  # total distance run that day
    longest_km: np.ndarray  # the longest single run that day
    descent: np.ndarray  # metres of descent run that day
    # Whether the last day is the runner's today. A journal left for more than a year ends at its last entry
    # instead (tracker.series): nothing in it is "going on now".
    ends_today: bool = True

    def __post_init__(self):
        lengths = {len(self.core), len(self.pain), len(self.km), len(self.longest_km), len(self.descent)}
        if len(lengths) != 1:
            raise ValueError("Every daily series must cover the same days.")

    @property
    def days(self):
        return len(self.core)

    @property
    def end(self):
        """The last day covered (the runner's today); the day before start when there are no days."""
        return self.date_of(self.days - 1)

    def date_of(self, index):
        return self.start + datetime.timedelta(days=int(index))

    def last_entry_index(self):
        """The last day with anything logged (pain, core work or a run); 0 for an empty journal."""
        logged = np.flatnonzero(self.core | ~np.isnan(self.pain) | (self.km > 0))
        return int(logged[-1]) if len(logged) else 0

    def until(self, last_index):
        """The same journal, up to and including day `last_index`."""
        end = last_index + 1
        return replace(
            self,
            core=self.core[:end],
            pain=self.pain[:end],
            km=self.km[:end],
            longest_km=self.longest_km[:end],
            descent=self.descent[:end],
        )

    @classmethod
    def from_lists(cls, start, core=(), pain=(), km=None, longest_km=None, descent=None):
        """Build from plain lists (None for missing pain); shorter lists are padded with empty days."""
        days = max(len(core), len(pain), len(km or ()), len(longest_km or ()), len(descent or ()))

        def padded(values, fill):
            array = np.full(days, fill, dtype=float)
            array[: len(values)] = [fill if value is None else value for value in values]
            return array

        km_array = padded(km or (), 0.0)
        return cls(
            start=start,
            core=padded(core, 0.0).astype(bool),
            pain=padded(pain, np.nan),
            km=km_array,
            longest_km=padded(longest_km, 0.0) if longest_km is not None else km_array.copy(),
            descent=padded(descent or (), 0.0),
        )


def window_sums(values, starts, ends):
    """Sum and count of the non-missing values in each inclusive index window [start, end].

    Windows are clipped to the series; an empty window gives a count of 0.
    """
    present = ~np.isnan(values)
    value_totals = np.concatenate(([0.0], np.cumsum(np.where(present, values, 0.0))))
    count_totals = np.concatenate(([0], np.cumsum(present)))
    last = len(values) - 1
    lo = np.clip(starts, 0, last + 1)
    hi = np.clip(np.asarray(ends) + 1, 0, last + 1)
    hi = np.maximum(hi, lo)
    return value_totals[hi] - value_totals[lo], count_totals[hi] - count_totals[lo]


def window_means(values, starts, ends, min_count=1):
    """Mean of the non-missing values in each window; NaN where fewer than min_count are present."""
    sums, counts = window_sums(values, starts, ends)
    means = np.full(len(sums), np.nan)
    enough = counts >= max(min_count, 1)
    means[enough] = sums[enough] / counts[enough]
    return means


def trailing_counts(flags, width):
    """How many of the `width` days ending on each day are flagged (days before the series count as 0)."""
    days = np.arange(len(flags))
    sums, _ = window_sums(np.asarray(flags, dtype=float), days - width + 1, days)
    return sums


def runs_of(mask):
    """Start indices and lengths of the maximal runs of True in a boolean array."""
    padded = np.concatenate(([False], np.asarray(mask, dtype=bool), [False]))
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    starts, stops = edges[0::2], edges[1::2]
    return starts, stops - starts


def mean_or_none(values):
    present = values[~np.isnan(values)]
    return float(present.mean()) if len(present) else None
