"""What every API handler shares: the runner's own objects (another runner's is a 404), dates checked as
the journal's forms check them, errors in one 422 shape, and creates made idempotent by `client_id`."""

import datetime

from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404
from ninja import Status
from ninja.errors import ValidationError

from tracker.dates import day_words
from tracker.journal import runner_profile
from tracker.limits import EARLIEST_DATE


def invalid(field, message):
    """A 422 naming the field, in the shape django-ninja gives its own validation errors."""
    return ValidationError([{"type": "value_error", "loc": ["body", "payload", field], "msg": message}])


def own(request, manager, pk):
    return get_object_or_404(manager.for_user(request.user), pk=pk)


def check_date(request, day, field="date"):
    """Not before 1900, and at most one day ahead of today in the runner's own time zone."""
    latest = runner_profile(request.user).today() + datetime.timedelta(days=1)
    if day < EARLIEST_DATE:
        raise invalid(field, "Dates start on 1 January 1900.")
    if day > latest:
        raise invalid(field, f"That is in the future: the latest date is tomorrow, {day_words(latest)}.")


def in_period(entries, start, end):
    if start is not None:
        entries = entries.filter(date__gte=start)
    if end is not None:
        entries = entries.filter(date__lte=end)
    return entries


def create_once(request, manager, client_id, build):
    """201 and the entry `build()` saves, or 200 and the stored one when this client_id was sent before, also
    when two copies race (the database's unique constraint decides)."""

    def stored():
        return manager.for_user(request.user).filter(client_id=client_id).first() if client_id else None

    earlier = stored()
    if earlier is not None:
        return Status(200, earlier)
    try:
        with transaction.atomic():
            return Status(201, build())
    except IntegrityError:
        earlier = stored()
        if earlier is None:
            raise
        return Status(200, earlier)
