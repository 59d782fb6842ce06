"""Activity files in, through the same importer and with the same answers as POST /runs/import/: a small
upload's results at once, a large one's background job (202), followed at /api/v1/imports/<id>/."""

from typing import Literal
from uuid import UUID

from django.urls import reverse
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError
from ninja.utils import check_csrf

from tracker.api.auth import BearerToken, Session
from tracker.api.schemas import ERRORS
from tracker.forms.data import RunImportForm
from tracker.import_jobs import MOST_BYTES_AT_ONCE, MOST_FILES_AT_ONCE, needs_a_job, runners_job, start_job
from tracker.import_jobs import status_json as page_status_json
from tracker.importers.safety import MAX_UPLOAD_BYTES
from tracker.models import ApiToken, ImportJob
from tracker.run_import import import_uploads
from tracker.views.data import TOO_LARGE, upload_refused

router = Router(tags=["runs"])
jobs = Router(tags=["runs"])


class ImportAnswer(Schema):
    """What POST /runs/import/ answers: a result for every file (a zip gives one per file inside it)."""

    files: list[dict]
    error: str | None = None


class JobState(Schema):
    id: UUID
    status: Literal[tuple(ImportJob.Status.values)]
    done: int = Field(description="Activities read so far.")
    total: int = Field(description="Activities in the upload; 0 while they are not yet counted.")


class JobStarted(Schema):
    """A large upload's answer, at once: the job, and where to follow it."""

    job: JobState
    status_url: str = Field(description="GET it with the same token until the job is done or failed.")


class JobStatus(JobStarted):
    files: list[dict] | None = Field(
        None, description="Once the job is done: the `files` list a small upload is answered with at once."
    )
    error: str | None = Field(None, description="Why the job failed, in words.")


MULTIPART_FILES = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["files"],
                    "properties": {
                        "files": {
                            "type": "array",
                            "items": {"type": "string", "format": "binary"},
                            "description": "GPX, FIT or TCX files (gzipped or not), or Strava export zips.",
                        }
                    },
                }
            }
        },
    }
}


@router.post(
    "/import/",
    response={**ERRORS, 200: ImportAnswer, 202: JobStarted, 400: ImportAnswer, 413: ImportAnswer},
    openapi_extra=MULTIPART_FILES,
    auth=[BearerToken(), Session(csrf=False)],
    summary="Import activity files",
    description=(
        f"A zip, more than {MOST_FILES_AT_ONCE} files or more than {MOST_BYTES_AT_ONCE // 2**20} MB in all "
        "is read in the background: the answer is 202 with the job, to follow at its `status_url`. "
        "Smaller uploads are read at once and answered 200 with a result for every file."
    ),
)
def import_files(request):
    # The body is measured before anything reads it, so an oversized upload costs nothing; a browser
    # session's CSRF token is checked once the body is read (the token may travel in the form).
    try:
        size = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        size = 0
    if size > MAX_UPLOAD_BYTES:
        return Status(413, {"files": [], "error": TOO_LARGE})
    refused = upload_refused(request)
    if refused:
        return Status(400, {"files": [], "error": refused})
    if not isinstance(request.auth, ApiToken) and check_csrf(request) is not None:
        raise HttpError(403, "CSRF check failed: send the csrftoken cookie's value as X-CSRFToken.")
    form = RunImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return Status(400, {"files": [], "error": " ".join(form.errors.get("files", []))})
    files = form.cleaned_data["files"]
    if needs_a_job(files):
        return Status(202, status_json(start_job(request.user, files)))
    return Status(200, {"files": [result.as_json() for result in import_uploads(request.user, files)]})


@jobs.get(
    "/{job_id}/",
    response={**ERRORS, 200: JobStatus},
    exclude_none=True,
    summary="A background import's progress, and its results once done",
)
def read_import_job(request, job_id: UUID):
    """Another runner's job is a 404; a read-only token may read it."""
    return status_json(runners_job(request.user, job_id))


def status_json(job):
    """The page's answer for the job (tracker.import_jobs), with the API's own address to follow it."""
    return page_status_json(job, reverse("api-v1:read_import_job", args=[job.pk]))
