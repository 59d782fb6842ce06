"""Workouts and their exercises. Exercises are named by library slug; a runner may log a published exercise,
or one already in their journal that a curator has since withdrawn (as the workout form allows). A new
workout of a routine with no exercises is the routine as the library prescribes it: the home page's one tap,
which an offline phone replays through here."""

import datetime

from django.db import transaction
from django.shortcuts import get_object_or_404
from ninja import Router, Status
from ninja.pagination import paginate

from routines.models import Exercise, Routine
from tracker.api.common import check_date, create_once, in_period, invalid, own
from tracker.api.pages import Pages
from tracker.api.schemas import ERRORS, Id, WorkoutIn, WorkoutOut
from tracker.journal import log_routine
from tracker.models import Workout, WorkoutExercise

NO_EXERCISES = "Add at least one exercise, or name a routine to log it as the library prescribes it."

router = Router(tags=["workouts"])


def _workouts(request):
    return (
        Workout.objects.for_user(request.user).select_related("routine").prefetch_related("entries__exercise")
    )


def _choosable_exercises(request, payload):
    """{slug: exercise} for the slugs asked for, or a 422 naming the first that the runner may not log."""
    already_logged = WorkoutExercise.objects.filter(workout__user=request.user).values_list(
        "exercise_id", flat=True
    )
    slugs = {entry.exercise for entry in payload.exercises}
    allowed = Exercise.objects.published_or(list(already_logged)).filter(slug__in=slugs)
    found = {exercise.slug: exercise for exercise in allowed}
    for number, entry in enumerate(payload.exercises):
        if entry.exercise not in found:
            raise invalid(
                f"exercises.{number}.exercise", f"No exercise “{entry.exercise}” you can log in the library."
            )
    return found


def _routine(request, payload, current=None):
    if payload.routine is None:
        return None
    routine = Routine.objects.published_or([current]).filter(slug=payload.routine).first()
    if routine is None:
        raise invalid("routine", f"No routine “{payload.routine}” in the library.")
    return routine


@transaction.atomic
def _write(request, payload, workout):
    check_date(request, payload.date)
    if not payload.exercises:
        raise invalid("exercises", NO_EXERCISES)
    exercises = _choosable_exercises(request, payload)
    workout.routine = _routine(request, payload, workout.routine_id)
    workout.date, workout.duration_min, workout.notes = payload.date, payload.duration_min, payload.notes
    workout.save()
    workout.entries.all().delete()
    WorkoutExercise.objects.bulk_create(
        WorkoutExercise(
            workout=workout,
            exercise=exercises[entry.exercise],
            order=order,
            **entry.dict(exclude={"exercise"}),
        )
        for order, entry in enumerate(payload.exercises)
    )
    return _workouts(request).get(pk=workout.pk)


@router.get("/", response={200: list[WorkoutOut], **ERRORS}, summary="List workouts, newest first")
@paginate(Pages)
def list_workouts(request, start: datetime.date | None = None, end: datetime.date | None = None):
    return in_period(_workouts(request), start, end)


@router.post("/", response={200: WorkoutOut, 201: WorkoutOut, **ERRORS}, summary="Log a workout")
def create_workout(request, payload: WorkoutIn):
    if not payload.exercises and payload.routine is not None:
        return _as_prescribed(request, payload)
    build = lambda: _write(request, payload, Workout(user=request.user, client_id=payload.client_id))  # noqa: E731
    return create_once(request, Workout.objects, payload.client_id, build)


def _as_prescribed(request, payload):
    """The routine's steps as the library gives them (journal.log_routine, as the home page's one tap). A day
    that already has a workout of this routine answers 200 with it and adds nothing, as a second tap does."""
    check_date(request, payload.date)
    routine = _routine(request, payload)
    found_first = []

    def build():
        workout, created = log_routine(
            request.user,
            routine,
            payload.date,
            client_id=payload.client_id,
            duration_min=payload.duration_min,
            notes=payload.notes,
        )
        if workout is None:
            raise invalid("routine", f"{routine.name} has no exercises in the library just now.")
        if not created:
            found_first.append(workout)
        return _workouts(request).get(pk=workout.pk)

    answer = create_once(request, Workout.objects, payload.client_id, build)
    return Status(200, answer.value) if found_first else answer


@router.get("/{pk}/", response={200: WorkoutOut, **ERRORS}, summary="One workout")
def read_workout(request, pk: Id):
    return get_object_or_404(_workouts(request), pk=pk)


@router.put("/{pk}/", response={200: WorkoutOut, **ERRORS}, summary="Replace a workout")
def update_workout(request, pk: Id, payload: WorkoutIn):
    return _write(request, payload, own(request, Workout.objects, pk))


@router.delete("/{pk}/", response={204: None, **ERRORS}, summary="Delete a workout")
def delete_workout(request, pk: Id):
    own(request, Workout.objects, pk).delete()
    return Status(204, None)
