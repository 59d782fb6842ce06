"""The bench runner: a long journal written with bulk inserts, as dense as a keen logger's."""

import datetime

from routines.models import Exercise, Status
from tests.base import make_exercise, make_user
from tests.factories_insights import ending_on, lapse_climber, write_journal
from tracker.models import PainCheckin, Profile, Run, Workout


def bench_exercises():
    published = list(Exercise.objects.filter(status=Status.PUBLISHED).order_by("pk")[:2])
    return published or [make_exercise("bench-plank"), make_exercise("bench-bridge")]


def make_runner(username, days, days_since_session=None):
    """A runner whose journal ends today: over three years about 1,100 pain check-ins, 600 workouts, 700 runs,
    and a lapse every few months with pain climbing in it."""
    user = make_user(username)
    today = Profile.objects.get(user=user).today()
    series = lapse_climber(
        seed=days,
        days=days,
        lapse_count=max(0, (days - 60) // 110),
        sessions_a_week=4.9,
        runs_a_week=4.5,
        missing_share=0.0,
    )
    if days_since_session:
        series.core[-days_since_session:] = False
        series.core[-days_since_session - 1] = True
    write_journal(user, ending_on(series, today), bench_exercises(), irritated_times=3)
    size = {
        "checkins": PainCheckin.objects.filter(user=user).count(),
        "workouts": Workout.objects.filter(user=user).count(),
        "runs": Run.objects.filter(user=user).count(),
    }
    return user, size


def add_stray_check_in(user):
    """One mistyped row dated 1900 in an otherwise recent journal."""
    PainCheckin.objects.create(user=user, date=datetime.date(1900, 1, 1), pain=3)
