"""The API's shapes, with the journal's own limits, so the OpenAPI document states every rule it can.

Rules a schema cannot state (a date no later than tomorrow in the runner's time zone, an exercise the runner
may choose, a check-in a day) are checked by the handlers and answered in the same 422 shape.
"""

import datetime
from decimal import Decimal
from typing import Annotated, Literal
from uuid import UUID

from ninja import Field, Schema
from pydantic import AfterValidator, BaseModel, ConfigDict

from routines.red_flags import advice_for
from tracker.limits import MAX_DISTANCE_M, MAX_DURATION_S, MAX_ELEVATION_M, MAX_WORKOUT_MINUTES
from tracker.models import PainCheckin, Run


def _no_nul(text):
    # PostgreSQL cannot store a NUL character; SQLite can. Refusing it keeps both databases alike.
    if "\x00" in text:
        raise ValueError("Text may not contain a NUL character.")
    return text


def text(max_length, description=""):
    return Annotated[str, AfterValidator(_no_nul), Field(max_length=max_length, description=description)]


Notes = text(5000, "Free text.")
Slug = Annotated[str, Field(max_length=100, pattern=r"^[-a-zA-Z0-9_]+$", description="A library slug.")]
ClientId = Annotated[
    UUID | None,
    Field(description="Chosen by the client: sending the same entry again with it stores it once."),
]
Location = Literal[tuple(PainCheckin.Location.values)]
Timing = Literal[tuple(PainCheckin.Timing.values)]
RedFlagCode = Literal[tuple(PainCheckin.RedFlag.values)]
Surface = Literal[tuple(Run.Surface.values)]


# An entry's id in a path: a positive 64-bit number (a larger one could only fail in the database).
Id = Annotated[int, Field(ge=1, le=2**63 - 1)]


class Problem(Schema):
    detail: str


class FieldProblem(Schema):
    type: str
    loc: list[str | int]
    msg: str


class Invalid(Schema):
    detail: list[FieldProblem]


# The answers every operation may give besides its own: a body that is not JSON (400), no or a bad token
# (401), a read-only token writing or a missing CSRF token (403), another runner's or no object (404), a
# value out of range (422), too many requests (429).
ERRORS = {400: Problem, 401: Problem, 403: Problem, 404: Problem, 422: Invalid, 429: Problem}


class ExerciseEntryIn(Schema):
    exercise: Slug
    sets: int = Field(1, ge=1, le=50)
    reps: int | None = Field(None, ge=1, le=1000)
    hold_seconds: int | None = Field(None, ge=1, le=3600)
    weight_kg: Decimal | None = Field(None, ge=0, le=500, max_digits=4, decimal_places=1)
    irritated: bool = False
    irritation_note: text(300) = ""


class ExerciseEntryOut(Schema):
    exercise: str
    exercise_name: str
    sets: int
    reps: int | None
    hold_seconds: int | None
    weight_kg: float | None
    irritated: bool
    irritation_note: str

    @staticmethod
    def resolve_exercise(entry):
        return entry.exercise.slug

    @staticmethod
    def resolve_exercise_name(entry):
        return entry.exercise.name


class WorkoutIn(Schema):
    client_id: ClientId = None
    date: datetime.date
    routine: Slug | None = None
    duration_min: int | None = Field(None, ge=1, le=MAX_WORKOUT_MINUTES)
    notes: Notes = ""
    exercises: list[ExerciseEntryIn] = Field(
        [],
        max_length=50,
        description=(
            "What was done. Left out (or empty) when creating a workout of a `routine`: the routine as the "
            "library prescribes it, as the home page's one tap logs it."
        ),
    )


class WorkoutOut(Schema):
    id: int
    client_id: UUID | None
    date: datetime.date
    routine: str | None
    duration_min: int | None
    notes: str
    exercises: list[ExerciseEntryOut]
    created_at: datetime.datetime

    @staticmethod
    def resolve_routine(workout):
        return workout.routine.slug if workout.routine else None

    @staticmethod
    def resolve_exercises(workout):
        return workout.entries.all()


