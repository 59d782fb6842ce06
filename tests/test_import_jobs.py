"""Large activity imports in the background: POST /runs/import/ answers at once with a job, a django-tasks
worker (`manage.py work --burst`, in this process) reads it, and the job's status ends with the same files
list the synchronous import gives."""

import io
import zipfile
from pathlib import Path
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.import_job_client import run_the_worker
from tracker.models import ImportJob, ImportJobFile, Run

REAL = Path(__file__).parent / "files" / "real"
URL = "/runs/import/"
ACTIVITY_FILES = sorted(path for path in REAL.glob("*/*") if path.suffix in {".fit", ".gpx"})


def as_zip(paths, name="export.zip"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in paths:
            archive.write(path, path.name)
    return SimpleUploadedFile(name, buffer.getvalue())


def uploads(paths):
    return [SimpleUploadedFile(path.name, path.read_bytes()) for path in paths]


def post(client, files):
    return client.post(URL, {"files": files}, HTTP_ACCEPT="application/json")


def status(client, answer):
    return client.get(answer["status_url"], HTTP_ACCEPT="application/json").json()


def test_a_zip_is_answered_at_once_with_a_queued_job_that_has_counted_its_activities(alice_client):
    response = post(alice_client, [as_zip(ACTIVITY_FILES)])
    answer = response.json()
    assert response.status_code == 202
    assert answer["job"] == {
        "id": answer["job"]["id"],
        "status": "queued",
        "done": 0,
        "total": len(ACTIVITY_FILES),
    }
    assert answer["status_url"] == f"/runs/import/jobs/{answer['job']['id']}/status/"


def test_the_first_view_of_a_queued_job_says_how_many_activities_it_holds(alice_client):
    response = alice_client.post(URL, {"files": [as_zip(ACTIVITY_FILES)]}, follow=True)
    assert f"0 of {len(ACTIVITY_FILES)} activities" in response.content.decode()


def test_plain_files_sent_to_a_job_count_one_each(alice_client):
    files = uploads((ACTIVITY_FILES * 2)[:21])
    assert post(alice_client, files).json()["job"]["total"] == 21


def test_a_damaged_zip_counts_as_the_one_failure_it_ends_with(alice_client):
    answer = post(alice_client, [SimpleUploadedFile("export.zip", b"PK\x03\x04 not a zip at all")]).json()
    run_the_worker()
    final = status(alice_client, answer)
    assert answer["job"]["total"] == 1
    assert [file["status"] for file in final["files"]] == ["failed"]


def test_an_upload_that_cannot_be_counted_is_still_answered_and_counted_by_the_worker(alice_client):
    with mock.patch("tracker.import_jobs.open_archive", side_effect=RuntimeError):
        response = post(alice_client, [as_zip(ACTIVITY_FILES)])
    run_the_worker()
    assert (response.status_code, response.json()["job"]["total"]) == (202, 0)
    assert len(status(alice_client, response.json())["files"]) == len(ACTIVITY_FILES)


def test_a_job_ends_with_the_files_list_the_synchronous_import_gives(alice_client, bob_client):
    answer = post(alice_client, [as_zip(ACTIVITY_FILES)]).json()
    run_the_worker()
    synchronous = post(bob_client, uploads(ACTIVITY_FILES)).json()["files"]
    assert status(alice_client, answer) == {
        **answer,
        "job": {**answer["job"], "status": "done", "done": len(ACTIVITY_FILES), "total": len(ACTIVITY_FILES)},
        "files": synchronous,
    }


def test_the_job_imports_the_runs_into_the_runners_journal_only(alice, bob, alice_client):
    post(alice_client, [as_zip(ACTIVITY_FILES)])
    run_the_worker()
    assert Run.objects.filter(user=alice).count() > 3
    assert not Run.objects.filter(user=bob).exists()


def test_twenty_one_files_go_to_a_job(alice_client):
    files = uploads((ACTIVITY_FILES * 2)[:21])
    assert post(alice_client, files).status_code == 202


def test_twenty_small_files_are_still_read_inside_the_request(alice_client):
    response = post(alice_client, uploads((ACTIVITY_FILES * 2)[:20]))
    assert response.status_code == 200
    assert len(response.json()["files"]) == 20


def test_more_than_ten_megabytes_go_to_a_job(alice_client):
    big = SimpleUploadedFile("big.gpx", b"<gpx>" + b" " * (10 * 1024 * 1024) + b"</gpx>")
    assert post(alice_client, [big]).status_code == 202


def test_the_form_is_sent_to_the_jobs_page(alice_client):
    response = alice_client.post(URL, {"files": [as_zip(ACTIVITY_FILES)]})
    job = ImportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/runs/import/jobs/{job.pk}/"


def test_the_jobs_page_shows_how_far_the_import_has_got(alice, alice_client):
    job = ImportJob.objects.create(user=alice, status=ImportJob.Status.RUNNING, done=143, total=612)
    page = alice_client.get(f"/runs/import/jobs/{job.pk}/").content.decode()
    assert "143 of 612 activities" in page
    assert '<progress id="import-job-progress" class="w-100" max="612" value="143">' in page


def test_the_finished_jobs_page_lists_the_results_as_the_import_page_does(alice_client):
    post(alice_client, [as_zip(ACTIVITY_FILES)])
    run_the_worker()
    page = alice_client.get(f"/runs/import/jobs/{ImportJob.objects.get().pk}/").content.decode()
    assert f'data-file-count="{len(ACTIVITY_FILES)}"' in page
    assert "garmin-fenix-5-run.fit" in page


def test_the_uploaded_bytes_are_deleted_when_the_job_finishes(alice_client):
    post(alice_client, [as_zip(ACTIVITY_FILES)])
    assert ImportJobFile.objects.count() == 1
    run_the_worker()
    assert not ImportJobFile.objects.exists()


@pytest.mark.parametrize("method", ["get", "post"])
def test_another_runners_job_page_is_404(alice_client, bob_client, method):
    answer = post(alice_client, [as_zip(ACTIVITY_FILES)]).json()
    page = answer["status_url"].removesuffix("status/")
    assert getattr(bob_client, method)(page).status_code == 404
    assert (
        getattr(bob_client, method)(answer["status_url"], HTTP_ACCEPT="application/json").status_code == 404
    )


def test_deleting_the_account_deletes_its_jobs_and_their_bytes(alice, alice_client):
    post(alice_client, [as_zip(ACTIVITY_FILES)])
    alice.delete()
    assert (ImportJob.objects.count(), ImportJobFile.objects.count()) == (0, 0)
