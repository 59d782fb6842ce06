"""Saving imported activities as runs: one file, one transaction, and no run twice.

A run is a duplicate when the runner already has one that started within a minute of it, or one imported
from the very same bytes (the SHA-256 of the unpacked file, so a .fit and its .fit.gz are the same file).
"""

import datetime
import hashlib
import time
from collections import Counter
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Q

from tracker.importers.activity_files import is_zip, read_activity, unpack
from tracker.importers.records import ActivityFileError
from tracker.importers.safety import UnpackBudget
from tracker.importers.sports import RUN, WALK, classify
from tracker.importers.strava import open_archive
from tracker.models import EARLIEST_DATE, MAX_DISTANCE_M, MAX_DURATION_S, MAX_ELEVATION_M, Profile, Run

IMPORTED, DUPLICATE, NOT_A_RUN, FAILED = "imported", "duplicate", "not_a_run", "failed"
SAME_START = datetime.timedelta(seconds=60)
# An upload stops reading files after this long, inside gunicorn's default 30 s worker timeout, and says
# so: uploading the same files again goes on where it stopped, since files already imported are skipped
# by their fingerprint without being read.
IMPORT_TIME_BUDGET_S = 25
OUT_OF_TIME = (
    f"not read: the import stopped after {IMPORT_TIME_BUDGET_S} seconds. Upload the same files again to go "
    "on; the runs already imported are skipped quickly."
)


@dataclass
class FileResult:
    name: str
    status: str
    reason: str = ""
    run: Run | None = None

    def as_json(self):
        run = self.run
        return {
            "name": self.name,
            "status": self.status,
            "reason": self.reason,
            "run": None
            if run is None
            else {
                "date": run.date.isoformat(),
                "distance_km": round(run.distance_m / 1000, 3),
                "duration_min": None if run.duration_s is None else round(run.duration_s / 60, 1),
                "ascent_m": run.ascent_m,
                "descent_m": run.descent_m,
            },
        }


def count_by_status(results):
    counts = Counter(result.status for result in results)
    return {status: counts[status] for status in (IMPORTED, DUPLICATE, NOT_A_RUN, FAILED)}


class _Batch:
    """One upload's shared state: the runner, the unpacking budget, and the time left."""

    def __init__(self, user):
        self.profile, _ = Profile.objects.get_or_create(user=user)
        self.budget = UnpackBudget()
        self.deadline = time.monotonic() + IMPORT_TIME_BUDGET_S
        self.files_read = 0

    def out_of_time(self):
        """True once the time is up; the first new file is always read, so every upload makes progress."""
        self.files_read += 1
        return self.files_read > 1 and time.monotonic() > self.deadline


def import_uploads(user, uploads):
    """A result for every activity in the uploaded files (a zip gives one per file inside it)."""
    batch = _Batch(user)
    results = []
    for upload in uploads:
        data = upload.read()
        if is_zip(data):
            results += _import_archive(batch, upload.name, data)
        else:
            results.append(_import_file(batch, upload.name, data))
    return results


def _import_archive(batch, name, data):
    try:
        archive = open_archive(data, batch.budget)
    except ActivityFileError as error:
        return [FileResult(name, FAILED, error.reason)]
    if not archive.members:
        return [FileResult(name, FAILED, "no activity files in this zip")]
    results = []
    for member in archive.members:
        listing = archive.listing_for(member)
        if listing and listing.activity_type:
            sport = classify(listing.activity_type, unknown_is_run=False)
            if not _counts_as_run(sport, batch.profile):
                results.append(FileResult(member.name, NOT_A_RUN, f"not a run ({sport.label})"))
                continue
        try:
            content = archive.read(member, batch.budget)
        except ActivityFileError as error:
            results.append(FileResult(member.name, FAILED, error.reason))
            continue
        origin = Run.Origin.STRAVA if archive.is_strava else None
        results.append(_import_file(batch, member.name, content, origin, listing))
    return results


def _import_file(batch, name, data, origin=None, listing=None):
    try:
        content = unpack(name, data, batch.budget)
        sha256 = hashlib.sha256(content).hexdigest()
        # A file imported before is known by its bytes alone: no need to read it again.
        earlier = Run.objects.for_user(batch.profile.user).filter(source_sha256=sha256).first()
        if earlier:
            return FileResult(
                name, DUPLICATE, f"this file was imported before (the run on {_day(earlier.date)})"
            )
        if batch.out_of_time():
            return FileResult(name, FAILED, OUT_OF_TIME)
        kind, activity = read_activity(name, content)
        listed = bool(listing and listing.activity_type)
        if listing:
            activity.sport = listing.activity_type or activity.sport
            activity.name = listing.name or activity.name
            activity.started_at = activity.started_at or listing.started_at
        # Strava's CSV names every type, so there a type it does not call a run is not one.
        sport = classify(activity.sport, activity.sub_sport, unknown_is_run=not listed)
        if not _counts_as_run(sport, batch.profile):
            return FileResult(name, NOT_A_RUN, f"not a run ({sport.label})")
        fields = _run_fields(activity, batch.profile, sport.surface)
    except ActivityFileError as error:
        return FileResult(name, FAILED, error.reason)
    fields["origin"] = origin or kind
    fields["source_sha256"] = sha256
    return _save(batch.profile.user, name, fields, activity.note)


def _counts_as_run(sport, profile):
    return sport.kind == RUN or (sport.kind == WALK and profile.include_walks)


def _run_fields(activity, profile, surface):
    """The Run's fields, checked against the journal's own limits."""
    if activity.started_at is None:
        raise ActivityFileError("no times in this file, so the run's date is unknown")
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
        "notes": "\n".join(part for part in (activity.name.strip(), activity.note) if part),
    }


def _save(user, name, fields, note):
    started = fields["started_at"]
    same = Q(source_sha256=fields["source_sha256"]) | Q(
        started_at__gte=started - SAME_START, started_at__lte=started + SAME_START
    )
    try:
        with transaction.atomic():
            existing = Run.objects.for_user(user).filter(same).order_by("pk").first()
            if existing is None:
                run = Run.objects.create(user=user, **fields)
                return FileResult(name, IMPORTED, note, run)
    except IntegrityError:
        # The same file saved by another request between the check and the insert.
        return FileResult(name, DUPLICATE, "this file was imported before")
    return FileResult(name, DUPLICATE, _duplicate_reason(existing, fields))


def _duplicate_reason(existing, fields):
    if existing.source_sha256 == fields["source_sha256"]:
        return f"this file was imported before (the run on {_day(existing.date)})"
    return f"already in your journal: the run on {_day(existing.date)} started within a minute of it"


def _day(date):
    return f"{date.day} {date:%b %Y}"
