"""Synthetic journals for the insights tests and the benchmark: daily series built from a seed.

Each runner keeps a routine of about three sessions a week, broken by lapses, and logs pain on most days.
What differs is how pain and lapses relate: pain that climbs a week into each lapse, pain that ignores the
routine altogether, or pain flares that make the runner stop.
"""

import datetime

import numpy as np

from tracker.insights import DailySeries

START = datetime.date(2023, 1, 2)


def routine_days(rng, days, lapses, sessions_a_week=3):
    """Core sessions on about three days a week, none inside the given (start, length) lapses."""
    core = rng.random(days) < sessions_a_week / 7
    for start, length in lapses:
        core[start : start + length] = False
        core[max(start - 1, 0)] = True  # a lapse begins after a session
    return core


def spread_lapses(rng, days, count, shortest=14, longest=35, first=35):
    """`count` lapses with random lengths, placed at random with at least three weeks of routine between."""
    if count == 0:
        return []
    for _attempt in range(1000):
        lengths = rng.integers(shortest, longest + 1, size=count)
        gaps = rng.integers(21, 90, size=count)
        starts = first + np.cumsum(gaps) + np.concatenate(([0], np.cumsum(lengths)[:-1]))
        if starts[-1] + lengths[-1] < days - 14:
            return [(int(start), int(length)) for start, length in zip(starts, lengths, strict=True)]
    raise ValueError("Not enough days for that many lapses.")


def noisy_pain(rng, days, baseline=2.0):
    """A wandering baseline (an AR(1) process) plus day-to-day noise."""
    wander = np.zeros(days)
    steps = rng.normal(0, 0.35, size=days)
    for day in range(1, days):
        wander[day] = 0.85 * wander[day - 1] + steps[day]
    return baseline + wander + rng.normal(0, 0.6, size=days)


def logged(rng, pain, missing_share=0.15):
    scores = np.clip(np.round(pain), 0, 10)
    scores[rng.random(len(pain)) < missing_share] = np.nan
    return scores


def runs(rng, days, runs_a_week=3.7):
    """Runs of 6-16 km on random weekdays, a long run on Sundays, some of them hilly."""
    km = np.where(rng.random(days) < (runs_a_week - 1) / 6, rng.uniform(6, 16, size=days), 0.0)
    sundays = np.arange(days)[(np.arange(days) + START.weekday()) % 7 == 6]
    km[sundays] = rng.uniform(18, 26, size=len(sundays))
    descent = np.where(km > 0, km * rng.uniform(5, 40, size=days), 0.0)
    return np.round(km, 1), np.round(descent)


def series_of(rng, core, pain, runs_a_week=3.7, missing_share=0.15):
    km, descent = runs(rng, len(core), runs_a_week)
    return DailySeries(START, core, logged(rng, pain, missing_share), km, km.copy(), descent)


def lapse_climber(seed, days=365, lapse_count=4, climb=3.0, lapses=None, **habits):
    """Pain climbs about a week into each lapse and settles again within two weeks of resuming.

    `habits` may set sessions_a_week, runs_a_week and missing_share (of pain check-ins)."""
    rng = np.random.default_rng(seed)
    lapses = lapses or spread_lapses(rng, days, lapse_count)
    pain = noisy_pain(rng, days)
    for start, length in lapses:
        rising = np.clip((np.arange(length) - 7) / 7, 0, 1) * climb
        pain[start : start + length] += rising
        settling = rising[-1] * np.clip(1 - np.arange(1, 15) / 14, 0, 1)
        pain[start + length : start + length + 14] += settling[: max(0, days - start - length)]
    sessions_a_week = habits.pop("sessions_a_week", 3)
    return series_of(rng, routine_days(rng, days, lapses, sessions_a_week), pain, **habits)


def indifferent(seed, days=365, lapse_count=4):
    """Pain wanders and flares on its own schedule; the routine makes no difference."""
    rng = np.random.default_rng(seed)
    lapses = spread_lapses(rng, days, lapse_count)
    pain = noisy_pain(rng, days)
    for start in rng.integers(0, days - 20, size=lapse_count):
        pain[start : start + 14] += 2.5
    return series_of(rng, routine_days(rng, days, lapses), pain)


def flare_stopper(seed, days=365, flare_count=4):
    """Flares of pain come first; the runner stops the routine a day or two in and resumes as it eases."""
    rng = np.random.default_rng(seed)
    flares = spread_lapses(rng, days, flare_count, shortest=28, longest=45)
    pain = noisy_pain(rng, days)
    lapses = []
    for start, length in flares:
        # A plateau for most of the flare, then easing over its last few days.
        easing = 3.5 * np.clip((length - np.arange(length)) / (0.2 * length), 0, 1)
        pain[start : start + length] += easing
        stop = start + int(rng.integers(1, 3))
        lapses.append((stop, length - (stop - start) - 2))
    return series_of(rng, routine_days(rng, days, lapses), pain)


def write_journal(user, series, exercises, irritated_times=0):
    """Store a daily series as a runner's journal rows (bulk inserts), ending on series.end.

    Core days become workouts with the given library exercises; the first `irritated_times` workouts mark the
    first exercise as irritating.
    """
    from tracker.models import PainCheckin, Run, Workout, WorkoutExercise

    dates = [series.date_of(day) for day in range(series.days)]
    workouts = Workout.objects.bulk_create(
        Workout(user=user, date=dates[day], duration_min=20) for day in np.flatnonzero(series.core)
    )
    WorkoutExercise.objects.bulk_create(
        WorkoutExercise(
            workout=workout,
            exercise=exercise,
            order=order,
            sets=3,
            reps=12,
            irritated=order == 0 and number < irritated_times,
        )
        for number, workout in enumerate(workouts)
        for order, exercise in enumerate(exercises)
    )
    PainCheckin.objects.bulk_create(
        PainCheckin(user=user, date=dates[day], pain=int(series.pain[day]))
        for day in np.flatnonzero(~np.isnan(series.pain))
    )
    Run.objects.bulk_create(
        Run(
            user=user,
            date=dates[day],
            distance_m=round(series.km[day] * 1000),
            duration_s=round(series.km[day] * 330),
            descent_m=round(series.descent[day]),
            ascent_m=round(series.descent[day]),
        )
        for day in np.flatnonzero(series.km > 0)
    )


def ending_on(series, last_day):
    """The same series moved so that its last day is `last_day` (usually the runner's today)."""
    start = last_day - datetime.timedelta(days=series.days - 1)
    return DailySeries(start, series.core, series.pain, series.km, series.longest_km, series.descent)


def mileage_builder(seed, days=365, lapse_count=4):
    """Runs twice as far while skipping core work, and it is the distance that hurts, not the lapse."""
    rng = np.random.default_rng(seed)
    lapses = spread_lapses(rng, days, lapse_count)
    km = np.where(rng.random(days) < 0.5, rng.uniform(6, 10, days), 0.0)
    for start, length in lapses:
        km[start : start + length] = np.where(rng.random(length) < 0.9, rng.uniform(15, 22, length), 0.0)
    week_km = np.convolve(km, np.ones(7))[:days]
    pain = 1.0 + week_km / 25 + rng.normal(0, 0.5, days)
    return DailySeries(
        START, routine_days(rng, days, lapses), logged(rng, pain, 0.1), km, km.copy(), np.zeros(days)
    )
