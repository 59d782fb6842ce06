"""Give a runner a realistic sample year, replacing their journal: `manage.py seed_demo --username demo`.

Three core sessions a week kept for spells, three lapses of two to five weeks with pain climbing about a week
into each (and a fourth lapse going on now), runs with a couple of spikes and long hilly days, and two crunch
sessions that irritated the runner's back. The journal is laid out relative to today (its weekly rhythm counts
back from today, not from the calendar's weekdays), so it looks the same whichever day it is seeded: the last
session is always 12 days ago. `--today` seeds it as of another day. Nothing in the insights knows this runner
is a demo: the pattern has to be found in the data.
"""

import datetime

import numpy as np
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from routines.models import Exercise, Routine, Status
from tracker.models import PainCheckin, Profile, Run, Workout, WorkoutExercise

DAYS = 365
SEED = 20_240_501
ROUTINE = ["crunch", "hanging-knee-raise", "roman-chair-back-extension", "glute-bridge", "hamstring-stretch"]
IRRITATING = "crunch"
# (first day, length) counted from the start of the year; the last lapse runs up to today.
CLOSED_LAPSES = [(62, 24), (155, 33), (251, 17)]
OPEN_LAPSE_DAYS = 12
SPIKES = {104: (31.5, 900), 286: (34.0, 1600)}  # day: (km, descent m), well past the usual 20 km long run
# Positions in the seven-day cycle counted from the first day: core work on three, easy runs on three, and a
# long run on the last (the cycle ends on today, so "the last session" is the same number of days ago always).
CORE_DAYS = {0, 2, 4}
EASY_RUN_DAYS = {1, 3, 5}
LONG_RUN_DAY = 6


