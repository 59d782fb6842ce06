"""Data in and out: importing activity files and the journal CSV, exporting, and deleting the account."""

from django.contrib import messages
from django.contrib.auth import logout
from django.core.exceptions import TooManyFilesSent
from django.http import JsonResponse, StreamingHttpResponse
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods

from tracker.account_removal import delete_runner
from tracker.export import download_name, in_chunks, journal_csv_lines
from tracker.export_archive import my_data_zip_chunks
from tracker.forms.data import JOURNAL_CSV_MAX_BYTES, DeleteAccountForm, JournalImportForm, RunImportForm
from tracker.import_jobs import job_results, needs_a_job, runners_job, start_job, status_json
from tracker.import_results import count_by_status
from tracker.importers.journal_csv import COLUMNS, JournalCsvError
from tracker.importers.safety import MAX_UPLOAD_BYTES
from tracker.journal import runner_profile
from tracker.journal_import import load_journal_csv
from tracker.limits import MAX_CSV_PROBLEMS, MAX_CSV_ROWS
from tracker.models import ImportJob
from tracker.run_import import import_uploads
from tracker.views.common import refuse_writes, wants_json

# The multipart wrapping around a CSV of the largest size allowed.
MULTIPART_SLACK = 64 * 1024
TOO_LARGE = (
    "The upload is larger than 100 MB. Send fewer files at a time, or split a large export into several zips."
)
TOO_MANY_FILES = "Too many files at once. Put them in a zip, or send them in smaller batches."
UNREADABLE_UPLOAD = "The upload could not be read: send the files as multipart/form-data in the field files."


def upload_refused(request):
    """Why the upload's body cannot be read, in words, or "" when it can: parsed here, so a broken upload
    gets a reason rather than a bare 400 or a server error."""
    try:
        request.FILES  # noqa: B018
    except TooManyFilesSent:
        return TOO_MANY_FILES
    except MultiPartParserError:
        return UNREADABLE_UPLOAD
    return ""


def _body_size(request):
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


# The upload views are csrf_exempt only so that the size check runs before anything reads the body (the
# CSRF middleware would read it all to find the token); the inner view checks CSRF itself.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def import_runs(request):
    if request.method == "POST":
        if _body_size(request) > MAX_UPLOAD_BYTES:
            return _import_refused(request, TOO_LARGE, status=413)
        refused = upload_refused(request)
        if refused:
            return _import_refused(request, refused, status=400)
    return _import_runs(request)


@csrf_protect
def _import_runs(request):
    form, results = RunImportForm(), None
    if request.method == "POST":
        form = RunImportForm(request.POST, request.FILES)
        if form.is_valid() and needs_a_job(form.cleaned_data["files"]):
            return _job_started(request, start_job(request.user, form.cleaned_data["files"]))
        if form.is_valid():
            results = import_uploads(request.user, form.cleaned_data["files"])
            if wants_json(request):
                return JsonResponse({"files": [result.as_json() for result in results]})
        elif wants_json(request):
            return JsonResponse({"files": [], "error": " ".join(form.errors.get("files", []))}, status=400)
    return _import_page(request, form, results)


def _import_page(request, form, results=None, error="", status=200):
    context = {
        "form": form,
        "error": error,
        "results": results,
        "counts": count_by_status(results or []),
        "units": runner_profile(request.user).units,
        "max_bytes": MAX_UPLOAD_BYTES,
    }
    return render(request, "tracker/import_runs.html", context, status=status)


def _job_started(request, job):
    """A large upload's answer, at once: the job to follow rather than the results."""
    if wants_json(request):
        return JsonResponse(status_json(job), status=202)
    return redirect("import_job", job_id=job.pk)


def import_job(request, job_id):
    job = runners_job(request.user, job_id)
    refused = refuse_writes(request)
    if refused:
        return refused
    done = job.status == ImportJob.Status.DONE
    results = job_results(job) if done else None
    context = {
        "job": job,
        "status_url": status_json(job)["status_url"],
        "results": results,
        "counts": count_by_status(results or []),
        "units": runner_profile(request.user).units,
    }
    return render(request, "tracker/import_job.html", context)


def import_job_status(request, job_id):
    job = runners_job(request.user, job_id)
    return refuse_writes(request) or JsonResponse(status_json(job))


def _import_refused(request, reason, status):
    if wants_json(request):
        return JsonResponse({"files": [], "error": reason}, status=status)
    return _import_page(request, RunImportForm(), error=reason, status=status)


@require_GET
def journal_export_csv(request):
    # Streamed: the lines leave as they are read from the journal, whatever its length.
    lines = in_chunks(journal_csv_lines(request.user))
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_download_name(request, "journal")}.csv"'
    return response


def _download_name(request, kind):
    return download_name(kind, runner_profile(request.user).today())


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def journal_import(request):
    if request.method == "POST" and _body_size(request) > JOURNAL_CSV_MAX_BYTES + MULTIPART_SLACK:
        error = "The file is larger than 10 MB. Split it into smaller files."
        return _journal_import_page(request, JournalImportForm(), error=error, status=413)
    return _journal_import(request)


@csrf_protect
def _journal_import(request):
    if request.method != "POST":
        return _journal_import_page(request, JournalImportForm())
    form = JournalImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _journal_import_page(request, form)
    try:
        # The upload itself, read a row at a time, rather than its bytes at once.
        summary = load_journal_csv(
            request.user, form.cleaned_data["file"], runner_profile(request.user).today()
        )
    except JournalCsvError as error:
        return _journal_import_page(request, form, refused=error)
    messages.success(request, summary.describe())
    return redirect("journal_import")


def _journal_import_page(request, form, refused=None, error="", status=200):
    context = {
        "form": form,
        "error": error,
        "problems": refused.problems if refused else [],
        "stopped_early": refused.stopped_early if refused else False,
        "max_problems": MAX_CSV_PROBLEMS,
        "max_rows": f"{MAX_CSV_ROWS:,}",
        "columns": ",".join(COLUMNS),
    }
    return render(request, "tracker/journal_import.html", context, status=status)


@require_GET
def download_my_data(request):
    response = StreamingHttpResponse(my_data_zip_chunks(request.user), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{_download_name(request, "data")}.zip"'
    return response


@sensitive_post_parameters("password")
@require_http_methods(["GET", "HEAD", "POST"])
def delete_account(request):
    form = DeleteAccountForm(request.POST if request.method == "POST" else None, request=request)
    if request.method == "POST" and form.is_valid():
        delete_runner(request.user)
        logout(request)
        messages.success(request, "Your account and everything in your journal have been deleted.")
        return redirect("home")
    user = request.user
    counts = {"workouts": user.workouts.count(), "checkins": user.checkins.count(), "runs": user.runs.count()}
    return render(request, "tracker/account_delete.html", {"form": form, "counts": counts})
