"""Named people and small factories shared by the tests.

alice is the runner whose journal the tests fill, bob is another runner who must never see it, and carol is a
curator (staff with the library's permissions, and nothing of the journal).
"""

from django.contrib.auth.models import Permission, User
from django.test import Client
from django.urls import reverse
from hypothesis import settings as hypothesis_settings

from routines.models import Exercise, Status
from tracker.models import PainCheckin, Profile, Run, Workout, WorkoutExercise

PASSWORD = "correct horse battery staple"


def make_user(username, **extra):
    user = User.objects.create_user(username, f"{username}@example.org", PASSWORD, **extra)
    Profile.objects.get_or_create(user=user)
    return user


def make_curator(username="carol"):
    user = make_user(username, is_staff=True)
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="routines"))
    return user


def make_exercise(slug="test-plank", status=Status.PUBLISHED, kind=Exercise.Kind.CORE, **extra):
    name = extra.pop("name", slug.replace("-", " ").title())
    return Exercise.objects.create(name=name, slug=slug, kind=kind, status=status, **extra)


def runner_today(user):
    """The day it is for this runner (in their own time zone), which is what the app calls "today": the
    machine's local date may be another day."""
    return Profile.objects.get_or_create(user=user)[0].today()


def make_workout(user, date=None, exercises=(), irritated=False, **extra):
    workout = Workout.objects.create(user=user, date=date or runner_today(user), **extra)
    for order, exercise in enumerate(exercises):
        WorkoutExercise.objects.create(
            workout=workout, exercise=exercise, order=order, sets=3, reps=10, irritated=irritated
        )
    return workout


def make_checkin(user, date=None, pain=3, **extra):
    return PainCheckin.objects.create(user=user, date=date or runner_today(user), pain=pain, **extra)


def make_run(user, date=None, km=10.0, **extra):
    extra.setdefault("duration_s", int(km * 330))
    return Run.objects.create(
        user=user, date=date or runner_today(user), distance_m=round(km * 1000), **extra
    )


def examples(share=1.0):
    """A share of the loaded hypothesis profile's examples (quick locally, thorough in CI), at least three."""
    return max(3, round(hypothesis_settings.default.max_examples * share))


def log_in(username, password, address, client=None, browser="a test browser"):
    """Through the login page, as a browser at `address` would, so django-axes sees and records it."""
    client = client or Client(HTTP_USER_AGENT=browser)
    response = client.post(
        reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=address
    )
    return client, response


def fail_to_log_in(username, address, times):
    for _ in range(times):
        log_in(username, "not the password", address)
