"""Running load: weekly distance, spikes, the two-week build-up, the 7:28 ratio, descent, and the adjustment
that keeps a mileage build-up from passing for a lapse effect."""

import datetime
from dataclasses import dataclass

import numpy as np

from tracker.insights.daily import trailing_counts, window_sums

SPIKE_OVER = 1.10  # a run more than 10% longer than the longest of the previous 30 days
SPIKE_LOOKBACK_DAYS = 30
TWO_WEEK_RISE = 1.30
SPIKE_EFFECT_DAYS = 7  # pain may follow a spike for about a week
LOAD_WEEKS = 3
USUAL_MARGIN = 1.25
MIN_LOGGED_FOR_ADJUSTMENT = 28
RATIO_NEEDS_DAYS = 28  # the 7:28 ratio compares this week with the average week of four


@dataclass(frozen=True)
class WeekDistance:
    week: datetime.date  # the Monday
    km: float


@dataclass(frozen=True)
class WeeklyDistances:
    """Every week's distance from the Monday `first_week` on, read as WeekDistance one week at a time. Kept
    as plain numbers: a ten-year journal has 520 weeks, and they travel through the shared cache with the
    insights, where as many small objects cost more to store and read back than the rest together."""

    first_week: datetime.date | None
    km: tuple[float, ...]

    def __iter__(self):
        for index, km in enumerate(self.km):
            yield WeekDistance(self.first_week + datetime.timedelta(weeks=index), km)

    def __len__(self):
        return len(self.km)


@dataclass(frozen=True)
class Spike:
    date: datetime.date
    km: float
    previous_longest_km: float
    increase_pct: float
    index: int


@dataclass(frozen=True)
class LoadNow:
    """The last 28 days as of today: the two-week change (a warning) and the 7:28 ratio (context only).

    The ratio is None until the runner's runs span four weeks, and when the three weeks before this one had no
    run: the "average week" would then be this week spread over four, and a first week of running would read
    as four times the usual.
    """

    last_two_weeks_km: float | None
    previous_two_weeks_km: float | None
    two_week_increase_pct: float | None
    acute_chronic_ratio: float | None
    first_run: datetime.date | None = None
    running_days: int = 0  # from the first run in the journal to today, both counted

    @property
    def enough_running(self):
        """Runs spanning four weeks: enough to compare a run or a week with the month before."""
        return self.running_days >= RATIO_NEEDS_DAYS

    @property
    def two_week_warning(self):
        return (
            self.two_week_increase_pct is not None and self.two_week_increase_pct > (TWO_WEEK_RISE - 1) * 100
        )


def week_starts(series):
    """Index of the first day of each Monday-to-Sunday week touching the series (may be negative)."""
    first = -series.start.weekday()
    return np.arange(first, series.days, 7)


def weekly_sums(series, values):
    starts = week_starts(series)
    sums, counts = window_sums(values, starts, starts + 6)
    return starts, sums, counts


def weekly_distance(series):
    starts, sums, _ = weekly_sums(series, series.km)
    first_week = series.date_of(starts[0]) if len(starts) else None
    return WeeklyDistances(first_week, tuple(round(km, 1) for km in sums.tolist()))


def previous_longest(longest_km):
    """The longest single run over the 30 days before each day."""
    padded = np.concatenate((np.zeros(SPIKE_LOOKBACK_DAYS), longest_km))
    windows = np.lib.stride_tricks.sliding_window_view(padded, SPIKE_LOOKBACK_DAYS)
    return windows[: len(longest_km)].max(axis=1, initial=0.0)


def find_spikes(series):
    before = previous_longest(series.longest_km)
    spike_days = np.flatnonzero((before > 0) & (series.longest_km > SPIKE_OVER * before))
    # In the journal's first month the "previous 30 days" are partly unknown, so nothing there is a spike.
    spike_days = spike_days[spike_days >= SPIKE_LOOKBACK_DAYS]
    return tuple(
        Spike(
            date=series.date_of(day),
            km=float(series.longest_km[day]),
            previous_longest_km=float(before[day]),
            increase_pct=float((series.longest_km[day] / before[day] - 1) * 100),
            index=int(day),
        )
        for day in spike_days
    )


def load_now(series):
    ran = np.flatnonzero(series.km > 0)
    first_run = series.date_of(ran[0]) if len(ran) else None
    running_days = int(series.days - ran[0]) if len(ran) else 0
    if series.days < RATIO_NEEDS_DAYS:
        return LoadNow(None, None, None, None, first_run, running_days)
    last, previous = float(series.km[-14:].sum()), float(series.km[-28:-14].sum())
    comparable = running_days >= RATIO_NEEDS_DAYS and series.km[-28:-7].sum() > 0
    return LoadNow(
        last_two_weeks_km=last,
        previous_two_weeks_km=previous,
        two_week_increase_pct=(last / previous - 1) * 100 if previous > 0 else None,
        acute_chronic_ratio=float(series.km[-7:].sum()) / (float(series.km[-28:].sum()) / 4)
        if comparable
        else None,
        first_run=first_run,
        running_days=running_days,
    )


def load_features(series, spikes):
    """Per day: the distance of this week, the week before and the one before that (seven-day sums, so a
    soreness that lingers ten days or more after a big week is followed); the same weeks' distance beyond
    what is usual for the runner (a quarter more than their median week), since soreness comes from running
    more than usual rather than from running as such; and whether a spike came in the last week."""
    days = np.arange(series.days)
    weeks = [window_sums(series.km, days - 7 * back - 6, days - 7 * back)[0] for back in range(LOAD_WEEKS)]
    ran = np.flatnonzero(series.km > 0)
    usual = np.median(weeks[0][ran[0] + 6 :]) if len(ran) and ran[0] + 6 < series.days else 0.0
    beyond = [np.maximum(week - USUAL_MARGIN * usual, 0) for week in weeks]
    spike_flags = np.zeros(series.days)
    spike_flags[[spike.index for spike in spikes]] = 1
    after_spike = np.minimum(trailing_counts(spike_flags, SPIKE_EFFECT_DAYS), 1)
    return np.column_stack((*weeks, *beyond, after_spike))


def adjust_for_mileage(series, spikes):
    """Pain with the part explained by the running load taken out (least squares on every logged day).

    The load comes first: whatever pain its weeks explain is taken out before lapses are looked at, so a
    block of big weeks that happens to fall in a lapse cannot pass for a lapse effect. The overall mean is
    kept, so the result still reads as pain out of 10. Returns (pain, adjusted?).
    """
    pain = series.pain
    logged = ~np.isnan(pain)
    if not series.km.any() or logged.sum() < MIN_LOGGED_FOR_ADJUSTMENT:
        return pain, False
    predictors = load_features(series, spikes)[logged]
    predictors = predictors - predictors.mean(axis=0)
    # The normal equations, with a whisker of ridge so a load that never varies cannot make them singular;
    # with centred columns the intercept drops out.
    gram = predictors.T @ predictors
    gram[np.diag_indices_from(gram)] += 1e-9 * (np.trace(gram) + 1)
    coefficients = np.linalg.solve(gram, predictors.T @ (pain[logged] - pain[logged].mean()))
    adjusted = np.full(series.days, np.nan)
    adjusted[logged] = pain[logged] - predictors @ coefficients
    return adjusted, True
