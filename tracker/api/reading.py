"""What the API reads beyond the journal's entries: the public exercise library, the insights (the same JSON
as GET /api/insights/), and the runner's profile."""

import datetime
from typing import Literal

from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema

from routines.models import Exercise, Routine
from tracker.api.common import invalid
from tracker.api.schemas import ERRORS, ExerciseOut
from tracker.forms import ProfileForm
from tracker.forms.shares import PeriodForm
from tracker.insights import as_json
from tracker.journal import runner_profile
from tracker.series import insights_for

library = Router(tags=["library"])
insights = Router(tags=["insights"])
profile = Router(tags=["profile"])


@library.get(
    "/", response={200: list[ExerciseOut], **ERRORS}, auth=None, summary="The exercise library (public)"
)
def list_exercises(request):
    return Exercise.objects.visible()


@library.get("/{slug}/", response={200: ExerciseOut, **ERRORS}, auth=None, summary="One exercise (public)")
def read_exercise(request, slug: str):
    return get_object_or_404(Exercise.objects.visible(), slug=slug)


@insights.get("/", response={200: dict, **ERRORS}, summary="What the journal says (as GET /api/insights/)")
def read_insights(request, start: datetime.date | None = None, end: datetime.date | None = None):
    period = None
    if start is not None or end is not None:
        form = PeriodForm({"start": start, "end": end}, today=runner_profile(request.user).today())
        if not form.is_valid():
            field, errors = next(iter(form.errors.items()))
            raise invalid(field, errors[0])
        period = form.period
    _journal, found = insights_for(request.user, period=period)
    return as_json(found)


class ProfileOut(Schema):
    units: Literal["km", "mi"]
    weekly_target: int = Field(..., ge=1, le=14, description="Core sessions a week.")
    lapse_days: int = Field(..., ge=3, le=90, description="Days without core work that count as a lapse.")
    time_zone: str = Field(..., max_length=64)
    usual_routine: str | None = Field(None, description="A library routine's slug.")
    include_walks: bool

    @staticmethod
    def resolve_usual_routine(runner):
        return runner.usual_routine.slug if runner.usual_routine else None


class ProfileChange(Schema):
    units: Literal["km", "mi"] | None = None
    weekly_target: int | None = Field(None, ge=1, le=14)
    lapse_days: int | None = Field(None, ge=3, le=90)
    time_zone: str | None = Field(None, max_length=64)
    usual_routine: str | None = Field(None, max_length=100)
    include_walks: bool | None = None


@profile.get("/", response={200: ProfileOut, **ERRORS}, summary="Your settings")
def read_profile(request):
    return runner_profile(request.user)


@profile.patch("/", response={200: ProfileOut, **ERRORS}, summary="Change some of your settings")
def change_profile(request, payload: ProfileChange):
    """Checked by the profile page's own form, so the API and the page accept the same values."""
    runner = runner_profile(request.user)
    data = {**ProfileOut.from_orm(runner).dict(), **payload.dict(exclude_unset=True)}
    routine = None
    if data["usual_routine"]:
        routine = (
            Routine.objects.published_or([runner.usual_routine_id]).filter(slug=data["usual_routine"]).first()
        )
        if routine is None:
            raise invalid("usual_routine", f"No routine “{data['usual_routine']}” in the library.")
    data["usual_routine"] = routine.pk if routine else ""
    # A form reads a false checkbox as an absent one.
    form = ProfileForm({name: value for name, value in data.items() if value is not False}, instance=runner)
    if not form.is_valid():
        field, errors = next(iter(form.errors.items()))
        raise invalid(field, errors[0])
    return form.save()
