"""Large activity imports in the background: the upload is kept in the database as a job (tracker.models.
import_jobs), a django-tasks worker reads it with the same code as a small upload (tracker.run_import), and
the runner's page follows its progress.

A worker can die mid-way (killed, its machine gone). django-tasks then leaves its task "running" for ever,
so a job not updated for STALE_AFTER whose task is no longer waiting is given a new task
(`requeue_if_stale`): when its runner looks at it, and when a worker starts (`manage.py work`). The new run
reads every file again: files imported before are known by their fingerprint, and the runs the first run
made are reported as imported, so the results are what one run would have given, with no run twice.
"""

import contextlib
import datetime
import logging
import time

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks.exceptions import TaskResultDoesNotExist
from django_tasks_db.models import DBTaskResult

from tracker import journal_version
from tracker.import_results import FileResult
from tracker.importers.activity_files import is_zip_upload
from tracker.importers.records import ActivityFileError
from tracker.importers.safety import UnpackBudget, read_upload
from tracker.importers.strava import open_archive
from tracker.models import ImportJob, ImportJobFile, Run
from tracker.run_import import import_in_background

logger = logging.getLogger(__name__)

# An upload past any of these goes to a worker; smaller ones are read inside the request as before.
MOST_FILES_AT_ONCE = 20
MOST_BYTES_AT_ONCE = 10 * 1024 * 1024
# Progress is written at most this often, so a 2,000-file zip is not 2,000 writes.
SAVE_EVERY_S = 1.0
# Longer than one file may take to read (25 s), so a live worker is never taken for a dead one.
STALE_AFTER = datetime.timedelta(minutes=2)
MOST_ATTEMPTS = 3
# A finished job (its results; the uploaded bytes go as it finishes) is deleted this long after it finished:
# time enough to come back to a results page left open or bookmarked, while the file names and results of
# every import ever made do not pile up for good. The runs themselves are in the journal.
KEEP_FINISHED_FOR = datetime.timedelta(days=30)
GAVE_UP = "The import stopped several times without finishing. Upload the files again to go on."
BROKE = "The import failed. Upload the files again: the runs already imported are skipped."


class Superseded(Exception):
    """The job was handed to another task (this one was taken for dead): stop without writing."""


def needs_a_job(uploads):
    if len(uploads) > MOST_FILES_AT_ONCE or sum(upload.size for upload in uploads) > MOST_BYTES_AT_ONCE:
        return True
    return any(is_zip_upload(upload) for upload in uploads)


def start_job(user, uploads):
    """The job, saved with its files and queued, in one transaction: a worker never sees half of it. Its
    activities are counted first, outside the transaction, so the first answer already says "0 of 612"."""
    from tracker.tasks import run_import_job

    total = _count_at_upload(uploads)
    with transaction.atomic():
        job = ImportJob.objects.create(user=user, total=total)
        for position, upload in enumerate(uploads):
            ImportJobFile.objects.create(
                job=job, position=position, name=upload.name, data=read_upload(upload)
            )
        job.task_id = str(run_import_job.enqueue(str(job.pk)).id)
        job.save(update_fields=["task_id"])
    return job


def run_job(job_id, task_id):
    _run(job_id, task_id)
    # A worker may run for months without starting again: each job it runs also clears those long done.
    prune_finished_jobs()


def _run(job_id, task_id):
    job = ImportJob.objects.filter(pk=job_id, task_id=task_id).unfinished().select_related("user").first()
    if job is None:  # finished, handed to another task, or its runner deleted their account
        return
    resumed_since = job.started_at
    now = timezone.now()
    _update(
        job,
        status=ImportJob.Status.RUNNING,
        started_at=Coalesce(F("started_at"), now),
        attempts=F("attempts") + 1,
    )
    try:
        results = _import(job, resumed_since)
    except Superseded:
        return
    except Exception as error:  # the kind only: a message could quote a runner's file
        logger.error("import job %s failed: %s", job.pk, type(error).__name__)
        _finish(job, ImportJob.Status.FAILED, error=BROKE)
        return
    _finish(job, ImportJob.Status.DONE, results=results)


def _import(job, resumed_since):
    uploads = [ContentFile(bytes(data), name=name) for name, data in job.files.values_list("name", "data")]
    total = job.total or count_activities(uploads)  # counted at upload unless that failed
    _update(job, total=total, done=0)
    results, saved_at = [], time.monotonic()
    # Each file's run is committed on its own; the journal's version then changes once, not twice a file.
    with journal_version.changes_held() as publish:
        for result in import_in_background(job.user, uploads, resumed_since):
            publish()
            results.append(
                {"file": result.as_json(), "archive": result.archive, "run_id": result.run and result.run.pk}
            )
            if time.monotonic() - saved_at >= SAVE_EVERY_S:
                total = max(total, len(results))
                _update(job, done=len(results), total=total)
                saved_at = time.monotonic()
    return results


