"""A journal holding every kind of entry the exports write, for the tests that pin their bytes."""

import datetime
from decimal import Decimal

import time_machine

from routines.models import Routine, Status
from tests.base import make_exercise
from tracker.models import (
    PainCheckin,
    PsfsActivity,
    PsfsAssessment,
    PsfsScore,
    ReminderSent,
    Run,
    Workout,
    WorkoutExercise,
)
from tracker.shares import create_share

UTC = datetime.timezone.utc  # noqa: UP017 - the project supports Python 3.10
# Every saved moment of the journal is this one (or a day after it), so its bytes are the same on every run.
SAVED_AT = datetime.datetime(2024, 3, 10, 9, 30, 15, 123456, tzinfo=UTC)
TRICKY_NOTES = [
    'Said "ouch", twice',
    "Line one\nline two\r\nthree",
    "=SUM(A1)",
    "+1 for the hills",
    "-ish",
    "@home",
    "\uff1dfull-width equals",
    "\ttabbed",
    "'already quoted",
    "Caf\u00e9 \u2615, \u65e5\u672c\u8a9e, \U0001f3c3",
    "comma, semicolon; done",
]


def _workouts(user, day):
    plank, bridge = (
        make_exercise("test-plank"),
        make_exercise("test-bridge", name="Glute bridge \u2014 \u00e9"),
    )
    routine = Routine.objects.create(name="Test core", slug="test-core", status=Status.PUBLISHED)
    full = Workout.objects.create(
        user=user, date=day, routine=routine, duration_min=40, notes=TRICKY_NOTES[0]
    )
    values = [
        dict(sets=3, reps=10, hold_seconds=None, weight_kg=None, irritated=False, irritation_note=""),
        dict(sets=2, reps=None, hold_seconds=45, weight_kg=Decimal("12.5"), irritated=True),
        dict(sets=1, reps=1000, hold_seconds=3600, weight_kg=Decimal("0.0"), irritated=True),
    ]
    for order, (exercise, extra) in enumerate(zip([plank, bridge, plank], values, strict=True)):
        note = TRICKY_NOTES[order + 1] if extra["irritated"] else ""
        WorkoutExercise.objects.create(
            workout=full, exercise=exercise, order=order, **{"irritation_note": note, **extra}
        )
    # A second workout the same day with no duration or notes: only its exercise rows.
    plain = Workout.objects.create(user=user, date=day)
    WorkoutExercise.objects.create(workout=plain, exercise=bridge, order=0, sets=4, weight_kg=Decimal("100"))
    # A workout with nothing in it still has a row, so it comes back.
    Workout.objects.create(user=user, date=day + datetime.timedelta(days=1))
    Workout.objects.create(user=user, date=day + datetime.timedelta(days=3), duration_min=15, notes="\u00a0")


def _checkins_and_runs(user, day):
    for offset, note in enumerate(TRICKY_NOTES):
        date = day + datetime.timedelta(days=offset)
        PainCheckin.objects.create(
            user=user,
            date=date,
            pain=offset % 11,
            notes=note,
            locations=["left", "buttock"] if offset % 2 else [],
            timings=["waking"] if offset % 3 == 0 else [],
            red_flags=["fever"] if offset == 4 else [],
        )
        Run.objects.create(
            user=user,
            date=date,
            started_at=SAVED_AT + datetime.timedelta(days=offset) if offset % 2 else None,
            distance_m=[1, 12_345, 400_000, 5_000][offset % 4],
            duration_s=None if offset == 2 else 3_690 + offset * 7,
            ascent_m=Decimal(offset * 123) / 10,
            descent_m=Decimal("0.1") * offset,
            surface=["road", "trail", "track"][offset % 3],
            back_hurt=offset % 3 == 1,
            back_hurt_after_min=25 if offset % 3 == 1 else None,
            notes=TRICKY_NOTES[-offset - 1],
            origin=["manual", "gpx", "fit"][offset % 3],
            source_sha256=f"{offset:064x}" if offset % 3 else "",
        )
    # A second run on a day that has one: it started earlier, though it was logged later. (Both have a start:
    # SQLite sorts an empty one first, PostgreSQL last.)
    started = SAVED_AT + datetime.timedelta(days=1, hours=-5)
    Run.objects.create(user=user, date=day + datetime.timedelta(days=1), started_at=started, distance_m=3_000)


def _outcomes(user, day):
    walking = PsfsActivity.objects.create(user=user, name="Walking \u00bd hour", order=0)
    lifting = PsfsActivity.objects.create(user=user, name="Lifting the kid", order=1, retired_at=SAVED_AT)
    for weeks, scores in enumerate([(3, 5), (6, 8)]):
        assessment = PsfsAssessment.objects.create(user=user, date=day + datetime.timedelta(weeks=weeks))
        for activity, score in zip([walking, lifting], scores, strict=True):
            PsfsScore.objects.create(assessment=assessment, activity=activity, score=score)
    create_share(user, day, day + datetime.timedelta(days=27), 14, include_notes=True)
    create_share(user, day, day + datetime.timedelta(days=6), 1)
    ReminderSent.objects.create(
        user=user, local_date=day, kind="reminder", claimed_at=SAVED_AT, sent_at=SAVED_AT
    )
    ReminderSent.objects.create(
        user=user, local_date=day + datetime.timedelta(days=1), kind="nudge", claimed_at=SAVED_AT
    )


def make_every_kind_of_entry(user, day=datetime.date(2024, 3, 1)):
    """Workouts (with a routine, exercises, notes, an empty one), check-ins with their lists, runs (manual and
    imported, with and without a duration), PSFS ratings, share links and reminders sent, with notes that try
    the CSV's quoting and formula guard and characters outside ASCII."""
    with time_machine.travel(SAVED_AT, tick=False):
        _workouts(user, day)
        _checkins_and_runs(user, day)
        _outcomes(user, day)
