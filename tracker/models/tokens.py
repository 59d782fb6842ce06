"""Personal access tokens: how a runner's own scripts reach the API without a browser session.

As with share links, only a SHA-256 of the token is stored; the runner sees the token once. A read-only
token may read everything its runner may, and write nothing.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from tracker.models.journal import JournalQuerySet


class ApiTokenQuerySet(JournalQuerySet):
    def usable(self, now=None):
        now = now or timezone.now()
        return self.filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now), revoked_at__isnull=True)


class ApiToken(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=80)
    token_sha256 = models.CharField(max_length=64, unique=True, editable=False)
    read_only = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "API token"

    def __str__(self):
        return f"{self.name} ({self.user})"

    @property
    def is_usable(self):
        now = timezone.now()
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > now)
