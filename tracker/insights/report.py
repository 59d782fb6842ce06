"""Everything the insights page and GET /api/insights/ show, computed in one pass over the daily series."""

import math
from dataclasses import dataclass

import numpy as np

from tracker.insights.descent import DescentPain, pain_after_descent
from tracker.insights.irritation import ExerciseIrritation, irritating_exercises
from tracker.insights.lapses import Lapse, find_lapses
from tracker.insights.mileage import (
    LoadNow,
    Spike,
    WeeklyDistances,
    adjust_for_mileage,
    find_spikes,
    load_now,
    weekly_distance,
)
from tracker.insights.slack_off import scan
from tracker.insights.verdict import Evidence, SlackOff, judge
from tracker.insights.words import descent_words, format_p, ratio_words

# A lapse longer than this is not "live" any more: the runner has stopped using the routine, and a warning
# that counts hundreds of days helps nobody.
LIVE_LAPSE_MAX_DAYS = 90
LONG_BREAK_DAYS = 21


@dataclass(frozen=True)
class Insights:
    slack_off: SlackOff
    lapses: tuple[Lapse, ...]
    weekly: WeeklyDistances
    spikes: tuple[Spike, ...]
    load: LoadNow
    descent: DescentPain
    irritating: tuple[ExerciseIrritation, ...]
    days_since_last_session: int | None
    lapse_days: int

    @property
    def open_lapse(self):
        """The lapse going on today, while it is recent enough to warn about."""
        lapse = self.lapses[-1] if self.lapses and self.lapses[-1].is_open else None
        return lapse if lapse is not None and lapse.days <= LIVE_LAPSE_MAX_DAYS else None


def journal_rng(series):
    """A generator seeded from the journal itself, so the page and the API always agree."""
    return np.random.default_rng(
        [series.days, int(np.count_nonzero(~np.isnan(series.pain))), int(np.count_nonzero(series.core))]
    )


def analyse(series, weekly_target=3, lapse_days=10, irritations=(), permutations=999, rng=None):
    """Every insight for one journal. The slack-off test looks only at the days from the first entry to the
    last (empty weeks after a runner stopped logging hold no evidence either way); `permutations` and `rng`
    only serve the label shuffles of the descent comparison."""
    rng = rng if rng is not None else journal_rng(series)
    lapses = find_lapses(series, lapse_days)
    spikes = find_spikes(series)
    adjusted_pain, adjusted = adjust_for_mileage(series, spikes)
    logged = series.until(series.last_entry_index())
    tested = find_lapses(logged, lapse_days, open_at_end=True)
    scan_result = scan(
        adjusted_pain[: logged.days],
        [lapse.start_index for lapse in tested],
        [lapse.days for lapse in tested],
        open_last=bool(tested) and tested[-1].is_open,
    )
    evidence = Evidence(
        pain_weeks=pain_weeks(logged.pain),
        lapses=len(tested),
        lapses_with_pain=scan_result.lapses_with_pain,
        lapse_days=lapse_days,
        weekly_target=weekly_target,
        sessions_a_week=sessions_a_week(logged, tested),
    )
    sessions = np.flatnonzero(series.core)
    return Insights(
        slack_off=judge(scan_result, evidence, adjusted),
        lapses=lapses,
        weekly=weekly_distance(series),
        spikes=spikes,
        load=load_now(series),
        descent=pain_after_descent(series, rng, permutations),
        irritating=irritating_exercises(irritations),
        days_since_last_session=int(series.days - 1 - sessions[-1]) if len(sessions) else None,
        lapse_days=lapse_days,
    )


def pain_weeks(pain):
    logged = np.flatnonzero(~np.isnan(pain))
    return int((logged[-1] - logged[0] + 1) // 7) if len(logged) else 0


def sessions_a_week(series, lapses):
    """Core sessions a week on the days of routine: from the first session, outside the long breaks. Gaps
    of under three weeks stay in: for a runner who does one or two sessions a week they are the rhythm."""
    sessions = np.flatnonzero(series.core)
    if not len(sessions):
        return None
    routine = np.zeros(series.days, dtype=bool)
    routine[sessions[0] :] = True
    for lapse in lapses:
        if lapse.days >= LONG_BREAK_DAYS:
            routine[lapse.start_index : lapse.start_index + lapse.days] = False
    days = int(routine.sum())
    return float(series.core[routine].sum() / days * 7) if days >= 28 else None


def number(value, digits=2):
    """A plain JSON number, or None for anything missing or not finite (JSON has no NaN)."""
    if value is None:
        return None
    value = float(value)
    return round(value, digits) if math.isfinite(value) else None


def iso(day):
    return day.isoformat() if day is not None else None


def as_json(insights):
    """The stable shape of GET /api/insights/ (extra keys may be added, never these removed)."""
    slack = insights.slack_off
    load, descent = insights.load, insights.descent
    return {
        "slack_off": {
            "verdict": slack.verdict,
            "lag_days": slack.lag_days,
            "pain_consistent": number(slack.pain_consistent),
            "pain_lapsed": number(slack.pain_lapsed),
            "difference": number(slack.difference),
            "p_value": number(slack.p_value, 4),
            "reverse_stronger": slack.reverse_stronger,
            "summary": slack.summary,
            "clinically_meaningful": slack.clinically_meaningful,
            "climb_days": slack.climb_days,
            "adjusted_for_mileage": slack.adjusted_for_mileage,
            "reverse_p_value": number(slack.reverse_p_value, 4),
            "pain_when_stopping": number(slack.pain_when_stopping),
            "lapses_compared": slack.lapses_compared,
            "p_value_words": format_p(slack.p_value),
            "chance_words": slack.chance,
        },
        "lapses": [
            {
                "start": iso(lapse.start),
                "end": iso(lapse.end),
                "days": lapse.days,
                "pain_before": number(lapse.pain_before),
                "pain_after": number(lapse.pain_after),
                "open": lapse.is_open,
            }
            for lapse in insights.lapses
        ],
        "mileage": {
            "weekly": [{"week": iso(week.week), "km": number(week.km, 1)} for week in insights.weekly],
            "spikes": [
                {
                    "date": iso(spike.date),
                    "km": number(spike.km, 1),
                    "previous_longest_km": number(spike.previous_longest_km, 1),
                    "increase_pct": number(spike.increase_pct, 1),
                }
                for spike in insights.spikes
            ],
            "last_two_weeks_km": number(load.last_two_weeks_km, 1),
            "previous_two_weeks_km": number(load.previous_two_weeks_km, 1),
            "two_week_increase_pct": number(load.two_week_increase_pct, 1),
            "two_week_warning": load.two_week_warning,
            "acute_chronic_ratio": number(load.acute_chronic_ratio),
            "acute_chronic_words": ratio_words(load),
            "descent": {
                "threshold_m": number(descent.threshold_m, 0),
                "pain_after_hilly": number(descent.pain_after_hilly),
                "pain_after_other": number(descent.pain_after_other),
                "hilly_runs": descent.hilly_runs,
                "other_runs": descent.other_runs,
                "p_value": number(descent.p_value, 4),
                "summary": descent_words(descent),
            },
        },
        "irritating_exercises": [
            {
                "slug": item.slug,
                "times": item.times,
                "alternatives": [alternative.slug for alternative in item.alternatives],
            }
            for item in insights.irritating
        ],
    }
