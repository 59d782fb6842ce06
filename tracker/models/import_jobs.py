"""Activity imports too large for one request, read by a background worker (tracker.import_jobs).

The uploaded bytes wait in the database, not on a disk, so a worker on any machine that reaches the
database can read them; they are deleted when the job finishes, and the finished job with its results
later (KEEP_FINISHED_FOR). The job and its bytes belong to the runner and go with their account.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone


class ImportJobQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)

    def unfinished(self):
        return self.filter(status__in=(ImportJob.Status.QUEUED, ImportJob.Status.RUNNING))

    def finished(self):
        return self.filter(status__in=(ImportJob.Status.DONE, ImportJob.Status.FAILED))


class ImportJob(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued"
        RUNNING = "running"
        DONE = "done"
        FAILED = "failed"

    # A random id: the job's address cannot be guessed or counted through.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="import_jobs")
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.QUEUED)
    # Activities read so far, and how many there are (counted at upload; 0 when that failed, until a
    # worker has opened the files).
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    # One entry an activity once done: the synchronous import's JSON for it, its zip's name and the run's id.
    results = models.JSONField(default=list, blank=True)
    error = models.CharField(max_length=200, blank=True)
    # The django-tasks result that may work on the job: a task started for it earlier (whose worker died)
    # finds another id here and stops.
    task_id = models.CharField(max_length=64, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    # Moved on whenever progress is saved: a running job whose time here is old has lost its worker.
    updated_at = models.DateTimeField(default=timezone.now)

    objects = ImportJobQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(done__lte=F("total")), name="import_job_done_within_total"),
        ]
        indexes = [
            # The sweeps for jobs whose worker died (unfinished ones not updated for a while) and for jobs
            # finished long ago (updated_at is when they finished).
            models.Index(fields=["status", "updated_at"], name="import_job_status_updated_idx"),
        ]

    def __str__(self):
        return f"import {self.pk} ({self.status}, {self.done} of {self.total})"

    @property
    def finished(self):
        return self.status in (self.Status.DONE, self.Status.FAILED)


class ImportJobFile(models.Model):
    """One uploaded file of a job, a whole zip included, in the order it was sent."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="files")
    position = models.PositiveIntegerField()
    name = models.CharField(max_length=255)
    data = models.BinaryField()

    class Meta:
        ordering = ["job", "position"]
        constraints = [
            models.UniqueConstraint(fields=["job", "position"], name="import_job_file_position_unique"),
        ]

    def __str__(self):
        return self.name
