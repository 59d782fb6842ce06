"""The slack-off test: is pain higher in the weeks after lapsed fortnights than after consistent ones?

For a lag L, outcome_L[d] is the mean pain over days d+L+1 .. d+L+7, and
    delta(L) = mean outcome_L on lapsed days (exposure < 0.5) - mean outcome_L on consistent days (>= 0.8).
The scan keeps the largest delta over L = 0..21. Its p-value comes from circular shifts of the exposure series
(every shift from 28 to n-28), taking the maximum over L again for every shift, so the freedom to pick the
best lag is paid for.

Speed: the outcomes for every lag form one matrix, computed once. Shifting the exposure only moves the two day
masks, and the group totals for every shift at once are circular cross-correlations of the outcome rows with a
mask: a handful of FFTs, so all shifts of three years of data take a few milliseconds and need no sampling.
"""

import math
from dataclasses import dataclass

import numpy as np

from tracker.insights.consistency import consistent_days, lapsed_days
from tracker.insights.daily import window_sums

LAGS = np.arange(0, 22)
OUTCOME_DAYS = 7
MIN_OUTCOME_VALUES = 3  # of the 7 days, so a week with a few check-ins still counts
MIN_GROUP_DAYS = 14  # days on each side before a delta is worth computing
MIN_SHIFT = 28


@dataclass(frozen=True)
class SlackOffScan:
    lag_days: int | None
    difference: float | None
    pain_lapsed: float | None
    pain_consistent: float | None
    p_value: float | None
    shifts: int  # how many circular shifts formed the null distribution


def outcome_matrix(pain):
    """(values, present): mean pain over days d+L+1 .. d+L+7 for each lag (rows) and day (columns).

    A window that runs past the last day has not happened yet and is left out.
    """
    days = np.arange(len(pain))
    starts = days[None, :] + LAGS[:, None] + 1
    ends = starts + OUTCOME_DAYS - 1
    sums, counts = window_sums(pain, starts.ravel(), ends.ravel())
    sums, counts = sums.reshape(starts.shape), counts.reshape(starts.shape)
    present = (counts >= MIN_OUTCOME_VALUES) & (ends < len(pain))
    values = np.zeros(starts.shape)
    values[present] = sums[present] / counts[present]
    return values, present.astype(float)


def totals_for_every_shift(rows, mask):
    """totals[L, s] = sum over d of rows[L, d] * mask[(d - s) mod n] for every shift s (0: as observed)."""
    days = rows.shape[1]
    spectrum = np.conj(np.fft.rfft(mask.astype(float)))
    return np.fft.irfft(np.fft.rfft(rows, axis=1) * spectrum[None, :], n=days, axis=1)


def group_means(values, present, mask):
    """Mean outcome per lag (rows) and shift (columns) over the masked days; NaN with too few days."""
    totals = totals_for_every_shift(values, mask)
    counts = np.rint(totals_for_every_shift(present, mask))
    means = np.full(totals.shape, np.nan)
    enough = counts >= MIN_GROUP_DAYS
    means[enough] = totals[enough] / counts[enough]
    return means


def max_over_lags(differences):
    """The largest delta in each column, -inf where no lag could be computed."""
    return np.where(np.isnan(differences), -np.inf, differences).max(axis=0)


def shift_p_value(observed, null):
    """The circular-shift p-value, guarded against its own floor.

    The rank p-value is (1 + #{null >= observed}) / (1 + #null). But neighbouring shifts give nearly the
    same statistic, so a year of data holds only a dozen or two independent shifts, and an observed value that
    merely beats them all gets p = 1/(1 + #null), far too small: in simulations with no effect at all,
    p < 0.01 came up for 5% of one-year journals. So the p reported is the larger of the rank p and the
    normal tail p fitted to the same null (its mean and spread), which brought those simulations back to about
    the nominal rate.
    """
    if len(null) < 2:
        return None
    rank_p = (1 + np.count_nonzero(null >= observed - 1e-9)) / (1 + len(null))
    spread = null.std(ddof=1)
    if spread == 0:
        return float(rank_p)
    normal_tail_p = 0.5 * math.erfc((observed - null.mean()) / spread / math.sqrt(2))
    return float(max(rank_p, normal_tail_p))


def scan(pain, exposure_values):
    """Run the lag scan and its circular-shift test on (mileage-adjusted) pain."""
    if len(pain) < 2 * MIN_GROUP_DAYS:
        return SlackOffScan(None, None, None, None, None, 0)
    values, present = outcome_matrix(pain)
    lapsed_means = group_means(values, present, lapsed_days(exposure_values))
    consistent_means = group_means(values, present, consistent_days(exposure_values))
    differences = lapsed_means - consistent_means
    best_by_shift = max_over_lags(differences)
    best = best_by_shift[0]
    if not np.isfinite(best):
        return SlackOffScan(None, None, None, None, None, 0)
    lag = int(np.flatnonzero(differences[:, 0] == best)[0])
    null = best_by_shift[MIN_SHIFT : len(pain) - MIN_SHIFT + 1]
    null = null[np.isfinite(null)]
    return SlackOffScan(
        lag_days=int(LAGS[lag]),
        difference=float(best),
        pain_lapsed=float(lapsed_means[lag, 0]),
        pain_consistent=float(consistent_means[lag, 0]),
        p_value=shift_p_value(best, null),
        shifts=len(null),
    )
