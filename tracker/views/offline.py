"""The app on a phone's home screen and without a signal: the web app manifest, the service worker, and the
page the worker shows for a page it does not keep (tracker/offline.py says which it keeps and why)."""

from django.contrib.auth.decorators import login_not_required
from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.views.decorators.http import require_GET

SERVICE_WORKER = "js/service_worker.js"
# The light theme's brand teal and page background (static/css/theme.css).
THEME_COLOUR, BACKGROUND_COLOUR = "#17606b", "#f7f5f0"


def _icon(name, size, purpose="any"):
    size_text = f"{size}x{size}"
    return {"src": static(f"icons/{name}"), "sizes": size_text, "type": "image/png", "purpose": purpose}


@login_not_required
@require_GET
def manifest(request):
    """What a phone needs to install Backtrack on its home screen and open it like an app."""
    document = {
        "name": "Backtrack",
        "short_name": "Backtrack",
        "description": "A journal of core work, back pain and runs, for runners whose lower back hurts.",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "icons": [
            _icon("icon-192.png", 192),
            _icon("icon-512.png", 512),
            _icon("icon-maskable-512.png", 512, "maskable"),
        ],
    }
    return JsonResponse(document, content_type="application/manifest+json")


@login_not_required
@require_GET
def service_worker(request):
    """The worker is a static file, served from the site's root so that its scope is the whole site (a
    worker controls only pages under its own URL). Browsers check it for a new version on every visit."""
    path = finders.find(SERVICE_WORKER)
    if path is None:
        raise Http404("No service worker.")
    with open(path, "rb") as worker:
        response = HttpResponse(worker.read(), content_type="application/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache"
    return response


@login_not_required
@require_GET
def offline_page(request):
    """Shown by the worker, from its copy, for a page that needs a connection."""
    return render(request, "tracker/offline.html")
