"""/api/v1/: the API's operations and OpenAPI document (tracker.api), and its docs page."""

from django.urls import path

from tracker.api import urls as api_urls
from tracker.views import api_docs

urlpatterns = [
    path("docs/", api_docs.docs, name="api_docs"),
    path("", api_urls()),
]
