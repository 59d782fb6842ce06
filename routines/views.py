"""The public library: the list with its filters, an exercise, a routine. No login needed; drafts are 404."""

from django.contrib.auth.decorators import login_not_required
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from routines.forms import LibraryFilterForm
from routines.models import URGENT_SEVERITIES, Caution, Exercise, Routine, RoutineStep


def suggested_instead():
    """Alternatives worth suggesting: published ones only, never a draft or another discouraged exercise."""
    return Prefetch("alternatives", queryset=Exercise.objects.recommended(), to_attr="suggested_instead")


def library_cautions():
    return Caution.objects.library_wide().by_severity().prefetch_related("quotes")


@login_not_required
def library(request):
    form = LibraryFilterForm(request.GET or None)
    # A fixed number of queries however large the library: every relation is prefetched in one go.
    visible = Exercise.objects.visible()
    exercises = list(form.matching(visible).prefetch_related("body_areas", "equipment", suggested_instead()))
    return render(
        request,
        "routines/library.html",
        {
            "form": form,
            "recommended": [exercise for exercise in exercises if not exercise.is_discouraged],
            "discouraged": [exercise for exercise in exercises if exercise.is_discouraged],
            "matched": len(exercises),
            "total": visible.count(),
            "filtering": form.is_filtering(),
            "routines": Routine.objects.visible(),
            "library_cautions": library_cautions(),
        },
    )


@login_not_required
def exercise_detail(request, slug):
    exercises = Exercise.objects.visible().prefetch_related(
        "body_areas",
        "equipment",
        "quotes",
        suggested_instead(),
        Prefetch("cautions", queryset=Caution.objects.by_severity().prefetch_related("quotes")),
    )
    exercise = get_object_or_404(exercises, slug=slug)
    cautions = list(exercise.cautions.all())
    return render(
        request,
        "routines/exercise.html",
        {
            "exercise": exercise,
            "urgent_cautions": [caution for caution in cautions if caution.is_urgent],
            "other_cautions": [caution for caution in cautions if not caution.is_urgent],
            "routines": Routine.objects.visible().filter(steps__exercise=exercise).distinct(),
            "library_cautions": library_cautions(),
        },
    )


@login_not_required
def routine_detail(request, slug):
    urgent_cautions = Prefetch(
        "exercise__cautions",
        queryset=Caution.objects.filter(severity__in=URGENT_SEVERITIES).by_severity(),
        to_attr="urgent_cautions",
    )
    steps = RoutineStep.objects.select_related("exercise").prefetch_related(urgent_cautions)
    routines = Routine.objects.visible().prefetch_related(Prefetch("steps", queryset=steps), "quotes")
    routine = get_object_or_404(routines, slug=slug)
    return render(
        request,
        "routines/routine.html",
        {"routine": routine, "library_cautions": library_cautions()},
    )
