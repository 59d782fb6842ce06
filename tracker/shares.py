"""Creating, finding and revoking the read-only links a runner gives their physiotherapist.

The token is 32 random bytes (256 bits) in URL-safe base64, shown to the runner once; the database keeps only
its SHA-256. An unknown, expired or revoked token all end in the same 404, and every such miss counts
against the asking address: past MAX_MISSES in MISS_WINDOW that address gets 429 for every share URL, a
valid one included, so the answer never tells a guesser which tokens exist.
"""

import datetime

from django.db.models import F
from django.utils import timezone

from tracker.client_address import client_address
from tracker.counters import count_one, current_count
from tracker.models import ShareLink
from tracker.secret_tokens import digest, new_token
from tracker.share_paths import SHARE_ID_KEY

MAX_MISSES = 20
MISS_WINDOW = datetime.timedelta(minutes=15)
MISS_SECONDS = int(MISS_WINDOW.total_seconds())


def create_share(user, start, end, days, include_notes=False):
    """(share, token): the token exists only in this return value and in the link the runner copies."""
    token = new_token()
    share = ShareLink.objects.create(
        user=user,
        token_sha256=digest(token),
        start=start,
        end=end,
        include_notes=include_notes,
        expires_at=timezone.now() + datetime.timedelta(days=days),
    )
    return share, token


def revoke(share):
    if share.revoked_at is None:
        share.revoked_at = timezone.now()
        share.save(update_fields=["revoked_at"])


def _miss_key(request):
    return f"share-misses:{client_address(request)}"


def too_many_misses(request):
    return current_count(_miss_key(request), MISS_SECONDS) >= MAX_MISSES


def _count_miss(request):
    count_one(_miss_key(request), MISS_SECONDS)


def open_share(request, token):
    """The live share for this token, its opening counted; None (and a miss counted) otherwise."""
    share = ShareLink.objects.live().select_related("user").filter(token_sha256=digest(token)).first()
    if share is None:
        _count_miss(request)
        return None
    ShareLink.objects.filter(pk=share.pk).update(
        times_opened=F("times_opened") + 1, last_opened_at=timezone.now()
    )
    # Logs name the share by its id, never by its token (tracker.share_paths).
    request.META[SHARE_ID_KEY] = share.pk
    return share
