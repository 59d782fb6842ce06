from django.urls import path

from tracker.views import insights

urlpatterns = [
    path("insights/", insights.insights_page, name="insights"),
    path("api/insights/", insights.insights_api, name="api_insights"),
]
