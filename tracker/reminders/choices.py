"""A runner's reminder choices: read (off until they say otherwise), turned off, and exported."""

from tracker.models import ReminderSent, ReminderSettings


def reminder_settings_of(user):
    """The runner's saved choices, or the defaults (reminders off), unsaved, for a runner who made none."""
    return ReminderSettings.objects.for_user(user).first() or ReminderSettings(user=user)


def turn_off_reminders(user):
    ReminderSettings.objects.for_user(user).update(enabled=False)


def reminders_json(user):
    """For "download my data": the choices, and each day a reminder was sent."""
    choices = reminder_settings_of(user)
    return {
        "email_reminders": choices.enabled,
        "hour": choices.hour,
        "nudge_before_pain": choices.nudge,
        "sent": [
            {
                "date": sent.local_date.isoformat(),
                "kind": sent.kind,
                "sent_at": sent.sent_at.isoformat() if sent.sent_at else None,
            }
            for sent in ReminderSent.objects.for_user(user).order_by("local_date")
        ],
    }
