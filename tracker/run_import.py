"""Saving imported activities as runs: one file, one transaction, and no run twice.

A run is a duplicate when the runner already has one that started within a minute of it, or one imported
from the very same bytes (the SHA-256 of the unpacked file, so a .fit and its .fit.gz are the same file).
The runner's runs are read once per upload (`KnownRuns`), so a zip of 2,000 files is checked against them
without 2,000 queries.
"""

import datetime
import hashlib
import logging
import math
import time
import traceback

from django.db import IntegrityError, transaction

from tracker.dates import day_words
from tracker.import_results import DUPLICATE, FAILED, IMPORTED, NOT_A_RUN, FileResult
from tracker.importers.activity_files import is_zip_upload, read_activity, unpack
from tracker.importers.records import ActivityFileError, OutOfTime
from tracker.importers.safety import MAX_ACTIVITY_BYTES, UnpackBudget, read_upload
from tracker.importers.sports import RUN, WALK, classify
from tracker.importers.strava import open_archive
from tracker.importers.terrain import surface_of
from tracker.known_runs import KnownRuns
from tracker.limits import EARLIEST_DATE, MAX_DISTANCE_M, MAX_DURATION_S, MAX_ELEVATION_M
from tracker.models import Profile, Run

logger = logging.getLogger(__name__)

# An upload stops reading files after this long, inside gunicorn's default 30 s worker timeout, and says
# so: uploading the same files again goes on where it stopped, since files already imported are skipped
# by their fingerprint without being read.
IMPORT_TIME_BUDGET_S = 25
# The longest one file may take to read, for the slowest reader (FIT): the first file read gets all of it.
ONE_FILE_TIME_LIMIT_S = 25
OUT_OF_TIME = (
    f"not read: the import stopped after {IMPORT_TIME_BUDGET_S} seconds. Upload the same files again to go "
    "on; the runs already imported are skipped quickly."
)
UNREADABLE = "could not be read: it holds something the importer does not expect"
# Said in the run's own notes, since the journal keeps the run long after the result page is gone.
PARTIAL_NOTE = "Imported from part of a damaged file: the run may have been longer."


class _Batch:
    """One upload's shared state: the runner, their known runs, the unpacking budget, and the time left."""

    def __init__(self, user):
        self.profile, _ = Profile.objects.get_or_create(user=user)
        self.known = KnownRuns(user)
        self.budget = UnpackBudget()
        self.started = time.monotonic()
        self.deadline = self.started + IMPORT_TIME_BUDGET_S
        self.files_read = 0
        # Runs a background job made before its worker died, by fingerprint (see _JobBatch).
        self.own_runs = {}

    def past_deadline(self):
        """True once the time is up; never before the first file is read, so every upload makes progress."""
        return self.files_read > 0 and time.monotonic() > self.deadline

    def may_read_another(self):
        if self.past_deadline():
            return False
        self.files_read += 1
        return True

    def read_deadline(self):
        """When reading the file at hand must stop: at the upload's deadline, but never before the first
        file has had its whole time."""
        if self.files_read == 1:
            return self.started + ONE_FILE_TIME_LIMIT_S
        return self.deadline


class _JobBatch(_Batch):
    """A background job's upload: nobody waits on a request, so there is no deadline for the whole upload;
    each file still gets ONE_FILE_TIME_LIMIT_S. A job run again after its worker died (`resumed_since`,
    when it first started) finds the runs it made itself among the runner's runs, and reports those files
    as imported, as the first run would have, rather than as duplicates."""

    def __init__(self, user, resumed_since=None):
        super().__init__(user)
        self.deadline = math.inf
        if resumed_since is not None:
            made = Run.objects.for_user(user).filter(created_at__gte=resumed_since).exclude(source_sha256="")
            self.own_runs = {run.source_sha256: run for run in made}

    def read_deadline(self):
        return time.monotonic() + ONE_FILE_TIME_LIMIT_S


def import_uploads(user, uploads):
    """A result for every activity in the uploaded files (a zip gives one per file inside it). A zip is read
    from the upload's own file, entry by entry, rather than into memory whole."""
    return list(_results_of(_Batch(user), uploads))


def import_in_background(user, uploads, resumed_since=None):
    """The same results as `import_uploads`, one at a time as each activity is done, for a worker that
    reports progress; `uploads` are file objects with a name and a size (ContentFile over stored bytes)."""
    return _results_of(_JobBatch(user, resumed_since), uploads)


def _results_of(batch, uploads):
    for upload in uploads:
        if is_zip_upload(upload):
            yield from _import_archive(batch, upload.name, upload)
        elif upload.size > MAX_ACTIVITY_BYTES:
            reason = f"too large: one activity file may be up to {MAX_ACTIVITY_BYTES // 2**20} MB"
            yield FileResult(upload.name, FAILED, reason)
        else:
            yield _import_file(batch, upload.name, read_upload(upload))


def _import_archive(batch, name, upload):
    """The zip's results, each as soon as it is done."""
    # Listing a zip's files costs time too (up to half a second for the largest list allowed).
    if batch.past_deadline():
        yield FileResult(name, FAILED, OUT_OF_TIME)
        return
    try:
        archive = open_archive(upload, batch.budget)
    except ActivityFileError as error:
        yield FileResult(name, FAILED, error.reason)
        return
    if not archive.members:
        yield FileResult(name, FAILED, "no activity files in this zip")
        return
    for member in archive.members:
        result = _import_member(batch, archive, member)
        result.archive = name
        yield result


