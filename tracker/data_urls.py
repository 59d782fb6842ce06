"""Data in and out: imports, exports, and deleting the account."""

from django.urls import path

from tracker.views import data

urlpatterns = [
    path("runs/import/", data.import_runs, name="import_runs"),
    path("runs/import/jobs/<uuid:job_id>/", data.import_job, name="import_job"),
    path("runs/import/jobs/<uuid:job_id>/status/", data.import_job_status, name="import_job_status"),
    path("journal/export.csv", data.journal_export_csv, name="journal_export_csv"),
    path("journal/import/", data.journal_import, name="journal_import"),
    path("my-data/download/", data.download_my_data, name="download_my_data"),
    path("account/delete/", data.delete_account, name="delete_account"),
]
