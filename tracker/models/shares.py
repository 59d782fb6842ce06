"""Read-only links a runner gives their physiotherapist.

Only a SHA-256 of the token is stored: the token itself is shown to the runner once, and a copy of the
database cannot open a report. Tokens are 256 random bits, so a hash without salt or stretching is enough
(no one can guess their way to a preimage).
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from tracker.models.journal import JournalQuerySet

SHARE_MIN_DAYS = 1
SHARE_MAX_DAYS = 90
SHARE_DEFAULT_DAYS = 14


class ShareLinkQuerySet(JournalQuerySet):
    def live(self, now=None):
        """Links that still open: not revoked and not expired."""
        now = now or timezone.now()
        return self.filter(revoked_at__isnull=True, expires_at__gt=now)


class ShareLink(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="share_links")
    token_sha256 = models.CharField(max_length=64, unique=True, editable=False)
    start = models.DateField()
    end = models.DateField()
    include_notes = models.BooleanField("include my notes", default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_opened_at = models.DateTimeField(null=True, blank=True)
    times_opened = models.PositiveIntegerField(default=0)

    objects = ShareLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gte=F("start")), name="share_period_ends_after_start"),
            models.CheckConstraint(condition=Q(expires_at__gt=F("created_at")), name="share_expires_later"),
        ]

    def __str__(self):
        return f"Share {self.pk} of {self.user}"

    @property
    def is_live(self):
        return self.revoked_at is None and self.expires_at > timezone.now()
