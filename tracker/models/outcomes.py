"""Outcome measures a physiotherapist reads beside the daily pain score.

The Patient-Specific Functional Scale (PSFS): the runner names the activities their back makes hard and
rates each from 0 (unable) to 10 (as before the problem), about once a week. The score is the mean of the
items; its minimal detectable change is in tracker.insights.outcomes.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q

from tracker.limits import EARLIEST_DATE
from tracker.models.journal import JournalQuerySet

PSFS_MIN_ACTIVITIES = 3
PSFS_MAX_ACTIVITIES = 5


class PsfsActivityQuerySet(JournalQuerySet):
    def current(self):
        """The activities the runner rates now; retired ones keep their past scores."""
        return self.filter(retired_at__isnull=True)


class PsfsActivity(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="psfs_activities"
    )
    name = models.CharField(max_length=120)
    order = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    retired_at = models.DateTimeField(null=True, blank=True)

    objects = PsfsActivityQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "PSFS activity"
        verbose_name_plural = "PSFS activities"
        constraints = [
            # Two current activities of one runner may not share a name: the chart would mix them up.
            models.UniqueConstraint(
                fields=["user", "name"],
                condition=Q(retired_at__isnull=True),
                name="psfs_activity_name_unique",
            ),
        ]

    def __str__(self):
        return self.name


class PsfsAssessment(models.Model):
    """One rating of every current activity on one day."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="psfs_assessments"
    )
    date = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)
    # Set by an API client (the offline queue) so that sending the same entry twice stores it once.
    client_id = models.UUIDField(null=True, blank=True, editable=False)

    objects = JournalQuerySet.as_manager()

    class Meta:
        ordering = ["-date"]
        verbose_name = "PSFS assessment"
        constraints = [
            models.UniqueConstraint(
                fields=["user", "client_id"],
                condition=Q(client_id__isnull=False),
                name="one_psfs_per_client_id",
            ),
            # One a day: rating again the same day replaces it. The unique index also serves date lookups.
            models.UniqueConstraint(fields=["user", "date"], name="one_psfs_per_user_per_day"),
            models.CheckConstraint(condition=Q(date__gte=EARLIEST_DATE), name="psfs_date_from_1900"),
        ]

    def __str__(self):
        return f"PSFS on {self.date}"


class PsfsScore(models.Model):
    assessment = models.ForeignKey(PsfsAssessment, on_delete=models.CASCADE, related_name="scores")
    activity = models.ForeignKey(PsfsActivity, on_delete=models.CASCADE, related_name="scores")
    score = models.PositiveSmallIntegerField(help_text="0 unable to do it, 10 as well as before.")

    class Meta:
        ordering = ["assessment", "activity__order", "activity__pk"]
        constraints = [
            models.UniqueConstraint(fields=["assessment", "activity"], name="one_psfs_score_per_activity"),
            models.CheckConstraint(condition=Q(score__gte=0, score__lte=10), name="psfs_score_0_to_10"),
        ]

    def __str__(self):
        return f"{self.activity}: {self.score}"
