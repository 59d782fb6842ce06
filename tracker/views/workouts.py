from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_POST

from routines.models import Exercise, Routine
from tracker.forms import WorkoutForm, entry_formset, exercise_as_rows, steps_as_rows
from tracker.forms.workouts import MAX_ROWS, typed_workout
from tracker.journal import log_routine, runner_profile, save_workout
from tracker.models import Workout
from tracker.views.common import asked_date, confirm_delete, own_entry, refuse_writes

# The name of the form's "Add another exercise" button. With JavaScript it adds a row in place; without, it
# sends the form, which comes back as typed with one more blank row.
ADD_ROW = "add_row"


def _own_workout(request, pk):
    return own_entry(request, Workout.objects.select_related("routine"), pk)


def _render_form(request, form, entries, **extra):
    context = {"form": form, "entries": entries, "routines": Routine.objects.recommended(), **extra}
    return render(request, "tracker/workout_form.html", context)


def _with_another_row(request, instance, today, **extra):
    """The form again as the runner typed it, unjudged, with one more blank row (up to MAX_ROWS).
    `instance` is the workout being edited, or a new one."""
    session, rows = typed_workout(request.POST)
    if len(rows) >= MAX_ROWS:
        messages.info(request, f"A workout holds at most {MAX_ROWS} exercises.")
    saved_rows = instance.entries.count() if instance.pk else 0
    new_rows = max(0, min(len(rows) + 1, MAX_ROWS) - saved_rows)
    form = WorkoutForm(initial=session, instance=instance, today=today)
    entries = entry_formset(extra=new_rows)(instance=instance, typed_rows=rows)
    return _render_form(request, form, entries, **extra)


@sensitive_post_parameters()
@sensitive_variables()
def log_workout(request):
    today = runner_profile(request.user).today()
    if request.method == "POST" and ADD_ROW in request.POST:
        return _with_another_row(request, Workout(), today)
    if request.method == "POST":
        form = WorkoutForm(request.POST, today=today)
        entries = entry_formset(extra=0)(request.POST, instance=Workout())
        if _both_valid(request, form, entries):
            workout = save_workout(request.user, form, entries)
            messages.success(request, "Workout saved.")
            return redirect("workout_detail", pk=workout.pk)
        return _render_form(request, form, entries)
    routine, rows = _starting_rows(request)
    form = WorkoutForm(initial={"routine": routine, "date": asked_date(request, today)}, today=today)
    # One blank row, the routine's steps, or the one exercise asked for; "Add another exercise" adds more.
    entries = entry_formset(extra=max(len(rows), 1))(initial=rows, instance=Workout())
    return _render_form(request, form, entries, chosen_routine=routine)


def _starting_rows(request):
    """The routine and rows a new workout starts from: a routine's steps (?routine=slug), or one exercise at
    its library dose (?exercise=slug, the library page's "log this today"); anything else starts blank."""
    routine = Routine.objects.recommended().filter(slug=request.GET.get("routine", "")).first()
    if routine:
        return routine, steps_as_rows(routine)
    slug = request.GET.get("exercise", "")
    exercise = Exercise.objects.recommended().filter(slug=slug).first() if slug else None
    return None, exercise_as_rows(exercise) if exercise else []


@sensitive_post_parameters()
@sensitive_variables()
def edit_workout(request, pk):
    workout = _own_workout(request, pk)
    today = runner_profile(request.user).today()
    if request.method == "POST" and ADD_ROW in request.POST:
        return _with_another_row(request, workout, today, workout=workout)
    data = request.POST if request.method == "POST" else None
    form = WorkoutForm(data, instance=workout, today=today)
    # A blank row only for a workout with nothing in it (an import can make one).
    blank_rows = 0 if data is not None or workout.entries.exists() else 1
    entries = entry_formset(extra=blank_rows)(data, instance=workout)
    if data is not None and _both_valid(request, form, entries):
        save_workout(request.user, form, entries)
        messages.success(request, "Workout updated.")
        return redirect("workout_detail", pk=workout.pk)
    return _render_form(request, form, entries, workout=workout)


def _both_valid(request, form, entries):
    form_ok = form.is_valid()
    entries_ok = entries.is_valid()
    if not (form_ok and entries_ok):
        messages.error(request, "The workout was not saved: please correct the fields marked below.")
    return form_ok and entries_ok


def workout_detail(request, pk):
    workout = _own_workout(request, pk)
    refused = refuse_writes(request)
    if refused:
        return refused
    entries = workout.entries.select_related("exercise")
    return render(request, "tracker/workout_detail.html", {"workout": workout, "entries": entries})


@sensitive_post_parameters()
def delete_workout(request, pk):
    return confirm_delete(request, _own_workout(request, pk), "workout", "workout_detail")


@sensitive_post_parameters()
@require_POST
def log_usual_routine(request):
    """The home page's one tap: today's workout is the usual routine, step by step."""
    profile = runner_profile(request.user)
    if profile.usual_routine is None:
        messages.error(request, "Choose your usual routine on your profile first.")
        return redirect("profile")
    routine = profile.usual_routine
    workout, created = log_routine(request.user, routine, profile.today())
    # Once logged, home says so in its own green box ("logged today. Well done."): no message repeats it.
    if workout is None:
        messages.error(
            request, f"{routine.name} has no exercises in the library just now; log a workout instead."
        )
    elif not created:
        messages.info(request, f"You already logged {routine.name} today; nothing was added.")
    return redirect("home")
