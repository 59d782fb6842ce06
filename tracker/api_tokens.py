"""Personal access tokens: made, found and revoked. A token looks like `bt_` and 43 URL-safe characters."""

import datetime

from django.db.models import Q
from django.utils import timezone

from tracker.models import ApiToken
from tracker.secret_tokens import digest, new_token

PREFIX = "bt_"
# Last use is written at most once a minute a token, so a busy script does not write on every request.
LAST_USE_RESOLUTION = datetime.timedelta(minutes=1)


def create_token(user, name, read_only=False, days=None):
    """(token, secret): the secret exists only in this return value and in what the runner copies."""
    secret = new_token(PREFIX)
    expires = timezone.now() + datetime.timedelta(days=days) if days else None
    token = ApiToken.objects.create(
        user=user, name=name, token_sha256=digest(secret), read_only=read_only, expires_at=expires
    )
    return token, secret


def find_token(secret):
    """The usable token for this secret, its last use recorded; None otherwise."""
    if not secret.startswith(PREFIX):
        return None
    token = ApiToken.objects.usable().select_related("user").filter(token_sha256=digest(secret)).first()
    if token is None or not token.user.is_active:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USE_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).filter(
            Q(last_used_at__isnull=True) | Q(last_used_at__lte=now - LAST_USE_RESOLUTION)
        ).update(last_used_at=now)
    return token


def revoke_token(token):
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
