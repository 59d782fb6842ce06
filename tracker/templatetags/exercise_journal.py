"""Where the journal meets the library's exercises: a runner's own history with one exercise (on the library's
exercise page), and the exercise a workout row holds (for its picture in the workout form).

The library (`routines`) never imports the journal. Its exercise page loads this tag library instead: a
dependency of one template, not of the library's code, so the library's models, views and tests know nothing
of journals, and the journal alone decides what of its own to show and to whom. A visitor costs no query; a
runner costs one (an aggregate over their own workouts), however long their journal.
"""

from django import template
from django.db.models import Count, Max, Q
from django.urls import reverse

from routines.models import Status
from tracker.models import Workout

register = template.Library()


def times_in_words(number):
    return {1: "once", 2: "twice"}.get(number, f"{number} times")


def exercise_history(user, exercise):
    """How many of the runner's workouts had the exercise, the last date, and how many it irritated."""
    return (
        Workout.objects.for_user(user)
        .filter(entries__exercise=exercise)
        .aggregate(
            times=Count("pk", distinct=True),
            last=Max("date"),
            irritated=Count("pk", filter=Q(entries__irritated=True), distinct=True),
        )
    )


@register.inclusion_tag("tracker/_exercise_history.html", takes_context=True)
def your_history_with(context, exercise):
    user = context["request"].user
    loggable = exercise.status == Status.PUBLISHED
    if not user.is_authenticated:
        return {"visitor": True, "loggable": loggable}
    history = exercise_history(user, exercise)
    return {
        "history": history,
        "times": times_in_words(history["times"]),
        "irritated": times_in_words(history["irritated"]),
        "log_url": f"{reverse('log_workout')}?exercise={exercise.slug}" if loggable else "",
    }


@register.filter
def chosen_exercise(entry_form, entries):
    """The exercise a workout row holds now (saved, filled in from the library, or just posted), found in
    the formset's one list of exercises, so a long workout costs no query per row."""
    chosen = str(entry_form["exercise"].value() or "")
    return next((exercise for exercise in entries.exercises if str(exercise.pk) == chosen), None)
