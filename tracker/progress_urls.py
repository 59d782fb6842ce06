"""Progress: the outcome measures, and the links a runner shares with their physiotherapist."""

from django.urls import path

from tracker.views import progress, shares

urlpatterns = [
    path("progress/", progress.progress, name="progress"),
    path("progress/activities/", progress.psfs_activities, name="psfs_activities"),
    path("progress/rate/", progress.psfs_rate, name="psfs_rate"),
    path("shares/", shares.shares, name="shares"),
    path("shares/<int:pk>/revoke/", shares.revoke_share, name="revoke_share"),
    # The token is the whole of the secret; the report links to its PDF relatively ("report.pdf").
    path("shared/<str:token>/", shares.shared_report, name="shared_report"),
    path("shared/<str:token>/report.pdf", shares.shared_report_pdf, name="shared_report_pdf"),
]
