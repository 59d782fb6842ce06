"""What a background import leaves behind: the uploaded bytes go as soon as the job has finished, done or
failed; the finished job with its results goes 30 days later, deleted by a worker as it starts and after
each job it runs. A job that has not finished keeps its bytes however old it is, so a new worker can still
run it after its first one died."""

import contextlib
import datetime

import time_machine
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.test_import_jobs import ACTIVITY_FILES, as_zip, post, run_the_worker, status
from tests.test_import_jobs_recovery import a_job_whose_worker_died, minutes_later
from tracker.import_jobs import run_job
from tracker.models import ImportJob, ImportJobFile


@contextlib.contextmanager
def days_later(days, client, user):
    """Some days on, with the runner logged in again (a session lasts less than a month)."""
    with time_machine.travel(timezone.now() + datetime.timedelta(days=days), tick=False):
        client.force_login(user)
        yield


def a_finished_job(client):
    answer = post(client, [as_zip(ACTIVITY_FILES)]).json()
    run_the_worker()
    return answer


def test_a_failed_job_keeps_none_of_the_uploaded_bytes(alice, alice_client):
    answer = a_job_whose_worker_died(alice_client, alice, files_done=2)
    ImportJob.objects.update(attempts=3)
    with minutes_later(3):
        assert status(alice_client, answer)["job"]["status"] == "failed"
    assert not ImportJobFile.objects.exists()


def test_a_finished_jobs_results_can_be_read_for_30_days(alice, alice_client):
    answer = a_finished_job(alice_client)
    with days_later(29, alice_client, alice):
        run_the_worker()
        assert len(status(alice_client, answer)["files"]) == len(ACTIVITY_FILES)


def test_a_worker_starting_deletes_the_jobs_finished_more_than_30_days_ago(alice, alice_client):
    answer = a_finished_job(alice_client)
    with days_later(31, alice_client, alice):
        run_the_worker()
        response = alice_client.get(answer["status_url"], HTTP_ACCEPT="application/json")
    assert response.status_code == 404
    assert not DBTaskResult.objects.exists()  # nor does django-tasks keep the task's record


def test_a_worker_that_never_stops_deletes_old_jobs_as_it_runs_new_ones(alice, alice_client):
    old = a_finished_job(alice_client)
    with days_later(31, alice_client, alice):
        new = post(alice_client, [as_zip(ACTIVITY_FILES, name="later.zip")]).json()
        job = ImportJob.objects.get(pk=new["job"]["id"])
        run_job(job.pk, job.task_id)  # as the worker runs each task, without starting again
        assert list(ImportJob.objects.values_list("pk", "status")) == [(job.pk, "done")]
    assert str(job.pk) != old["job"]["id"]


def test_a_job_whose_worker_died_long_ago_keeps_its_bytes_and_is_still_finished(alice, alice_client):
    answer = a_job_whose_worker_died(alice_client, alice, files_done=2)
    with days_later(40, alice_client, alice):
        run_the_worker()
        final = status(alice_client, answer)
    assert final["job"]["status"] == "done"
    assert len(final["files"]) == len(ACTIVITY_FILES)