class Command(BaseCommand):
    help = "Replace a runner's journal with a realistic sample year (for the demo account)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="demo")
        parser.add_argument(
            "--today",
            type=datetime.date.fromisoformat,
            default=None,
            help="Seed the year as of this day (YYYY-MM-DD); the runner's own today by default.",
        )

    def handle(self, *args, username, today=None, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user called {username!r}: create the account first.")
        exercises = routine_exercises()
        if not exercises:
            self.stderr.write("The library has no published exercise, so the sample year has no workouts.")
        profile = Profile.objects.get_or_create(user=user)[0]
        today = today or profile.today()
        with transaction.atomic():
            # A usual routine, so the home page's one-tap "did my routine today" shows in the demo.
            usual = Routine.objects.filter(slug="hanging-knee-lifts", status=Status.PUBLISHED).first()
            Profile.objects.filter(pk=profile.pk).update(weekly_target=3, lapse_days=10, usual_routine=usual)
            for model in (Workout, PainCheckin, Run):
                model.objects.filter(user=user).delete()
            counts = write_year(user, today, exercises, np.random.default_rng(SEED))
        self.stdout.write(
            "Sample year for {}: {} workouts, {} pain check-ins, {} runs.".format(username, *counts)
        )


def routine_exercises():
    """The routine's library exercises by slug; any published exercise stands in for a missing one."""
    published = Exercise.objects.filter(status=Status.PUBLISHED)
    found = {exercise.slug: exercise for exercise in published.filter(slug__in=ROUTINE)}
    stand_in = published.order_by("pk").first()
    if stand_in is None:
        return {}
    return {slug: found.get(slug, stand_in) for slug in ROUTINE}


def lapse_days():
    lapses = [*CLOSED_LAPSES, (DAYS - OPEN_LAPSE_DAYS, OPEN_LAPSE_DAYS)]
    return lapses, {day for start, length in lapses for day in range(start, start + length)}


def pain_scores(rng, lapses):
    """A settled back around 2/10, climbing a week into each lapse and easing within two weeks of resuming."""
    wander = np.zeros(DAYS)
    for day in range(1, DAYS):
        wander[day] = 0.85 * wander[day - 1] + rng.normal(0, 0.3)
    pain = 2.0 + wander + rng.normal(0, 0.5, DAYS)
    for start, length in lapses:
        climb = np.clip((np.arange(length) - 7) / 7, 0, 1) * 3.2
        pain[start : start + length] += climb
        easing = climb[-1] * np.clip(1 - np.arange(1, 15) / 14, 0, 1)
        pain[start + length : start + length + 14] += easing[: max(0, DAYS - start - length)]
    return pain


def write_year(user, today, exercises, rng):
    start = today - datetime.timedelta(days=DAYS - 1)
    lapses, lapsed = lapse_days()
    pain = pain_scores(rng, lapses)
    runs = []
    for day in range(DAYS):
        date = start + datetime.timedelta(days=day)
        run = run_on(rng, day)
        if run:
            runs.append(Run(user=user, date=date, **run))
            if run["descent_m"] >= 700 and day + 1 < DAYS:
                pain[day + 1] += 1.0  # long descents leave this runner's back sore the next day
    checkins = [
        PainCheckin(
            user=user, date=start + datetime.timedelta(days=day), pain=int(np.clip(round(score), 0, 10))
        )
        for day, score in enumerate(pain)
        if rng.random() < 0.88
    ]
    last_before_open_lapse = DAYS - OPEN_LAPSE_DAYS - 1
    sessions = [
        day
        for day in range(DAYS)
        if day not in lapsed
        and (day == last_before_open_lapse or ((day % 7 in CORE_DAYS) != (rng.random() < 0.08)))
    ]
    workouts = Workout.objects.bulk_create(
        Workout(user=user, date=start + datetime.timedelta(days=day), duration_min=int(rng.integers(15, 35)))
        for day in sessions
        if exercises
    )
    irritated = {workouts[len(workouts) // 3].pk, workouts[2 * len(workouts) // 3].pk} if workouts else set()
    WorkoutExercise.objects.bulk_create(
        entry for workout in workouts for entry in workout_entries(rng, workout, exercises, irritated)
    )
    PainCheckin.objects.bulk_create(checkins)
    Run.objects.bulk_create(runs)
    return len(workouts), len(checkins), len(runs)


def workout_entries(rng, workout, exercises, irritated):
    chosen = [slug for slug in ROUTINE if slug == IRRITATING or rng.random() < 0.75]
    for order, slug in enumerate(chosen):
        was_irritated = workout.pk in irritated and slug == IRRITATING
        stretch = exercises[slug].kind == Exercise.Kind.STRETCH
        yield WorkoutExercise(
            workout=workout,
            exercise=exercises[slug],
            order=order,
            sets=3 if not stretch else 2,
            reps=None
            if stretch
            else int(rng.integers(10, 16))
            if slug != IRRITATING
            else int(rng.integers(20, 41)),
            hold_seconds=30 if stretch else None,
            irritated=was_irritated,
            irritation_note="Irritated my back: a dull ache low on the right afterwards."
            if was_irritated
            else "",
        )


def run_on(rng, day):
    """Three easy runs and a long one (every third hilly) in each seven days, and two spikes."""
    position = day % 7
    if day in SPIKES:
        km, descent = SPIKES[day]
    elif position == LONG_RUN_DAY:
        km = float(rng.uniform(18.5, 20.5))
        descent = float(rng.uniform(800, 1300)) if (day // 7) % 3 == 0 else km * float(rng.uniform(8, 20))
    elif position in EASY_RUN_DAYS and rng.random() < 0.9:
        km = float(rng.uniform(7, 13))
        descent = km * float(rng.uniform(5, 25))
    else:
        return None
    pace_s_per_km = float(rng.uniform(320, 380)) + (60 if descent > 700 else 0)
    return {
        "distance_m": round(km * 1000),
        "duration_s": round(km * pace_s_per_km),
        "ascent_m": round(descent * float(rng.uniform(0.95, 1.05))),
        "descent_m": round(descent),
        "surface": Run.Surface.TRAIL if descent > 500 else Run.Surface.ROAD,
    }
