"""Pain check-ins: one a day. Creating one for a day that has one is a 409 holding the stored check-in,
unless the request says `"replace": true`: nothing logged is ever overwritten by accident (an offline phone
replaying an old entry, say)."""

import datetime

from ninja import Router, Status
from ninja.pagination import paginate

from tracker.api.common import check_date, create_once, in_period, own
from tracker.api.pages import Pages
from tracker.api.schemas import ERRORS, CheckinConflict, CheckinIn, CheckinOut, Id
from tracker.models import PainCheckin

router = Router(tags=["check-ins"])
FIELDS = ("date", "pain", "locations", "timings", "red_flags", "notes")


def _fill(checkin, payload):
    for name in FIELDS:
        setattr(checkin, name, getattr(payload, name))
    # The lists hold each choice once, in the order the form shows them.
    checkin.locations = sorted(set(checkin.locations), key=PainCheckin.Location.values.index)
    checkin.timings = sorted(set(checkin.timings), key=PainCheckin.Timing.values.index)
    checkin.red_flags = sorted(set(checkin.red_flags), key=PainCheckin.RedFlag.values.index)
    return checkin


def _conflict(existing):
    detail = 'A check-in is already logged that day: send "replace": true to replace it.'
    return Status(409, {"detail": detail, "existing": existing})


@router.get("/", response={200: list[CheckinOut], **ERRORS}, summary="List check-ins, newest first")
@paginate(Pages)
def list_checkins(request, start: datetime.date | None = None, end: datetime.date | None = None):
    return in_period(PainCheckin.objects.for_user(request.user), start, end).order_by("-date")


@router.post(
    "/",
    response={200: CheckinOut, 201: CheckinOut, 409: CheckinConflict, **ERRORS},
    summary="Log a day's check-in",
)
def create_checkin(request, payload: CheckinIn):
    check_date(request, payload.date)
    mine = PainCheckin.objects.for_user(request.user)
    kept = []

    def build():
        same_day = mine.select_for_update().filter(date=payload.date).first()
        if same_day is not None and not payload.replace:
            kept.append(same_day)
            return same_day
        checkin = _fill(same_day or PainCheckin(user=request.user), payload)
        checkin.client_id = payload.client_id
        checkin.save()
        return checkin

    created = create_once(request, PainCheckin.objects, payload.client_id, build)
    return _conflict(created.value) if kept else created


@router.get("/{pk}/", response={200: CheckinOut, **ERRORS}, summary="One check-in")
def read_checkin(request, pk: Id):
    return own(request, PainCheckin.objects, pk)


@router.put(
    "/{pk}/", response={200: CheckinOut, 409: CheckinConflict, **ERRORS}, summary="Replace a check-in"
)
def update_checkin(request, pk: Id, payload: CheckinIn):
    checkin = own(request, PainCheckin.objects, pk)
    check_date(request, payload.date)
    other = PainCheckin.objects.for_user(request.user).filter(date=payload.date).exclude(pk=pk).first()
    if other is not None:
        return _conflict(other)
    _fill(checkin, payload).save()
    return Status(200, checkin)


@router.delete("/{pk}/", response={204: None, **ERRORS}, summary="Delete a check-in")
def delete_checkin(request, pk: Id):
    own(request, PainCheckin.objects, pk).delete()
    return Status(204, None)
