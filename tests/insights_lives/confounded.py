"""Lives where lapses and pain go together but core work makes no difference (truth "none"): something else
drives both, or the pain comes first. Each is a trap a method comparing pain after lapsed and consistent weeks
can fall into.
"""

import datetime

import numpy as np

from tests.insights_lives.building import (
    Journal,
    add_lapses,
    check_ins,
    daily_series,
    draw_habits,
    drawn_days,
    first_day,
    habit_details,
    rng_for,
    routine,
    running,
    spread_lapses,
    wandering_pain,
)

CHRISTMAS = (12, 25)


def day_of_year(start, days):
    dates = np.datetime64(start) + np.arange(days)
    return (dates - dates.astype("datetime64[Y]")).astype(int) + 1


def seasonal(seed, years=None, today=None, **habits):
    """Pain worse in winter (a yearly cycle of 1-2 points either side of the runner's level, peaking in
    mid-January, give or take 10 days) plus the usual wander and noise; a lapse of 2-5 weeks around each
    Christmas (starting 2-21 days before it) and 0-2 more elsewhere; core work does nothing. Two-year
    journals, and a quarter one-year ones (with the December lapse and exactly one other).

    Realistic: cold, dark months and less running on soft surfaces bring back aches, and the holidays are when
    routines break. The Christmas lapse sits just before the January peak, so pain "follows" the lapse every
    year without being caused by it."""
    rng = rng_for("seasonal", seed)
    habits = draw_habits(rng, **habits)
    drawn_years = 1 if rng.random() < 0.25 else 2
    years = years or drawn_years
    days = 365 * years
    # Today between 10 February and 31 October, so every Christmas in the journal has room around it.
    drawn_today = datetime.date(int(rng.choice([2024, 2025])), 2, 10) + datetime.timedelta(
        int(rng.integers(0, 264))
    )
    start = first_day(rng, days, today or drawn_today)
    christmas_lapses = []
    for year in range(start.year, start.year + years + 1):
        length = int(rng.integers(14, 36))
        before = int(rng.integers(2, min(length - 5, 21) + 1))
        lapse_start = (datetime.date(year, *CHRISTMAS) - start).days - before
        if lapse_start >= 21 and lapse_start + length <= days - 14:
            christmas_lapses.append((lapse_start, length))
    others = int(rng.integers(0, 3)) if years > 1 else 1
    lapses = add_lapses(rng, christmas_lapses, rng.integers(14, 36, size=others), 28, days - 14, min_gap=21)
    amplitude = float(rng.uniform(1.0, 2.0))
    peak_day = int(rng.integers(5, 26))  # 5-25 January
    baseline = max(habits.baseline, amplitude + 0.3)
    season = amplitude * np.cos(2 * np.pi * (day_of_year(start, days) - peak_day) / 365.25)
    pain = wandering_pain(rng, days, habits, level=baseline + season)
    core = routine(rng, start, days, habits, lapses)
    km, descent = running(rng, start, days, habits)
    return Journal(
        series=daily_series(start, core, check_ins(rng, pain, habits), km, descent),
        weekly_target=3,
        truth="none",
        planted_lapses=tuple(lapses),
        details={
            **habit_details(habits),
            "amplitude": amplitude,
            "peak_day": peak_day,
            "christmas_lapses": christmas_lapses,
        },
    )


def healing(seed, days=None, shape=None, today=None, **habits):
    """Pain easing over the first year from about 5 (4.5-5.5) to about 1.5 (1.2-2), either exponentially (a
    time constant of 60-150 days) or in a straight line (reaching the floor after 270-365 days), then staying
    there; wander and noise on top. The routine gets steadier as the year goes on: 2-4 lapses of 2-5 weeks in
    the first seven months, 0-1 of 10-16 days after that, and sessions rising from two thirds of the usual
    rate to all of it over the first eight months. No day-to-day link; 1-1.5 years.

    Realistic: most episodes of low back pain improve over months whatever the runner does, and a new routine
    takes time to stick. Early lapses meet early pain, so lapsed weeks look worse than consistent ones."""
    rng = rng_for("healing", seed)
    habits = draw_habits(rng, **habits)
    days = drawn_days(rng, days, 365, 548)
    start = first_day(rng, days, today)
    drawn_shape = "exponential" if rng.random() < 0.5 else "linear"
    shape = shape or drawn_shape
    from_level, to_level = rng.uniform(4.5, 5.5), rng.uniform(1.2, 2.0)
    time_constant, healed_by = rng.uniform(60, 150), rng.integers(270, 366)
    age = np.arange(days)
    if shape == "exponential":
        progress = 1 - np.exp(-age / time_constant)
    else:
        progress = np.minimum(age / healed_by, 1.0)
    level = from_level + (to_level - from_level) * progress
    early = spread_lapses(
        rng, rng.integers(14, 36, size=int(rng.integers(2, 5))), first=21, last=230, min_gap=14
    )
    late_lengths = rng.integers(10, 17, size=int(rng.integers(0, 2)))
    lapses = add_lapses(rng, early, late_lengths, first=260, last=days - 14, min_gap=21)
    rate = np.minimum(2 / 3 + age / 240 / 3, 1.0)
    core = routine(rng, start, days, habits, lapses, rate=rate)
    pain = wandering_pain(rng, days, habits, level=level)
    km, descent = running(rng, start, days, habits)
    return Journal(
        series=daily_series(start, core, check_ins(rng, pain, habits), km, descent),
        weekly_target=3,
        truth="none",
        planted_lapses=tuple(lapses),
        details={**habit_details(habits), "shape": shape, "from": from_level, "to": to_level},
    )


