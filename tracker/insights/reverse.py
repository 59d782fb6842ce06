"""The reverse check: does pain move first and the core work follow, rather than the other way round?

Testing pain levels against later consistency cannot tell the two stories apart: lapses last weeks and so does
pain, so high pain "predicts" low consistency whichever caused which. What separates them is who moves first.
So this compares week-on-week changes: a drop in core sessions (7-day count against the week before) and a
rise in pain (7-day mean against the week before). Both use 7-day windows so neither side is favoured. The
cross-correlation at lags 1..21 where the core drop comes first measures "lapses lead pain"; at lags 1..21
where the pain rise comes first, "pain leads lapses". If pain leads at least as strongly, pain may be what
stops the exercise. The circular-shift null (shifts 28..n-28) gives the pain-first direction a p-value,
maximum over lags.
"""

from dataclasses import dataclass

import numpy as np

from tracker.insights.daily import trailing_counts, window_means
from tracker.insights.slack_off import shift_p_value

WEEK = 7
MAX_LEAD = 21
MIN_SHIFT = 28
MIN_PAIRS = 28


@dataclass(frozen=True)
class LeadLag:
    lapses_lead_pain: float | None  # strongest correlation: core drop, then pain rise
    pain_leads_lapses: float | None  # strongest correlation: pain rise, then core drop
    pain_leads_p_value: float | None

    @property
    def reverse_stronger(self):
        if self.lapses_lead_pain is None or self.pain_leads_lapses is None:
            return None
        return self.pain_leads_lapses >= self.lapses_lead_pain


def weekly_changes(series, exposure_values):
    """(core drop, pain rise) on each day, NaN where not defined (before the routine's first fortnight)."""
    days = np.arange(series.days)
    core_week = trailing_counts(series.core, WEEK)
    pain_week = window_means(series.pain, days - WEEK + 1, days, min_count=3)
    core_drop = np.full(series.days, np.nan)
    pain_rise = np.full(series.days, np.nan)
    core_drop[WEEK:] = core_week[:-WEEK] - core_week[WEEK:]
    pain_rise[WEEK:] = pain_week[WEEK:] - pain_week[:-WEEK]
    core_drop[np.isnan(exposure_values)] = np.nan
    return core_drop, pain_rise


def _standardised(values):
    present = ~np.isnan(values)
    if present.sum() < MIN_PAIRS:
        return None
    centred = np.where(present, values - values[present].mean(), 0.0)
    scale = np.sqrt((centred**2).sum())
    return centred / scale if scale > 0 else None


def lead_lag(series, exposure_values):
    core_drop, pain_rise = weekly_changes(series, exposure_values)
    both = ~np.isnan(core_drop) & ~np.isnan(pain_rise)
    drop = _standardised(np.where(both, core_drop, np.nan))
    rise = _standardised(np.where(both, pain_rise, np.nan))
    days = series.days
    if drop is None or rise is None or days < 2 * MIN_SHIFT + 1:
        return LeadLag(None, None, None)
    # cross[m] = sum over d of drop[d] * rise[d + m], circular: m > 0 has the core drop first,
    # m < 0 the pain rise first.
    cross = np.fft.irfft(np.conj(np.fft.rfft(drop)) * np.fft.rfft(rise), n=days)
    leads = np.arange(1, MAX_LEAD + 1)
    lapses_first = float(cross[leads].max())
    pain_first = float(cross[-leads].max())
    shifts = np.arange(MIN_SHIFT, days - MIN_SHIFT + 1)
    null = cross[(shifts[:, None] - leads[None, :]) % days].max(axis=1)
    return LeadLag(lapses_first, pain_first, shift_p_value(pain_first, null))
