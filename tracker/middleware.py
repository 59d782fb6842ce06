"""Middleware of Backtrack's own."""

from django.utils.cache import add_never_cache_headers


class PrivatePagesNotStoredMiddleware:
    """Anything answered to a logged-in runner may hold health data (pages, JSON, the CSV and the data zip):
    no browser, proxy or shared computer's cache may keep a copy. Applied to every answer for a logged-in
    request, rather than view by view, so a new page cannot forget it. Public pages for visitors stay
    cacheable. The one deliberate copy is the service worker's of the runner's log pages, for use without a
    signal, deleted at logout (tracker/offline.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            add_never_cache_headers(response)
        return response