def mileage_soreness(seed, days=None, today=None, **habits):
    """Big-mileage weeks (1.8-2.5 times the usual weekly distance, 2-4 a year: a training camp, a running
    holiday, a race week) during which the core routine is dropped: a lapse of 10-16 days starting 0-4 days
    before the big week. Soreness builds over the big week to 1.5-2.5 points and fades over 8-12 days after
    it. 0-2 ordinary lapses of 2-4 weeks that change nothing; core work itself has no effect; 1-2 years.

    Realistic: when runners run much more they drop the extras first, and the soreness from the load outlasts
    the week. Pain then follows lapses reliably, and only the distance explains it."""
    rng = rng_for("mileage_soreness", seed)
    habits = draw_habits(rng, **habits)
    days = drawn_days(rng, days, 365, 730)
    start = first_day(rng, days, today)
    count = max(2, int(round(days / 365 * rng.uniform(2, 4))))
    lapses = spread_lapses(rng, rng.integers(10, 17, size=count), first=35, last=days - 21, min_gap=35)
    km, descent = running(rng, start, days, habits)
    usual_week_km = km.sum() / days * 7
    metres_per_km = descent.sum() / max(km.sum(), 1.0)
    fade_days = int(rng.integers(8, 13))
    soreness = np.zeros(days)
    big_weeks = []
    for lapse_start, length in lapses:
        week = lapse_start + int(rng.integers(0, min(4, length - 7) + 1))
        run_days = week + np.sort(rng.choice(7, size=int(rng.integers(5, 8)), replace=False))
        shares = rng.dirichlet(np.full(len(run_days), 5.0))
        km[week : week + 7] = 0.0
        km[run_days] = np.round(rng.uniform(1.8, 2.5) * usual_week_km * shares, 1)
        descent[week : week + 7] = np.round(km[week : week + 7] * metres_per_km)
        peak = rng.uniform(1.5, 2.5)
        soreness[week : week + 7] += peak * np.arange(1, 8) / 7
        fading = peak * np.clip(1 - np.arange(1, fade_days + 1) / fade_days, 0, 1)
        soreness[week + 7 : week + 7 + fade_days] += fading[: max(0, days - week - 7)]
        big_weeks.append(week)
    ordinary = rng.integers(14, 29, size=int(rng.integers(0, 3)))
    lapses = add_lapses(rng, lapses, ordinary, first=28, last=days - 14, min_gap=21)
    core = routine(rng, start, days, habits, lapses)
    pain = wandering_pain(rng, days, habits) + soreness
    return Journal(
        series=daily_series(start, core, check_ins(rng, pain, habits), km, descent),
        weekly_target=3,
        truth="none",
        planted_lapses=tuple(lapses),
        details={**habit_details(habits), "big_weeks": big_weeks, "usual_week_km": usual_week_km},
    )


def pain_caused(seed, days=None, today=None, **habits):
    """Flares come first and stop the routine (as tests.factories_insights.flare_stopper), with variety:
    2.5-4.5 flares a year of 3-6 weeks and 2.5-4.5 points, either a plateau easing over its last fifth or a
    quick rise decaying steadily; the runner stops 1-3 days in on 70-100% of flares and resumes as the pain
    eases (a few days before a plateau ends, or once a decaying flare is down to 20-35% of its height), so a
    short flare makes a pause of under 10 days rather than a lapse; 0-1 lapses for no reason that change
    nothing; 1-2 years.

    Realistic: a flare is the commonest reason runners with back pain give for dropping their exercises. Pain
    is higher in and after lapses, but the arrow points the other way."""
    rng = rng_for("pain_caused", seed)
    habits = draw_habits(rng, **habits)
    days = drawn_days(rng, days, 365, 730)
    start = first_day(rng, days, today)
    decaying = bool(rng.random() < 0.5)
    stop_share = rng.uniform(0.7, 1.0)
    count = max(2, int(round(days / 365 * rng.uniform(2.5, 4.5))))
    flare_spans = spread_lapses(rng, rng.integers(21, 43, size=count), first=35, last=days - 14, min_gap=21)
    extra = np.zeros(days)
    lapses = []
    for flare_start, length in flare_spans:
        height = rng.uniform(2.5, 4.5)
        age = np.arange(length)
        if decaying:
            time_constant = length / 2.5
            shape = np.minimum((age + 1) / 2, 1.0) * np.exp(-np.maximum(age - 1, 0) / time_constant)
            eased = np.flatnonzero((age > 2) & (shape < rng.uniform(0.2, 0.35)))
            resume = flare_start + (int(eased[0]) if len(eased) else length)
        else:
            shape = np.clip((length - age) / (0.2 * length), 0, 1)
            resume = flare_start + length - int(rng.integers(0, 5))
        extra[flare_start : flare_start + length] += height * shape
        stop = flare_start + int(rng.choice([1, 2, 3], p=[0.45, 0.4, 0.15]))
        if rng.random() < stop_share and resume - stop >= 4:
            lapses.append((stop, resume - stop))
    lapses = add_lapses(rng, lapses, rng.integers(14, 29, size=int(rng.integers(0, 2))), 28, days - 14, 21)
    core = routine(rng, start, days, habits, lapses)
    pain = wandering_pain(rng, days, habits) + extra
    km, descent = running(rng, start, days, habits)
    return Journal(
        series=daily_series(start, core, check_ins(rng, pain, habits), km, descent),
        weekly_target=3,
        truth="none",
        planted_lapses=tuple(lapses),
        details={**habit_details(habits), "flares": flare_spans, "decaying": decaying},
    )
