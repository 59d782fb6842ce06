"""The versioned API for a runner's own tools, under /api/v1/ (django-ninja; OpenAPI 3 generated from the
code at /api/v1/openapi.json). Every operation but the public library needs a token or a session."""

from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError as ModelValidationError
from ninja import NinjaAPI
from ninja.errors import AuthenticationError

from tracker.api import checkins, imports, psfs, reading, runs, workouts
from tracker.api.auth import CALLERS, throttles
from tracker.api.rendering import FastJSONRenderer

api = NinjaAPI(
    title="Backtrack API",
    version="1",
    description=(
        "A runner's own journal: workouts, pain check-ins, runs, activity scores (PSFS), the insights, and "
        "the public exercise library. Authenticate with `Authorization: Bearer <token>` (make a token on "
        "your profile page) or the browser session with its CSRF token."
    ),
    urls_namespace="api-v1",
    auth=CALLERS,
    throttle=throttles(),
    renderer=FastJSONRenderer(),
    docs_url=None,  # the docs page is our own, with vendored assets that suit the strict CSP
)
api.add_router("/workouts/", workouts.router)
api.add_router("/checkins/", checkins.router)
api.add_router("/runs/", imports.router)
api.add_router("/imports/", imports.jobs)
api.add_router("/runs/", runs.router)
api.add_router("/psfs/", psfs.router)
api.add_router("/insights/", reading.insights)
api.add_router("/profile/", reading.profile)
api.add_router("/exercises/", reading.library)


@api.exception_handler(AuthenticationError)
def unauthorised(request, error):
    return api.create_response(
        request, {"detail": "Send a personal access token (Authorization: Bearer ...) or log in."}, status=401
    )


@api.exception_handler(ModelValidationError)
def invalid_model(request, error):
    """A rule only the model knows, as a 422 naming its field like the schema's own errors."""
    errors = [
        {"type": "value_error", "loc": ["body", "payload", field], "msg": message}
        for field, messages in error.message_dict.items()
        for message in messages
    ]
    return api.create_response(request, {"detail": errors}, status=422)


def urls():
    """The API's URL patterns. The API answers 401 itself, so Django's login redirect stays out of it."""
    patterns, app_name, namespace = api.urls
    for pattern in patterns:
        pattern.callback = login_not_required(pattern.callback)
    return patterns, app_name, namespace
