"""Sending the reminders that are due, each at most once, however many senders run at the same time.

Each e-mail is claimed first: a row for (runner, local date) is inserted and committed, and only the sender
whose insert succeeded sends it. The database's unique constraint decides between two senders (PostgreSQL
makes the second insert wait for the first to commit, SQLite queues the writers), and the claim is committed
before the e-mail goes out, so no write lock is held while the mail server answers. A send that fails gives
its claim back, so the next run tries again; a sender that dies between claim and send loses that runner's
reminder for the day rather than risk a second one.
"""

import logging
import smtplib
from dataclasses import dataclass

from django.core import mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from tracker.insights.lapse_warning import nudge_warning
from tracker.models import ReminderSent
from tracker.reminders.due import due_reminders
from tracker.reminders.mail import reminder_message
from tracker.series import insights_for

logger = logging.getLogger(__name__)
MAIL_ERRORS = (smtplib.SMTPException, OSError)


@dataclass
class Outcome:
    sent: int = 0
    nudges: int = 0
    already_claimed: int = 0
    failed: int = 0


def send_due_reminders(now):
    outcome = Outcome()
    connection = mail.get_connection()
    for due in due_reminders(now):
        nudge = nudge_for(due)
        message = reminder_message(due, nudge, connection)
        kind = ReminderSent.Kind.NUDGE if nudge else ReminderSent.Kind.REMINDER
        claim = claim_day(due.user, due.local_date, kind, now)
        if claim is None:
            outcome.already_claimed += 1
            continue
        try:
            message.send()
        except Exception as error:
            claim.delete()
            if not isinstance(error, MAIL_ERRORS):
                raise
            # The runner by id only: an address is personal, and the error's text may quote it.
            logger.warning("Reminder for runner %s not sent (%s)", due.user.pk, type(error).__name__)
            connection.close()  # a broken connection is opened afresh for the next e-mail
            outcome.failed += 1
            continue
        ReminderSent.objects.filter(pk=claim.pk).update(sent_at=timezone.now())
        outcome.sent += 1
        outcome.nudges += kind == ReminderSent.Kind.NUDGE
    connection.close()
    return outcome


def nudge_for(due):
    """The lapse warning's words when the runner asked for the nudge and their pain has tended to climb a
    few days from now, else None. The journal is read only for runners who asked."""
    if not due.choices.nudge:
        return None
    journal, insights = insights_for(due.user, profile=due.profile, today=due.local_date)
    # A journal left for more than a year ends at its last entry: its "days since" are not about now.
    return nudge_warning(insights) if journal.series.ends_today else None


def claim_day(user, local_date, kind, now):
    """The claim row for this runner's day, or None when another sender (or an earlier run) has it."""
    try:
        with transaction.atomic():
            return ReminderSent.objects.create(user=user, local_date=local_date, kind=kind, claimed_at=now)
    except IntegrityError:
        return None
