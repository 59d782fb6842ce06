"""A background import whose worker died mid-way (killed, its machine gone) is finished by another worker,
with the same results and no run twice. django-tasks leaves a dead worker's task "running" for ever; the
job is queued again once it has shown no progress for STALE_AFTER."""

import datetime
from itertools import islice

import time_machine
from django.core.files.base import ContentFile
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.test_import_jobs import ACTIVITY_FILES, as_zip, post, run_the_worker, status, uploads
from tracker.import_jobs import run_job
from tracker.models import ImportJob, Run
from tracker.run_import import import_in_background


def a_job_whose_worker_died(client, user, files_done):
    """The job as a worker killed after `files_done` activities leaves it: its task claimed and running,
    the job running, and those activities' runs saved (by the same code a worker runs)."""
    answer = post(client, [as_zip(ACTIVITY_FILES)]).json()
    job = ImportJob.objects.get(pk=answer["job"]["id"])
    DBTaskResult.objects.get(id=job.task_id).claim("a-worker-that-was-killed")
    stored = [ContentFile(bytes(data), name=name) for name, data in job.files.values_list("name", "data")]
    list(islice(import_in_background(user, stored), files_done))
    ImportJob.objects.filter(pk=job.pk).update(
        status="running", started_at=job.created_at, attempts=1, done=files_done, total=len(ACTIVITY_FILES)
    )
    return answer


def minutes_later(minutes):
    return time_machine.travel(timezone.now() + datetime.timedelta(minutes=minutes), tick=False)


def test_a_job_whose_worker_died_is_finished_by_another_with_the_same_files_list(
    alice, alice_client, bob_client
):
    answer = a_job_whose_worker_died(alice_client, alice, files_done=5)
    synchronous = post(bob_client, uploads(ACTIVITY_FILES)).json()["files"]
    with minutes_later(3):
        assert status(alice_client, answer)["job"]["status"] == "queued"
        run_the_worker()
        assert status(alice_client, answer)["files"] == synchronous


def test_a_job_finished_by_another_worker_saves_no_run_twice(alice, bob, alice_client, bob_client):
    answer = a_job_whose_worker_died(alice_client, alice, files_done=5)
    post(bob_client, uploads(ACTIVITY_FILES))
    with minutes_later(3):
        status(alice_client, answer)
        run_the_worker()
    assert Run.objects.filter(user=alice).count() == Run.objects.filter(user=bob).count()


def test_a_worker_starting_queues_again_the_jobs_of_dead_workers(alice, alice_client):
    answer = a_job_whose_worker_died(alice_client, alice, files_done=2)
    with minutes_later(3):
        run_the_worker()
        assert status(alice_client, answer)["job"]["status"] == "done"


def test_a_job_still_making_progress_is_not_queued_again(alice, alice_client):
    answer = a_job_whose_worker_died(alice_client, alice, files_done=2)
    with minutes_later(1):
        assert status(alice_client, answer)["job"]["status"] == "running"
    assert DBTaskResult.objects.count() == 1


def test_a_job_waiting_for_a_free_worker_is_not_queued_twice(alice_client):
    answer = post(alice_client, [as_zip(ACTIVITY_FILES)]).json()
    with minutes_later(30):
        assert status(alice_client, answer)["job"]["status"] == "queued"
    assert DBTaskResult.objects.count() == 1


def test_the_dead_workers_task_coming_back_changes_nothing(alice, alice_client):
    answer = a_job_whose_worker_died(alice_client, alice, files_done=2)
    old_task = ImportJob.objects.get().task_id
    with minutes_later(3):
        run_the_worker()
        run_job(answer["job"]["id"], old_task)
        assert status(alice_client, answer)["job"]["status"] == "done"
    assert Run.objects.filter(user=alice).count() == len(
        [file for file in status(alice_client, answer)["files"] if file["status"] == "imported"]
    )


def test_a_job_that_keeps_dying_fails_with_words_for_the_runner(alice, alice_client):
    answer = a_job_whose_worker_died(alice_client, alice, files_done=2)
    ImportJob.objects.update(attempts=3)
    with minutes_later(3):
        final = status(alice_client, answer)
    assert final["job"]["status"] == "failed"
    assert "Upload the files again" in final["error"]
