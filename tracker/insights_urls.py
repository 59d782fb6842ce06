from django.urls import path

from tracker.views import insights

urlpatterns = [
    path("insights/", insights.insights_page, name="insights"),
    path("insights/tables/<slug:chart>/<slug:key>/", insights.insights_table, name="insights_table"),
    path("api/insights/", insights.insights_api, name="api_insights"),
]
