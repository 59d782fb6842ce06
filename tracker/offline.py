"""What a runner's phone keeps for use without a signal (the service worker, static/js/service_worker.js),
and whose it is.

Kept, and only while a runner is logged in: the app's own files (CSS, scripts, icons, the library's drawings),
the pages that log an entry (today's page with its one tap, the check-in, workout and run forms), the public
library and the warning signs, and a page that says what needs a connection. Never kept: history, insights,
progress, an entry's own page, the API's answers: they hold the journal, and a phone that is lost or shared
should not. Today's page and the forms are the runner's own (today's page shows the last pain score), so
they sit in a cache named by the runner's owner key below, which the worker serves only while that runner's
pages name the same key, and which the page's script deletes at logout and on any page seen logged out.
"""

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.crypto import salted_hmac

from routines.drawings import DRAWINGS

SHELL_FILES = [
    "vendor/bootstrap/bootstrap.min.css",
    "vendor/bootstrap/bootstrap.bundle.min.js",
    "css/theme.css",
    "css/app.css",
    "js/theme.js",
    "js/offline_store.js",
    "js/offline_send.js",
    "js/offline_entries.js",
    "js/offline_forms.js",
    "js/offline.js",
    "js/checkin.js",
    "js/log_workout.js",
    "js/library.js",
    "favicon.svg",
    "icons/icon-192.png",
    "icons/icon-512.png",
]
# Named by URL name: the pages a runner logs from, and the public pages worth having on the trail.
KEPT_PAGES = ["home", "log_checkin", "log_workout", "log_run", "offline", "routines:library", "red_flags"]


def owner_key(user):
    """A name for this runner's offline copies that is the same on every visit and says nothing about them:
    the worker keeps a page only when it carries the key of the cache it goes into, so one runner's pages
    can never be served to another who logs in on the same phone."""
    return salted_hmac("backtrack.offline.owner", str(user.pk)).hexdigest()[:32]


def offline_config(user):
    """What static/js/offline.js hands to the worker, and needs itself, on every page a runner sees."""
    return {
        "owner": owner_key(user),
        "shell": [static(name) for name in SHELL_FILES]
        + [static(drawing.static_path) for drawing in DRAWINGS.values()]
        + [reverse("manifest")],
        "pages": [reverse(name) for name in KEPT_PAGES],
        "worker": reverse("service_worker"),
        "home": reverse("home"),
        "library": reverse("routines:library"),
        "history": reverse("history"),
        "warningSigns": reverse("red_flags"),
        "csrfCookie": settings.CSRF_COOKIE_NAME,
        "api": {
            "checkin": reverse("api-v1:create_checkin"),
            "workout": reverse("api-v1:create_workout"),
            "run": reverse("api-v1:create_run"),
        },
    }