class CheckinIn(Schema):
    client_id: ClientId = None
    date: datetime.date
    pain: int = Field(..., ge=0, le=10, description="0 no pain, 10 worst imaginable.")
    locations: list[Location] = Field([], max_length=len(PainCheckin.Location.values))
    timings: list[Timing] = Field([], max_length=len(PainCheckin.Timing.values))
    red_flags: list[RedFlagCode] = Field([], max_length=len(PainCheckin.RedFlag.values))
    notes: Notes = ""
    replace: bool = Field(False, description="Replace a check-in already logged that day (else 409).")


class Advice(Schema):
    heading: str
    text: str
    urgent: bool


class CheckinOut(Schema):
    id: int
    client_id: UUID | None
    date: datetime.date
    pain: int
    locations: list[str]
    timings: list[str]
    red_flags: list[str]
    notes: str
    advice: list[Advice] = Field(description="What to do about each warning sign ticked, urgent ones first.")
    created_at: datetime.datetime

    @staticmethod
    def resolve_advice(checkin):
        return advice_for(checkin.red_flags)


class CheckinConflict(Schema):
    detail: str
    existing: CheckinOut


class RunIn(Schema):
    client_id: ClientId = None
    date: datetime.date
    started_at: datetime.datetime | None = None
    distance_km: float = Field(..., gt=0, le=MAX_DISTANCE_M / 1000)
    duration_s: int | None = Field(None, ge=1, le=MAX_DURATION_S)
    ascent_m: Decimal = Field(Decimal(0), ge=0, le=MAX_ELEVATION_M, max_digits=6, decimal_places=1)
    descent_m: Decimal = Field(Decimal(0), ge=0, le=MAX_ELEVATION_M, max_digits=6, decimal_places=1)
    surface: Surface = "road"
    back_hurt: bool = False
    back_hurt_after_min: int | None = Field(None, ge=0, le=MAX_DURATION_S // 60)
    notes: Notes = ""


class RunOut(BaseModel):
    # A plain pydantic model read from the Run's attributes (distance_km is a property): pydantic-core reads
    # them natively, several times faster than django-ninja's own Schema, which matters for a page of 50.
    model_config = ConfigDict(from_attributes=True)

    id: int
    client_id: UUID | None
    date: datetime.date
    started_at: datetime.datetime | None
    distance_km: float
    duration_s: int | None
    ascent_m: float
    descent_m: float
    surface: str
    back_hurt: bool
    back_hurt_after_min: int | None
    notes: str
    origin: str
    created_at: datetime.datetime


class PsfsScoreIn(Schema):
    activity_id: int
    score: int = Field(..., ge=0, le=10, description="0 unable to do it, 10 as well as before.")


class PsfsScoreOut(PsfsScoreIn):
    activity: str

    @staticmethod
    def resolve_activity(score):
        return score.activity.name


class PsfsIn(Schema):
    client_id: ClientId = None
    date: datetime.date
    scores: list[PsfsScoreIn] = Field(..., min_length=1, max_length=5)


class PsfsOut(Schema):
    id: int
    client_id: UUID | None
    date: datetime.date
    mean: float
    scores: list[PsfsScoreOut]
    created_at: datetime.datetime

    @staticmethod
    def resolve_scores(assessment):
        return assessment.scores.all()

    @staticmethod
    def resolve_mean(assessment):
        scores = [score.score for score in assessment.scores.all()]
        return round(sum(scores) / len(scores), 1) if scores else 0.0


class PsfsActivityOut(Schema):
    id: int
    name: str


class PsfsActivitiesIn(Schema):
    names: list[text(120)] = Field(..., min_length=3, max_length=5)


class ExerciseOut(Schema):
    slug: str
    name: str
    kind: str
    summary: str
    status: str
    url: str

    @staticmethod
    def resolve_url(exercise):
        return exercise.get_absolute_url()
