"""POST /api/v1/runs/import/ as POST /runs/import/: a large upload (a zip, more than 20 files, more than
10 MB) is answered 202 with a background job, followed with the same token at /api/v1/imports/<id>/ until it
ends with the files list a small upload gets at once."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.api_client import ApiClient
from tests.test_import_jobs import ACTIVITY_FILES, as_zip, run_the_worker, uploads
from tracker.models import ImportJob, Run

IMPORT = "/runs/import/"


def follow(api, answer):
    return api.client.get(answer["status_url"], headers=api.headers)


def test_a_zip_is_answered_202_with_a_counted_job_to_follow_in_the_api(alice):
    response = ApiClient(alice).upload(IMPORT, [as_zip(ACTIVITY_FILES)])
    job = response.json()["job"]
    assert response.status_code == 202
    assert response.json() == {
        "job": {"id": job["id"], "status": "queued", "done": 0, "total": len(ACTIVITY_FILES)},
        "status_url": f"/api/v1/imports/{job['id']}/",
    }


@pytest.mark.parametrize(
    "files",
    [
        lambda: uploads((ACTIVITY_FILES * 2)[:21]),
        lambda: [SimpleUploadedFile("big.gpx", b"<gpx>" + b" " * (10 * 1024 * 1024) + b"</gpx>")],
    ],
    ids=["21 files", "over 10 MB"],
)
def test_many_files_or_many_megabytes_go_to_a_job_in_the_api(alice, files):
    assert ApiClient(alice).upload(IMPORT, files()).status_code == 202


def test_twenty_small_files_are_still_answered_at_once_by_the_api(alice):
    response = ApiClient(alice).upload(IMPORT, uploads((ACTIVITY_FILES * 2)[:20]))
    assert (response.status_code, len(response.json()["files"])) == (200, 20)
    assert not ImportJob.objects.exists()


def test_the_job_ends_with_the_files_list_a_small_upload_gets(alice, bob):
    api = ApiClient(alice)
    answer = api.upload(IMPORT, [as_zip(ACTIVITY_FILES)]).json()
    run_the_worker()
    synchronous = ApiClient(bob).upload(IMPORT, uploads(ACTIVITY_FILES[:20])).json()["files"]
    final = follow(api, answer).json()
    assert final["job"] | {"status": "done", "done": len(ACTIVITY_FILES)} == final["job"]
    assert final["files"] == synchronous


def test_the_api_follows_a_job_as_the_import_page_does_but_at_its_own_address(alice, alice_client):
    api = ApiClient(alice)
    answer = api.upload(IMPORT, [as_zip(ACTIVITY_FILES)]).json()
    run_the_worker()
    page = f"/runs/import/jobs/{answer['job']['id']}/status/"
    page_answer = alice_client.get(page, HTTP_ACCEPT="application/json").json()
    assert follow(api, answer).json() == page_answer | {"status_url": answer["status_url"]}


def test_a_read_only_token_may_follow_a_job(alice):
    answer = ApiClient(alice).upload(IMPORT, [as_zip(ACTIVITY_FILES)]).json()
    response = follow(ApiClient(alice, read_only=True), answer)
    assert (response.status_code, response.json()["job"]["status"]) == (200, "queued")


def test_a_read_only_token_cannot_start_a_background_import(alice):
    response = ApiClient(alice, read_only=True).upload(IMPORT, [as_zip(ACTIVITY_FILES)])
    assert response.status_code == 403
    assert not ImportJob.objects.exists()


def test_another_runners_job_is_404_in_the_api(alice, bob):
    answer = ApiClient(alice).upload(IMPORT, [as_zip(ACTIVITY_FILES)]).json()
    run_the_worker()
    assert follow(ApiClient(bob), answer).status_code == 404
    assert not Run.objects.filter(user=bob).exists()


def test_following_a_job_needs_a_token(alice):
    answer = ApiClient(alice).upload(IMPORT, [as_zip(ACTIVITY_FILES)]).json()
    assert ApiClient().client.get(answer["status_url"]).status_code == 401


def test_the_openapi_document_describes_the_job_and_how_to_follow_it(db):
    paths = ApiClient().get("/openapi.json").json()["paths"]
    assert "202" in paths["/api/v1/runs/import/"]["post"]["responses"]
    assert "200" in paths["/api/v1/imports/{job_id}/"]["get"]["responses"]
