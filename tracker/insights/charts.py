"""The numbers behind the four insights charts (and their tables), as plain dicts ready for json_script."""

import numpy as np

from tracker.insights.daily import trailing_counts, window_means
from tracker.insights.mileage import weekly_sums
from tracker.insights.report import iso, number
from tracker.units import METRES_PER_UNIT, metres_per_unit

FORTNIGHT = 14
# Each point of the scatter reads a week of pain, with at least three check-ins in it.
OUTCOME_DAYS = 7
MIN_OUTCOME_VALUES = 3


def in_units(km, units):
    """A distance in km, in the runner's own units (km or miles), to one decimal."""
    return number(km * 1000 / float(metres_per_unit(units)), 1)


def timeline(series, insights, units):
    """Per Monday-to-Sunday week: core sessions, mean pain, distance; and the lapses to shade."""
    starts, sessions, _ = weekly_sums(series, series.core.astype(float))
    _, pain_totals, pain_counts = weekly_sums(series, series.pain)
    _, distances, _ = weekly_sums(series, series.km)
    weeks = [
        {
            "week": iso(series.date_of(start)),
            "sessions": int(count),
            "pain": number(total / logged, 1) if logged else None,
            "distance": in_units(km, units),
        }
        for start, count, total, logged, km in zip(
            starts, sessions, pain_totals, pain_counts, distances, strict=True
        )
    ]
    lapses = [
        {"start": iso(lapse.start), "end": iso(lapse.end or series.end), "open": lapse.is_open}
        for lapse in insights.lapses
    ]
    return {"weeks": weeks, "lapses": lapses}


def first_core_day(core):
    """Index of the first core session, or None when there is none."""
    sessions = np.flatnonzero(core)
    return int(sessions[0]) if len(sessions) else None


def consistency_scatter(series, insights):
    """One point a week (counted back from today): core sessions in the 14 days before, and the mean pain of a
    week after them. The week is placed where the slack-off test found pain highest: a lapse that began with
    the fortnight is then `lag_days` into its course."""
    lag = max(0, (insights.slack_off.lag_days or 0) - FORTNIGHT)
    first = first_core_day(series.core)
    if first is None:
        return {"lag_days": lag, "points": []}
    days = np.arange(series.days)
    sessions = trailing_counts(series.core, FORTNIGHT)
    following = window_means(series.pain, days + lag + 1, days + lag + OUTCOME_DAYS, MIN_OUTCOME_VALUES)
    following[days + lag + OUTCOME_DAYS > series.days - 1] = np.nan
    chosen = days[(days - (series.days - 1)) % 7 == 0]
    chosen = chosen[(chosen >= first + FORTNIGHT - 1) & ~np.isnan(following[chosen])]
    points = [
        {
            "date": iso(series.date_of(day)),
            "sessions": int(sessions[day]),
            "pain_after": number(following[day], 1),
        }
        for day in chosen
    ]
    return {"lag_days": lag, "points": points}


def lapse_pairs(insights):
    return [
        {
            "start": iso(lapse.start),
            "days": lapse.days,
            "pain_before": number(lapse.pain_before, 1),
            "pain_after": number(lapse.pain_after, 1),
        }
        for lapse in insights.lapses
    ]


def distance_with_spikes(insights, units):
    spike_weeks = {spike.date.toordinal() - spike.date.weekday() for spike in insights.spikes}
    return [
        {
            "week": iso(week.week),
            "distance": in_units(week.km, units),
            "spike": week.week.toordinal() in spike_weeks,
        }
        for week in insights.weekly
    ]


def chart_data(series, insights, units="km"):
    return {
        "today": iso(series.end),
        "unit": units if units in METRES_PER_UNIT else "km",
        "timeline": timeline(series, insights, units),
        "scatter": consistency_scatter(series, insights),
        "lapses": lapse_pairs(insights),
        "distance": distance_with_spikes(insights, units),
    }
