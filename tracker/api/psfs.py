"""The Patient-Specific Functional Scale: the runner's activities, and ratings of all of them on a day."""

import datetime

from django.db import transaction
from django.shortcuts import get_object_or_404
from ninja import Router, Status
from ninja.pagination import paginate

from tracker.api.common import check_date, create_once, in_period, invalid, own
from tracker.api.pages import Pages
from tracker.api.schemas import ERRORS, Id, PsfsActivitiesIn, PsfsActivityOut, PsfsIn, PsfsOut
from tracker.models import PsfsActivity, PsfsAssessment, PsfsScore
from tracker.psfs import save_activities

router = Router(tags=["psfs"])


def _assessments(request):
    return PsfsAssessment.objects.for_user(request.user).prefetch_related("scores__activity")


def _scores(request, payload):
    """{activity: score}, rating each current activity exactly once, or a 422 saying what is off."""
    current = {activity.pk: activity for activity in PsfsActivity.objects.for_user(request.user).current()}
    if not current:
        raise invalid("scores", "Name your activities first (PUT /api/v1/psfs/activities/).")
    given = [score.activity_id for score in payload.scores]
    if sorted(given) != sorted(current):
        raise invalid("scores", f"Rate each of your current activities once: ids {sorted(current)}.")
    return {current[score.activity_id]: score.score for score in payload.scores}


@transaction.atomic
def _write(request, payload, assessment):
    check_date(request, payload.date)
    scores = _scores(request, payload)
    clash = PsfsAssessment.objects.for_user(request.user).filter(date=payload.date).exclude(pk=assessment.pk)
    if clash.exists():
        raise invalid("date", "Activities were already rated that day: change that rating instead.")
    assessment.date = payload.date
    assessment.save()
    assessment.scores.all().delete()
    PsfsScore.objects.bulk_create(
        PsfsScore(assessment=assessment, activity=activity, score=score) for activity, score in scores.items()
    )
    return _assessments(request).get(pk=assessment.pk)


@router.get(
    "/activities/", response={200: list[PsfsActivityOut], **ERRORS}, summary="The activities rated now"
)
def list_activities(request):
    return PsfsActivity.objects.for_user(request.user).current()


@router.put(
    "/activities/", response={200: list[PsfsActivityOut], **ERRORS}, summary="Name the activities (3 to 5)"
)
def set_activities(request, payload: PsfsActivitiesIn):
    names = [name.strip() for name in payload.names]
    if any(not name for name in names):
        raise invalid("names", "Each activity needs a name.")
    if len({name.casefold() for name in names}) != len(names):
        raise invalid("names", "Two activities have the same name: give each its own.")
    return save_activities(request.user, names)


@router.get("/", response={200: list[PsfsOut], **ERRORS}, summary="List ratings, newest first")
@paginate(Pages)
def list_ratings(request, start: datetime.date | None = None, end: datetime.date | None = None):
    return in_period(_assessments(request), start, end)


@router.post("/", response={200: PsfsOut, 201: PsfsOut, **ERRORS}, summary="Rate every activity on a day")
def create_rating(request, payload: PsfsIn):
    def build():
        return _write(request, payload, PsfsAssessment(user=request.user, client_id=payload.client_id))

    return create_once(request, PsfsAssessment.objects, payload.client_id, build)


@router.get("/{pk}/", response={200: PsfsOut, **ERRORS}, summary="One rating")
def read_rating(request, pk: Id):
    return get_object_or_404(_assessments(request), pk=pk)


@router.put("/{pk}/", response={200: PsfsOut, **ERRORS}, summary="Replace a rating")
def update_rating(request, pk: Id, payload: PsfsIn):
    return _write(request, payload, own(request, PsfsAssessment.objects, pk))


@router.delete("/{pk}/", response={204: None, **ERRORS}, summary="Delete a rating")
def delete_rating(request, pk: Id):
    own(request, PsfsAssessment.objects, pk).delete()
    return Status(204, None)
