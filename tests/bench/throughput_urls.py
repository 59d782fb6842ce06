"""The project's URLs and, for the throughput bench only, the barest useful Django view: one per-runner count
through the same middleware (session, login, CSRF, CSP), so the API's own cost shows as a ratio to it."""

from django.http import JsonResponse
from django.urls import include, path

from tracker.models import Run


def bare_count(request):
    return JsonResponse({"runs": Run.objects.filter(user=request.user).count()})


urlpatterns = [path("bench/bare/", bare_count), path("", include("tracker.urls"))]
