"""Reminders for the tests: turned on for a runner, and the command run at pinned moments."""

import datetime
import zoneinfo

import time_machine
from django.core import mail
from django.core.management import call_command

from tracker.models import Profile, ReminderSettings

UTC = datetime.timezone.utc  # noqa: UP017 - the project supports Python 3.10
QUARTER_HOUR = datetime.timedelta(minutes=15)


def remind(user, hour=8, nudge=False, time_zone=None):
    if time_zone is not None:
        Profile.objects.filter(user=user).update(time_zone=time_zone)
    choices, _ = ReminderSettings.objects.update_or_create(
        user=user, defaults={"enabled": True, "hour": hour, "nudge": nudge}
    )
    return choices


def local(zone, *fields):
    """An aware moment on a zone's wall clock: local("Europe/London", 2026, 3, 29, 8)."""
    return datetime.datetime(*fields, tzinfo=zoneinfo.ZoneInfo(zone))


def utc(*fields):
    return datetime.datetime(*fields, tzinfo=UTC)


def send_at(moment):
    """Run `manage.py send_reminders` with the clock pinned at `moment`; the e-mails it sent."""
    already = len(mail.outbox)
    with time_machine.travel(moment, tick=False):
        call_command("send_reminders")
    return mail.outbox[already:]


def sweep(first, last, every=QUARTER_HOUR):
    """The command run every quarter of an hour from first to last, as a timer would: for each address, the
    moments (UTC) its e-mails went out."""
    sent = {}
    moment = first
    while moment <= last:
        for message in send_at(moment):
            sent.setdefault(message.to[0], []).append(moment.astimezone(UTC))
        moment += every
    return sent
