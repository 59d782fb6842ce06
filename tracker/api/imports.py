"""Activity files in, through the same importer and with the same answer as POST /runs/import/."""

from ninja import Router, Schema, Status
from ninja.errors import HttpError
from ninja.utils import check_csrf

from tracker.api.auth import BearerToken, Session
from tracker.api.schemas import ERRORS
from tracker.forms.data import RunImportForm
from tracker.importers.safety import MAX_UPLOAD_BYTES
from tracker.models import ApiToken
from tracker.run_import import import_uploads
from tracker.views.data import TOO_LARGE, upload_refused

router = Router(tags=["runs"])


class ImportAnswer(Schema):
    """What POST /runs/import/ answers: a result for every file (a zip gives one per file inside it)."""

    files: list[dict]
    error: str | None = None


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
    response={**ERRORS, 200: ImportAnswer, 400: ImportAnswer, 413: ImportAnswer},
    openapi_extra=MULTIPART_FILES,
    auth=[BearerToken(), Session(csrf=False)],
    summary="Import activity files",
)
def import_files(request):
    """The body is measured before anything reads it, so an oversized upload costs nothing; a browser
    session's CSRF token is checked once the body is read (the token may travel in the form)."""
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
    return Status(
        200,
        {"files": [result.as_json() for result in import_uploads(request.user, form.cleaned_data["files"])]},
    )
