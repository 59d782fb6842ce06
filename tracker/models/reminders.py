"""E-mail reminders: what a runner asked for, and a row for every day one was sent.

The row for a day is written before its e-mail goes out, and the database allows one row a runner a local
day, so two runs of `send_reminders` (twice in an hour, or on two app servers at once) cannot both send it.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q

from tracker.models.journal import JournalQuerySet

HOURS = [(hour, f"{hour:02d}:00") for hour in range(24)]
DEFAULT_HOUR = 19


class ReminderSettings(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_settings"
    )
    enabled = models.BooleanField("email me a reminder", default=False)
    hour = models.PositiveSmallIntegerField("time of day", choices=HOURS, default=DEFAULT_HOUR)
    nudge = models.BooleanField("nudge me before the pain comes back", default=False)

    objects = JournalQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "reminder settings"
        constraints = [
            models.CheckConstraint(condition=Q(hour__gte=0, hour__lte=23), name="reminder_hour_0_to_23"),
        ]

    def __str__(self):
        return f"Reminders of {self.user}"


class ReminderSent(models.Model):
    class Kind(models.TextChoices):
        REMINDER = "reminder", "Reminder"
        NUDGE = "nudge", "Nudge before the pain comes back"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    # The runner's own date (in their time zone) that the reminder was for.
    local_date = models.DateField()
    kind = models.CharField(max_length=10, choices=Kind.choices)
    claimed_at = models.DateTimeField()
    # Empty while the e-mail is being handed over; stays empty if the sender died in between (that day's
    # reminder is then lost rather than risk sending it twice).
    sent_at = models.DateTimeField(null=True, blank=True)

    objects = JournalQuerySet.as_manager()

    class Meta:
        ordering = ["-local_date"]
        constraints = [
            # The claim: whoever inserts the row for a runner's day sends that day's e-mail. Its index also
            # serves the command's look-up of the days already sent.
            models.UniqueConstraint(fields=["user", "local_date"], name="one_reminder_per_runner_per_day"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} for {self.user} on {self.local_date}"
