"""Each lapse compared with the runner's own pain around it, for the real lapses and for shifted copies.

A lapse is judged against its own surroundings rather than against the rest of the journal, so anything
slow (a season, a back that is healing, a block of high mileage) cannot pass for a lapse effect:
- before: the mean pain from 24 to 4 days before the runner stopped (the last three days are left out, as a
  flare that made them stop may already have begun);
- after: the mean pain three to six weeks after they resumed, once any lapse effect has settled;
- the baseline at any day of the lapse is the straight line between the two (before alone when the lapse is
  still going on, or another lapse follows too soon), so a steady rise or fall cancels out;
- the effect for an onset of k days: the mean pain from k days into the lapse until a week after it ended,
  minus the baseline there. Only lapses that lasted at least k + 7 days take part for that k.
The lapses' effects are pooled with weights that reflect how much pain was logged in and around each (by
at most ten days a side: pain wanders for about a week, so more days add little).

`windows_for_every_shift` computes all of this at once for the real lapses (shift 0) and for the same lapses
moved by each circular shift of the journal: the shifted copies are what the same numbers look like where
nothing happened, and form the null distribution.
"""

import math
from dataclasses import dataclass

import numpy as np

BEFORE = (-24, -4)  # days relative to the first day without core work
AFTER = (21, 41)  # days after the last day of the lapse
EFFECT_TAIL_DAYS = 7  # the effect window runs until a week after the runner resumed
MIN_EFFECT_DAYS = 7  # days of the lapse inside the effect window
MIN_VALUES = 3  # pain values a window needs to count
WEIGHT_CAP = 10
STOP_WINDOW = (-3, 3)  # the days around stopping, for the reverse check
MIN_SHIFT = 28
# Neighbouring shifts are near-copies (a lapse moved by a day finds nearly the same pain), so a few hundred
# spread over the journal describe the null as well as every one of them would.
MAX_SHIFTS = 365


@dataclass(frozen=True)
class Windows:
    """Per shift (rows) and lapse (columns; a third axis for the onsets): window means, baselines, weights."""

    effect: np.ndarray  # mean pain in the effect window, NaN where not usable
    baseline: np.ndarray
    weight: np.ndarray  # 0 where not usable
    stop: np.ndarray  # mean pain around stopping minus the pain before, NaN where not usable
    stop_weight: np.ndarray


class PainSums:
    """Sums and counts of logged pain over any windows of days, clipped to the journal."""

    def __init__(self, pain):
        present = ~np.isnan(pain)
        self.days = len(pain)
        self.totals = np.concatenate(([0.0], np.cumsum(np.where(present, pain, 0.0))))
        self.counts = np.concatenate(([0], np.cumsum(present)))

    def window(self, first, last):
        lo = np.clip(first, 0, self.days)
        hi = np.clip(np.asarray(last) + 1, 0, self.days)
        hi = np.maximum(hi, lo)
        return self.totals[hi] - self.totals[lo], self.counts[hi] - self.counts[lo]

    def mean(self, first, last):
        total, count = self.window(first, last)
        enough = count >= MIN_VALUES
        return np.where(enough, total / np.maximum(count, 1), np.nan), np.where(enough, count, 0)


def shifts_for(days):
    """0 (as observed), then shifts of the whole journal from 28 days to days - 28, at most 365 of them."""
    candidates = np.arange(MIN_SHIFT, days - MIN_SHIFT + 1)
    if len(candidates) > MAX_SHIFTS:
        candidates = candidates[np.linspace(0, len(candidates) - 1, MAX_SHIFTS).round().astype(int)]
    return np.concatenate(([0], candidates))


def windows_for_every_shift(pain, starts, lengths, onsets, shifts, open_last=False):
    """The windows of every lapse moved by every shift, for every onset.

    The journal is treated as a circle (three copies end to end), so a shifted lapse keeps every window
    whole and each shift is measured exactly as the real lapses are; only the pain it finds differs. A lapse
    still going on (`open_last`, the last one) has no days after it: its effect window ends at the last day
    and it has no "after" baseline, for every shift alike.
    """
    days = len(pain)
    sums = PainSums(np.concatenate((pain, pain, pain)))
    starts, lengths = np.asarray(starts), np.asarray(lengths)
    tail = np.full(len(starts), EFFECT_TAIL_DAYS)
    has_after = _no_lapse_start_within(starts, starts + lengths + AFTER[1])
    if open_last:
        tail[-1], has_after[-1] = 0, False
    start = days + (starts[None, :] + np.asarray(shifts)[:, None]) % days  # (shifts, lapses), middle copy
    last = start + lengths[None, :] - 1
    before, before_count = sums.mean(start + BEFORE[0], start + BEFORE[1])
    after, after_count = sums.mean(last + 1 + AFTER[0], last + 1 + AFTER[1])
    after = np.where(has_after[None, :], after, np.nan)
    after_count = np.where(has_after[None, :], after_count, 0)
    before_mid = start + (BEFORE[0] + BEFORE[1]) / 2
    after_mid = last + 1 + (AFTER[0] + AFTER[1]) / 2

    onset = np.asarray(onsets)[None, None, :]
    first = start[..., None] + onset
    final = last[..., None] + tail[None, :, None]
    effect, effect_count = sums.mean(first, final)
    centre = (first + final) / 2
    baseline = _baseline(
        before[..., None], before_mid[..., None], after[..., None], after_mid[..., None], centre
    )
    base_count = (before_count + after_count)[..., None]
    usable = (lengths[None, :, None] >= onset + MIN_EFFECT_DAYS) & ~np.isnan(effect) & ~np.isnan(baseline)
    weight = np.where(usable, _weight(effect_count, base_count), 0.0)

    around, around_count = sums.mean(start + STOP_WINDOW[0], start + STOP_WINDOW[1])
    stop = around - before
    stop_weight = np.where(np.isnan(stop), 0.0, _weight(around_count, before_count))
    return Windows(
        effect=np.where(usable, effect, np.nan),
        baseline=np.where(usable, baseline, np.nan),
        weight=weight,
        stop=stop,
        stop_weight=stop_weight,
    )