def _import_member(batch, archive, member):
    listing = archive.listing_for(member)
    if listing and listing.activity_type:
        sport = classify(listing.activity_type, unknown_is_run=False)
        if not _counts_as_run(sport, batch.profile):
            return FileResult(member.name, NOT_A_RUN, f"not a run ({sport.label})")
    try:
        content = archive.read(member, batch.budget)
    except ActivityFileError as error:
        return FileResult(member.name, FAILED, error.reason)
    origin = Run.Origin.STRAVA if archive.is_strava else None
    return _import_file(batch, member.name, content, origin, listing)


def _import_file(batch, name, data, origin=None, listing=None):
    try:
        content = unpack(name, data, batch.budget)
        sha256 = hashlib.sha256(content).hexdigest()
        # A file imported before is known by its bytes alone: no need to read it again.
        earlier = batch.known.date_of_file(sha256)
        # A resumed job's own run is read again, for the words its first run would have said with it.
        own_run = batch.own_runs.get(sha256)
        if earlier and not own_run:
            return FileResult(
                name, DUPLICATE, f"this file was imported before (the run on {day_words(earlier)})"
            )
        if not batch.may_read_another():
            return FileResult(name, FAILED, OUT_OF_TIME)
        kind, activity = read_activity(name, content, batch.read_deadline())
        listed = bool(listing and listing.activity_type)
        if listing:
            activity.sport = listing.activity_type or activity.sport
            activity.name = listing.name or activity.name
            activity.started_at = activity.started_at or listing.started_at
        # Strava's CSV names every type, so there a type it does not call a run is not one.
        sport = classify(activity.sport, activity.sub_sport, unknown_is_run=not listed)
        if not _counts_as_run(sport, batch.profile):
            return FileResult(name, NOT_A_RUN, f"not a run ({sport.label})")
        fields = _run_fields(activity, batch.profile, surface_of(sport, activity))
    except OutOfTime as error:
        # Uploaded again, the files before this one are skipped unread, so it gets the whole time.
        return FileResult(name, FAILED, OUT_OF_TIME if batch.files_read > 1 else error.reason)
    except ActivityFileError as error:
        return FileResult(name, FAILED, error.reason)
    except Exception as error:  # a reader tripping over what nobody foresaw fails this file, not the upload
        _log_unreadable(error)
        return FileResult(name, FAILED, UNREADABLE)
    if own_run:
        return FileResult(name, IMPORTED, activity.note, own_run)
    fields["origin"] = origin or kind
    fields["source_sha256"] = sha256
    return _save(batch, name, fields, activity.note)


def _log_unreadable(error):
    """The error's kind and the code it came from, for whoever fixes the reader; not its message, which
    can quote the file, and a runner's file is theirs."""
    where = "".join(traceback.format_tb(error.__traceback__))
    logger.error("an activity file could not be read: %s raised at\n%s", type(error).__name__, where)


def _counts_as_run(sport, profile):
    return sport.kind == RUN or (sport.kind == WALK and profile.include_walks)


def _run_fields(activity, profile, surface):
    """The Run's fields, checked against the journal's own limits."""
    if activity.started_at is None:
        raise ActivityFileError("no usable times in this file, so the run's date is unknown")
    date = activity.started_at.astimezone(profile.zone).date()
    if date < EARLIEST_DATE or date > profile.today() + datetime.timedelta(days=1):
        raise ActivityFileError(f"the date {date.isoformat()} cannot be right")
    distance = round(activity.distance_m or 0)
    if distance <= 0:
        raise ActivityFileError("no distance recorded")
    if distance > MAX_DISTANCE_M:
        raise ActivityFileError(f"longer than {MAX_DISTANCE_M // 1000} km, more than the journal holds")
    duration = round(activity.duration_s) if activity.duration_s else None
    if duration is not None and duration > MAX_DURATION_S:
        raise ActivityFileError("lasts longer than 48 hours, more than the journal holds")
    ascent, descent = round(activity.ascent_m or 0), round(activity.descent_m or 0)
    if max(ascent, descent) > MAX_ELEVATION_M:
        raise ActivityFileError(f"more than {MAX_ELEVATION_M:,} m of climb: the elevations look wrong")
    return {
        "date": date,
        "started_at": activity.started_at,
        "distance_m": distance,
        "duration_s": duration or None,
        "ascent_m": max(ascent, 0),
        "descent_m": max(descent, 0),
        "surface": surface,
        "notes": "\n".join(
            part for part in (activity.name.strip(), activity.partial and PARTIAL_NOTE) if part
        ),
    }


def _save(batch, name, fields, note):
    earlier = batch.known.date_of_start(fields["started_at"])
    if earlier:
        return FileResult(
            name,
            DUPLICATE,
            f"already in your journal: the run on {day_words(earlier)} started within a minute of it",
        )
    try:
        # A transaction per file: one that fails leaves nothing, and the files before it stay imported.
        with transaction.atomic():
            run = Run.objects.create(user=batch.profile.user, **fields)
    except IntegrityError:
        # The same file, saved by another upload since this one read the runner's runs.
        return FileResult(name, DUPLICATE, "this file was imported before")
    batch.known.add(run)
    return FileResult(name, IMPORTED, note, run)
