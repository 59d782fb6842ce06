"""The reminder e-mail: plain text, a subject that says nothing about health (an inbox list or a lock
screen shows it), and the one-click unsubscribe headers of RFC 8058."""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse

from tracker.dates import day_words
from tracker.models.reminders import HOURS
from tracker.reminders.links import absolute_url, unsubscribe_url

SUBJECT = "Backtrack: a reminder for today"


def reminder_message(due, nudge=None, connection=None):
    """The e-mail for a runner who is due: the nudge's words when there are some, else the plain reminder."""
    user, profile = due.user, due.profile
    unsubscribe = unsubscribe_url(user)
    context = {
        "username": user.get_username(),
        "day": day_words(due.local_date),
        "nudge": nudge,
        "hour": dict(HOURS)[due.choices.hour],
        "time_zone": profile.time_zone if profile is not None else "UTC",
        "links": {
            "checkin": absolute_url(reverse("log_checkin")),
            "workout": absolute_url(reverse("log_workout")),
            "run": absolute_url(reverse("log_run")),
            "profile": absolute_url(reverse("profile") + "#reminders"),
            "unsubscribe": unsubscribe,
        },
    }
    return EmailMessage(
        subject=SUBJECT,
        body=render_to_string("tracker/email/reminder.txt", context),
        to=[user.email],
        connection=connection,
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            # RFC 3834: automatic mail, so out-of-office replies stay away.
            "Auto-Submitted": "auto-generated",
        },
    )