def _no_lapse_start_within(starts, until):
    """For each lapse: no other lapse starts after it and by `until` (the runner never settled back)."""
    later = (starts[None, :] > starts[:, None]) & (starts[None, :] <= until[:, None])
    return ~later.any(axis=1)


def _baseline(before, before_mid, after, after_mid, centre):
    """The line through the pain before and after, read at the centre of the effect window; the pain before
    alone when there is none after (or the reverse)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        slope = (after - before) / (after_mid - before_mid)
        line = before + slope * (centre - before_mid)
    return np.where(np.isnan(after), before, np.where(np.isnan(before), after, line))


def _weight(inside, outside):
    """1 / (1/n_inside + 1/n_outside), each count capped: roughly the inverse of the difference's variance.
    Callers zero the weight where a window has too few values."""
    inside = np.clip(inside, 1, WEIGHT_CAP).astype(float)
    outside = np.clip(outside, 1, WEIGHT_CAP).astype(float)
    return 1 / (1 / inside + 1 / outside)


def pooled(values, weights, axis):
    """Weighted mean along an axis, and the total weight; NaN where the weights add up to nothing."""
    total = weights.sum(axis=axis)
    summed = np.where(weights > 0, np.nan_to_num(values), 0.0) * weights
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, summed.sum(axis=axis) / total, np.nan), total


def predictive_p_value(observed, null):
    """P(a new value of the null process >= observed), from the shifted copies treated as what they are: a
    sample of the null distribution whose neighbours are near-copies of each other.

    Ranking the observed value among hundreds of shifts would pretend they were hundreds of independent
    draws; a year of data holds only a dozen or two (neighbouring shifts move the lapses by a few days), so
    an observed value that merely beats them all would get p = 1/300 when 1/15 is the truth. Instead the
    shifts' mean and spread estimate the null distribution, their autocorrelation says how many independent
    draws they are worth (n_eff), and p is the tail of the predictive Student t for one more draw:
    (observed - mean) / (sd * sqrt(1 + 1/n_eff)) with n_eff - 1 degrees of freedom.
    """
    null = null[np.isfinite(null)]
    if not np.isfinite(observed) or len(null) < 3:
        return None
    mean, spread = null.mean(), null.std(ddof=1)
    if spread == 0:
        return 1.0 if observed <= mean else 0.0
    n_eff = effective_size(null)
    score = (observed - mean) / (spread * np.sqrt(1 + 1 / n_eff))
    # Where the shifts themselves reach past the observed value, their share is a direct estimate of the tail
    # and is kept when larger: a skewed null (a few big flares in the journal) has a heavier tail than t's.
    share_beyond = np.count_nonzero(null >= observed - 1e-9) / len(null)
    return float(max(student_t_tail(score, n_eff - 1), share_beyond))


def effective_size(values):
    """How many independent values a correlated sequence is worth: n / (1 + 2 * sum of autocorrelations),
    summed until they first drop below zero."""
    centred = values - values.mean()
    n = len(centred)
    spectrum = np.fft.rfft(centred, n=2 * n)
    autocovariance = np.fft.irfft(spectrum * np.conj(spectrum))[:n]
    if autocovariance[0] <= 0:
        return float(n)
    correlation = autocovariance / autocovariance[0]
    negative = np.flatnonzero(correlation[1:] < 0)
    stop = negative[0] + 1 if len(negative) else n
    return float(np.clip(n / (1 + 2 * correlation[1:stop].sum()), 2, n))


def student_t_tail(score, freedom):
    """P(T >= score) for Student's t with `freedom` degrees of freedom (fractional allowed), via the
    regularised incomplete beta function."""
    x = freedom / (freedom + score * score)
    tail = 0.5 * incomplete_beta(freedom / 2, 0.5, x)
    return tail if score >= 0 else 1 - tail


def incomplete_beta(a, b, x):
    """The regularised incomplete beta function I_x(a, b), by Lentz's continued fraction."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    log_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    if x > (a + 1) / (a + b + 2):
        return 1.0 - incomplete_beta(b, a, 1 - x)
    tiny, c, d = 1e-300, 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1 / (d if abs(d) > tiny else tiny)
    fraction = d
    for m in range(1, 300):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1 + numerator * d
            d = 1 / (d if abs(d) > tiny else tiny)
            c = 1 + numerator / c
            c = c if abs(c) > tiny else tiny
            fraction *= c * d
        if abs(c * d - 1) < 1e-12:
            break
    return math.exp(log_front) * fraction / a


def rank_p_value(observed, null):
    """(1 + shifts at least as extreme) / (1 + shifts): the share of places in the journal where nothing
    happened that look at least as striking as the lapses."""
    null = null[np.isfinite(null)]
    if not np.isfinite(observed) or len(null) < 2:
        return None
    return float((1 + np.count_nonzero(null >= observed - 1e-9)) / (1 + len(null)))
