"""Runs, in kilometres and seconds whatever the runner's units (the pages convert; scripts should not have
to). Activity files go through POST /api/v1/runs/import/, the same importer as the import page."""

import datetime

from django.db.models import F
from django.shortcuts import get_object_or_404
from ninja import Router, Status
from ninja.pagination import paginate

from tracker.api.common import check_date, create_once, in_period, invalid, own
from tracker.api.pages import Pages
from tracker.api.schemas import ERRORS, Id, RunIn, RunOut
from tracker.models import Run

router = Router(tags=["runs"])
FIELDS = ("date", "started_at", "duration_s", "ascent_m", "descent_m", "surface", "back_hurt", "notes")


def _write(request, payload, run):
    check_date(request, payload.date)
    if payload.back_hurt_after_min is not None:
        if not payload.back_hurt:
            raise invalid("back_hurt_after_min", "Only when back_hurt is true.")
        if payload.duration_s is not None and payload.back_hurt_after_min * 60 > payload.duration_s:
            raise invalid("back_hurt_after_min", "That is longer than the run itself.")
    for name in FIELDS:
        setattr(run, name, getattr(payload, name))
    run.back_hurt_after_min = payload.back_hurt_after_min
    run.distance_m = round(payload.distance_km * 1000)
    if run.distance_m < 1:
        raise invalid("distance_km", "Enter a distance of at least a metre.")
    run.save()
    return run


@router.get("/", response={200: list[RunOut], **ERRORS}, summary="List runs, newest first")
@paginate(Pages)
def list_runs(request, start: datetime.date | None = None, end: datetime.date | None = None):
    # Plain rows rather than model instances: a page of 50 is read and written out with no Run built.
    rows = in_period(Run.objects.for_user(request.user), start, end)
    return rows.annotate(distance_km=F("distance_m") / 1000.0).values(*RunOut.model_fields)


@router.post("/", response={200: RunOut, 201: RunOut, **ERRORS}, summary="Log a run")
def create_run(request, payload: RunIn):
    build = lambda: _write(request, payload, Run(user=request.user, client_id=payload.client_id))  # noqa: E731
    return create_once(request, Run.objects, payload.client_id, build)


@router.get("/{pk}/", response={200: RunOut, **ERRORS}, summary="One run")
def read_run(request, pk: Id):
    return get_object_or_404(Run.objects.for_user(request.user), pk=pk)


@router.put("/{pk}/", response={200: RunOut, **ERRORS}, summary="Replace a run")
def update_run(request, pk: Id, payload: RunIn):
    return _write(request, payload, own(request, Run.objects, pk))


@router.delete("/{pk}/", response={204: None, **ERRORS}, summary="Delete a run")
def delete_run(request, pk: Id):
    own(request, Run.objects, pk).delete()
    return Status(204, None)