def count_activities(uploads):
    """How many results the import gives for these files: one a file, and one a file inside a zip."""
    total = 0
    for upload in uploads:
        members = []
        if is_zip_upload(upload):
            with contextlib.suppress(ActivityFileError):  # the import then reports why, as one result
                members = open_archive(upload, UnpackBudget()).members
            upload.seek(0)
        total += max(len(members), 1)
    return total


def _count_at_upload(uploads):
    """The count, or 0 when the files cannot be counted here: the worker then counts them, as it did before
    uploads were counted, and the runner sees "Opening the files" rather than a server error."""
    try:
        return count_activities(uploads)
    except Exception as error:  # the kind only: a message could quote a runner's file
        logger.warning("an upload could not be counted: %s", type(error).__name__)
        return 0


def _update(job, **fields):
    """Saves progress if the job is still this task's; also the sign of life the stale check reads."""
    if not ImportJob.objects.filter(pk=job.pk, task_id=job.task_id).update(
        updated_at=timezone.now(), **fields
    ):
        raise Superseded


def _finish(job, status, results=(), error=""):
    """The outcome, and the uploaded bytes deleted, at once."""
    with transaction.atomic():
        count = len(results)
        updated = ImportJob.objects.filter(pk=job.pk, task_id=job.task_id).update(
            status=status,
            results=list(results),
            done=count,
            total=count,
            error=error,
            updated_at=timezone.now(),
        )
        if updated:
            ImportJobFile.objects.filter(job=job).delete()


def requeue_if_stale(job):
    """Gives a job whose worker died a new task, or fails it after MOST_ATTEMPTS; True if the job changed.
    A job still waiting for a free worker is left waiting, so a busy queue never runs a job twice."""
    from tracker.tasks import run_import_job

    if job.finished or timezone.now() - job.updated_at < STALE_AFTER:
        return False
    try:
        waiting = run_import_job.get_result(job.task_id).status == TaskResultStatus.READY
    except TaskResultDoesNotExist:
        waiting = False
    if waiting:
        return False
    if job.attempts >= MOST_ATTEMPTS:
        _finish(job, ImportJob.Status.FAILED, error=GAVE_UP)
        return True
    with transaction.atomic():
        new_task_id = str(run_import_job.enqueue(str(job.pk)).id)
        # Only if nobody else requeued it meanwhile; otherwise the new task is dropped with the transaction.
        handed = ImportJob.objects.filter(pk=job.pk, task_id=job.task_id).update(
            task_id=new_task_id, status=ImportJob.Status.QUEUED, updated_at=timezone.now()
        )
        if not handed:
            transaction.set_rollback(True)
            return False
    logger.warning("import job %s lost its worker and was queued again", job.pk)
    return True


def requeue_stale_jobs():
    cutoff = timezone.now() - STALE_AFTER
    return sum(requeue_if_stale(job) for job in ImportJob.objects.unfinished().filter(updated_at__lt=cutoff))


def prune_finished_jobs():
    """Deletes the jobs that finished more than KEEP_FINISHED_FOR ago, and django-tasks' records of tasks
    that ended as long ago; the number of jobs deleted. An unfinished job is never deleted, however old:
    its bytes wait for a worker to run it again (`requeue_if_stale`)."""
    cutoff = timezone.now() - KEEP_FINISHED_FOR
    _, deleted = ImportJob.objects.finished().filter(updated_at__lt=cutoff).delete()
    DBTaskResult.objects.finished().filter(finished_at__lt=cutoff).delete()
    return deleted.get(ImportJob._meta.label, 0)


def runners_job(user, job_id):
    """The runner's own job, or a 404 for anyone else's; a dead worker's job is queued again while its
    runner watches it (the page, its status, the API)."""
    job = get_object_or_404(ImportJob.objects.for_user(user), pk=job_id)
    if requeue_if_stale(job):
        job.refresh_from_db()
    return job


def status_json(job, status_url=None):
    """What a script polling the job reads: the job, and when done the synchronous answer's `files`. The
    page's status address unless another is given (the API's)."""
    answer = {
        "job": {"id": str(job.pk), "status": job.status, "done": job.done, "total": job.total},
        "status_url": status_url or reverse("import_job_status", args=[job.pk]),
    }
    if job.status == ImportJob.Status.DONE:
        answer["files"] = [entry["file"] for entry in job.results]
    if job.error:
        answer["error"] = job.error
    return answer


def job_results(job):
    """The finished job's results as the synchronous page lists them, each with its run as it is now (a
    run deleted since shows its file's words alone)."""
    run_ids = [entry["run_id"] for entry in job.results if entry["run_id"]]
    runs = Run.objects.for_user(job.user).in_bulk(run_ids)
    return [
        FileResult(
            entry["file"]["name"],
            entry["file"]["status"],
            entry["file"]["reason"],
            runs.get(entry["run_id"]),
            entry["archive"],
        )
        for entry in job.results
    ]
