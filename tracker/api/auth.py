"""Who is calling the API: a personal access token (`Authorization: Bearer bt_...`) or the browser session
(with its CSRF token for writes). A read-only token writing gets 403; every caller is rate-limited, a token
by its own count, a session by its user's, an anonymous caller (the public library) by address."""

import time

from django.conf import settings
from ninja.errors import HttpError
from ninja.security import HttpBearer, SessionAuth
from ninja.throttling import BaseThrottle

from tracker.api_tokens import find_token
from tracker.client_address import client_address
from tracker.counters import count_one
from tracker.models import ApiToken

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
WINDOW_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class BearerToken(HttpBearer):
    def authenticate(self, request, token):
        found = find_token(token)
        if found is None:
            return None
        if found.read_only and request.method not in SAFE_METHODS:
            raise HttpError(403, "This token is read-only: make a read-write token to change the journal.")
        request.user = found.user
        return found


class Session(SessionAuth):
    """The logged-in browser, as the journal's pages use it; writes need Django's CSRF token."""

    def authenticate(self, request, key):
        user = super().authenticate(request, key)
        return user if user is not None and user.is_active else None


CALLERS = [BearerToken(), Session()]


class CallerThrottle(BaseThrottle):
    """At most `rate` requests in each fixed window, counted in the database (tracker.counters): one count per
    token (two scripts of one runner do not share a budget), per runner for a browser session, per address
    for anonymous callers. A counter costs the same at any rate, where django-ninja's own throttles keep a
    list of every request's time in the window."""

    def __init__(self, rate):
        number, per = rate.split("/")
        self.limit, self.seconds = int(number), WINDOW_SECONDS[per[0]]

    def allow_request(self, request):
        count, self.window_ends = count_one(f"api-rate:{_caller_key(request)}", self.seconds)
        return count <= self.limit

    def wait(self):
        return max(0.0, self.window_ends - time.time())


def _caller_key(request):
    caller = getattr(request, "auth", None)
    if isinstance(caller, ApiToken):
        return f"token-{caller.pk}"
    if caller is not None:
        return f"user-{caller.pk}"
    return f"address-{client_address(request)}"


def throttles():
    return [CallerThrottle(settings.API_RATE)]


def caller(request):
    """The runner the request acts for, whichever way they signed in."""
    return request.user
