"""Absolute links for e-mails, and the one-click unsubscribe link.

The link carries the runner's id signed with the site's secret key and a salt of its own, so it cannot be
made up, changed to reach another runner, or passed off as any other signed value of the site. It needs no
login (RFC 8058: a mail program may POST to it), and it does not expire: an old e-mail's link still works.
It travels in the query string, which the access log leaves out.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.urls import reverse

UNSUBSCRIBE_SALT = "tracker.reminders.unsubscribe"


def absolute_url(path):
    return settings.SITE_URL + path


def unsubscribe_token(user):
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)


def unsubscribe_url(user):
    return absolute_url(reverse("unsubscribe") + "?" + urlencode({"token": unsubscribe_token(user)}))


def runner_of(token):
    """The runner an unsubscribe token was made for, or None for a token that is not one of ours, was
    changed, or names an account that no longer exists."""
    try:
        runner_id = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(runner_id, int) or isinstance(runner_id, bool):
        return None
    return get_user_model().objects.filter(pk=runner_id).first()
