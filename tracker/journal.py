"""Writes that span several rows or models, kept out of views and of save() (see DESIGN.md)."""

from django.db import transaction
from django.views.decorators.debug import sensitive_variables

from tracker.models import PainCheckin, Profile, Workout, WorkoutExercise


def runner_profile(user):
    """The runner's profile, created on first use for accounts made outside sign-up (createsuperuser)."""
    profile, _ = Profile.objects.select_related("usual_routine").get_or_create(user=user)
    return profile


@transaction.atomic
def create_runner(signup_form):
    user = signup_form.save()
    Profile.objects.create(user=user, time_zone=signup_form.cleaned_data["time_zone"])
    return user


@sensitive_variables()
@transaction.atomic
def save_workout(user, workout_form, entry_formset):
    """Save a workout and its rows, numbering the kept rows in the order they appear on the form."""
    workout = workout_form.save(commit=False)
    workout.user = user
    workout.save()
    entry_formset.instance = workout
    entry_formset.save(commit=False)
    for removed in entry_formset.deleted_objects:
        removed.delete()
    for order, form in enumerate(entry_formset.kept_forms()):
        entry = form.instance
        entry.workout = workout
        entry.order = order
        entry.save()
    return workout


@transaction.atomic
def log_routine(user, routine, date, **details):
    """Log a routine as the library prescribes it, with the same steps the workout form would offer.
    Returns (workout, created); a second tap the same day finds the first workout instead of making another,
    and a routine with nothing left to log makes no workout at all (None, False). `details` are the new
    workout's other fields (the API's client_id, duration_min and notes)."""
    # Locking the runner's profile row queues a double tap behind the first, so the check below holds.
    Profile.objects.select_for_update().filter(user=user).first()
    existing = Workout.objects.for_user(user).filter(date=date, routine=routine).first()
    if existing is not None:
        return existing, False
    steps = list(routine.steps.loggable())
    if not steps:
        return None, False
    workout = Workout.objects.create(user=user, date=date, routine=routine, **details)
    WorkoutExercise.objects.bulk_create(
        WorkoutExercise(
            workout=workout,
            exercise_id=step.exercise_id,
            order=order,
            sets=step.sets,
            reps=step.reps,
            hold_seconds=step.hold_seconds,
        )
        for order, step in enumerate(steps)
    )
    return workout, True


@sensitive_variables()
def save_checkin(user, checkin_form):
    """A new check-in replaces the one already saved for that date, if any: one a day per runner."""
    if checkin_form.instance.pk is not None:
        return checkin_form.save()
    fields = {name: checkin_form.cleaned_data[name] for name in checkin_form.Meta.fields if name != "date"}
    checkin, _ = PainCheckin.objects.update_or_create(
        user=user, date=checkin_form.cleaned_data["date"], defaults=fields
    )
    return checkin
