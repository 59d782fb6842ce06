"""Lives where pain goes its own way whatever the routine does (truth "none"): the plain null that calibrates
the p-value, and the same kind of runner who stopped using the app months ago.
"""

import datetime
from dataclasses import replace

import numpy as np

from tests.insights_lives.building import (
    LATEST_TODAY,
    Journal,
    check_ins,
    daily_series,
    draw_habits,
    drawn_days,
    first_day,
    flares,
    habit_details,
    rng_for,
    routine,
    running,
    spread_lapses,
    wandering_pain,
    with_empty_days,
)

PAIN_KINDS = ("wander", "flares", "drift")


def independent_pain(rng, days, habits, kind):
    """Pain unrelated to the routine, of one of three kinds: "wander" (the AR(1) wander and noise only),
    "flares" (that plus 2-5 flares a year of 1.5-3 points lasting 1-3 weeks, on their own schedule) or "drift"
    (a random-walk-like wander that takes months to come back, persistence 0.985-0.997, spread 0.7-1.3)."""
    if kind == "wander":
        return wandering_pain(rng, days, habits)
    if kind == "flares":
        extra, _ = flares(rng, days, count=max(1, int(round(days / 365 * rng.uniform(2, 5)))))
        return wandering_pain(rng, days, habits) + extra
    if kind == "drift":
        slow = replace(
            habits, persistence=float(rng.uniform(0.985, 0.997)), wander=float(rng.uniform(0.7, 1.3))
        )
        return wandering_pain(rng, days, slow)
    raise ValueError(f"Unknown kind of pain: {kind}")


def independent(seed, kind=None, days=None, lapse_count=None, today=None, **habits):
    """The plain null: pain of one of PAIN_KINDS (drawn per seed), a routine with 3-5 lapses of 12-35 days at
    random, 1-2 years, every nuisance habit drawn. Core work and pain have nothing to do with each other.

    Realistic: for many runners back pain follows sleep, stress, work and running load, not the exercises.
    Over hundreds of these a sound test says p < 0.05 for about 5% of them, and no more."""
    rng = rng_for("independent", seed)
    habits = draw_habits(rng, **habits)
    drawn_kind = str(rng.choice(PAIN_KINDS))
    kind = kind or drawn_kind
    days = drawn_days(rng, days, 365, 730)
    start = first_day(rng, days, today)
    count = int(rng.integers(3, 6)) if lapse_count is None else lapse_count
    lapses = spread_lapses(rng, rng.integers(12, 36, size=count), first=28, last=days - 14, min_gap=21)
    core = routine(rng, start, days, habits, lapses)
    pain = independent_pain(rng, days, habits, kind)
    km, descent = running(rng, start, days, habits)
    return Journal(
        series=daily_series(start, core, check_ins(rng, pain, habits), km, descent),
        weekly_target=3,
        truth="none",
        planted_lapses=tuple(lapses),
        details={**habit_details(habits), "kind": kind},
    )


def ended_early(seed, empty_days=None, active_days=None, today=None, **habits):
    """Independent pain (as tests.factories_insights.indifferent: wander plus 3-5 flares a year of 2-3 points
    and 10-18 days, on their own schedule; a routine with 3-5 unrelated lapses) logged for 1-2 years, the last
    entry 320-340 days before today: the series ends with about eleven months of empty days.

    Realistic: people stop using apps. The app still builds the series up to today, so the last lapse is
    "open" for most of a year and everything after the last entry is missing, not pain-free."""
    rng = rng_for("ended_early", seed)
    habits = draw_habits(rng, **habits)
    active = drawn_days(rng, active_days, 365, 730)
    drawn_empty = int(rng.integers(320, 341))
    latest = LATEST_TODAY - datetime.timedelta(days=int(rng.integers(0, 365)))
    last_entry = latest - datetime.timedelta(days=drawn_empty)
    empty = drawn_empty if empty_days is None else int(empty_days)
    if today is not None:
        last_entry = today - datetime.timedelta(days=empty)
    start = last_entry - datetime.timedelta(days=active - 1)
    count = int(rng.integers(3, 6))
    lapses = spread_lapses(rng, rng.integers(14, 36, size=count), first=28, last=active - 14, min_gap=21)
    core = routine(rng, start, active, habits, lapses)
    extra, flare_spans = flares(
        rng, active, count=int(round(active / 365 * rng.uniform(3, 5))), size=(2.0, 3.0), length=(10, 18)
    )
    pain = wandering_pain(rng, active, habits) + extra
    scores = check_ins(rng, pain, habits)
    scores[-1] = np.clip(np.round(pain[-1]), 0, 10)  # the last entry: a check-in
    km, descent = running(rng, start, active, habits)
    return Journal(
        series=with_empty_days(daily_series(start, core, scores, km, descent), empty),
        weekly_target=3,
        truth="none",
        planted_lapses=tuple(lapses),
        details={**habit_details(habits), "active_days": active, "empty_days": empty, "flares": flare_spans},
    )


def ended_yesterday(seed, **options):
    """The `ended_early` runner's very same journal, looked at the day after its last entry: the comparison
    that shows what the eleven empty months do to the verdict."""
    return ended_early(seed, empty_days=1, **options)
