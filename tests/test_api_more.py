"""The API's other half: activity files in (as the import page), the insights (as /api/insights/), the
runner's settings, the public library, and an OpenAPI document that describes every operation."""

import json
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile

from tests.api_client import ApiClient
from tests.base import make_checkin
from tracker.models import Profile, Run

FIT = Path(__file__).parent / "files" / "real" / "fit" / "activity-small-fenix2-run.fit"


def fit_upload():
    return SimpleUploadedFile(FIT.name, FIT.read_bytes())


def test_a_fit_file_is_imported_with_the_import_pages_answer(alice, alice_client):
    answer = ApiClient(alice).upload("/runs/import/", [fit_upload()])
    result = answer.json()["files"][0]
    assert (answer.status_code, result["status"], result["run"]["distance_km"]) == (200, "imported", 9.008)
    page_answer = alice_client.post(
        "/runs/import/", {"files": [fit_upload()]}, headers={"Accept": "application/json"}
    )
    assert page_answer.json()["files"][0]["status"] == "duplicate"
    assert Run.objects.count() == 1


def test_a_read_only_token_cannot_import(alice):
    assert ApiClient(alice, read_only=True).upload("/runs/import/", [fit_upload()]).status_code == 403


def test_an_import_without_files_is_400_with_words(alice):
    response = ApiClient(alice).upload("/runs/import/", [])
    assert response.status_code == 400 and response.json()["error"]


def test_the_insights_are_those_of_api_insights(alice, alice_client):
    make_checkin(alice, pain=4)
    assert ApiClient(alice).get("/insights/").json() == alice_client.get("/api/insights/").json()


def test_settings_change_a_field_at_a_time_with_the_profile_pages_rules(alice):
    api = ApiClient(alice)
    changed = api.patch("/profile/", {"units": "mi", "weekly_target": 2})
    assert changed.json() | {"units": "mi", "weekly_target": 2} == changed.json()
    assert api.patch("/profile/", {"time_zone": "Mars/Olympus_Mons"}).status_code == 422
    assert Profile.objects.get(user=alice).units == "mi"


def test_the_library_is_public_and_lists_no_draft(db):
    slugs = [exercise["slug"] for exercise in ApiClient().get("/exercises/").json()]
    assert "crunch" in slugs
    assert ApiClient().get("/exercises/crunch/").json()["url"] == "/library/exercises/crunch/"


def test_the_openapi_document_describes_every_operation(db):
    document = ApiClient().get("/openapi.json").json()
    operations = {(path, method) for path, methods in document["paths"].items() for method in methods}
    assert document["openapi"].startswith("3.")
    assert ("/api/v1/checkins/", "post") in operations and ("/api/v1/runs/import/", "post") in operations
    assert len(operations) == 29
    assert "bearer" in json.dumps(document["components"]["securitySchemes"]).lower()
