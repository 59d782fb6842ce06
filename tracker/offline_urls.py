"""The app installed and used without a signal: its manifest, its service worker (at the root, so that it
may control every page) and the page shown for what needs a connection."""

from django.urls import path

from tracker.views import offline

urlpatterns = [
    path("manifest.webmanifest", offline.manifest, name="manifest"),
    path("sw.js", offline.service_worker, name="service_worker"),
    path("offline/", offline.offline_page, name="offline"),
]
