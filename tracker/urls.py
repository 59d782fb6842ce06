"""The project's URLs. Each feature keeps its own URL module; private pages are private by default
(LoginRequiredMiddleware), and public ones opt out with login_not_required."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("library/", include("routines.urls")),
    path("accounts/", include("tracker.account_urls")),
    path("", include("tracker.journal_urls")),
    path("", include("tracker.insights_urls")),
    path("", include("tracker.data_urls")),
    path("", include("tracker.progress_urls")),
    path("api/v1/", include("tracker.api_urls")),
    path("", include("tracker.token_urls")),
    path("", include("tracker.reminder_urls")),
    path("", include("tracker.offline_urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
