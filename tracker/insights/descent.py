"""Pain the day after runs with a lot of descent, against the day after other runs."""

import math
from dataclasses import dataclass

import numpy as np

MIN_THRESHOLD_M = 500  # below this, no run is "hilly" whatever the runner's usual terrain
HILLY_QUANTILE = 0.75  # the runner's own top quarter of descents
MIN_RUNS = 3
MAX_SHUFFLED_VALUES = 60_000  # hilly runs x shuffles drawn before the normal approximation takes over


@dataclass(frozen=True)
class DescentPain:
    threshold_m: float | None
    pain_after_hilly: float | None
    pain_after_other: float | None
    hilly_runs: int
    other_runs: int
    p_value: float | None

    @property
    def difference(self):
        if self.pain_after_hilly is None or self.pain_after_other is None:
            return None
        return self.pain_after_hilly - self.pain_after_other


def pain_after_descent(series, rng, permutations=999):
    """Compare next-day pain after hilly run days with other run days; p from shuffling the labels."""
    run_days = np.flatnonzero(series.km[:-1] > 0) if series.days > 1 else np.array([], dtype=int)
    if not len(run_days):
        return DescentPain(None, None, None, 0, 0, None)
    threshold = max(MIN_THRESHOLD_M, float(np.quantile(series.descent[run_days], HILLY_QUANTILE)))
    next_pain = series.pain[run_days + 1]
    known = ~np.isnan(next_pain)
    hilly = (series.descent[run_days] >= threshold)[known]
    next_pain = next_pain[known]
    hilly_count, other_count = int(hilly.sum()), int((~hilly).sum())
    if hilly_count < MIN_RUNS or other_count < MIN_RUNS:
        return DescentPain(threshold, None, None, hilly_count, other_count, None)
    return DescentPain(
        threshold_m=threshold,
        pain_after_hilly=float(next_pain[hilly].mean()),
        pain_after_other=float(next_pain[~hilly].mean()),
        hilly_runs=hilly_count,
        other_runs=other_count,
        p_value=_label_shuffle_p(next_pain, hilly, rng, permutations),
    )


def _label_shuffle_p(pain, hilly, rng, permutations):
    """One-sided p that hilly runs are followed by more pain, shuffling which runs count as hilly.

    Beyond a few hundred runs the shuffles cost more than they add: the shuffled sum of a group is then
    normal to a close approximation, with the exact mean and variance of sampling without replacement.
    """
    hilly_count, total = int(hilly.sum()), len(pain)
    observed_sum = pain[hilly].sum()
    if hilly_count * permutations <= MAX_SHUFFLED_VALUES:
        picks = rng.random((permutations, total)).argpartition(hilly_count - 1, axis=1)[:, :hilly_count]
        shuffled_sums = pain[picks].sum(axis=1)
        return float((1 + np.count_nonzero(shuffled_sums >= observed_sum - 1e-9)) / (1 + permutations))
    variance = hilly_count * pain.var() * (total - hilly_count) / (total - 1)
    if variance == 0:
        return 1.0
    z = (observed_sum - hilly_count * pain.mean()) / math.sqrt(variance)
    return float(0.5 * math.erfc(z / math.sqrt(2)))
