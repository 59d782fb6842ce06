"""A runner's data, out: the journal CSV (the same format the import reads), the whole journal as JSON (with
what the CSV has no column for), the profile, the runner's login records, and a zip of them with a README."""

import csv
import io
import json
import zipfile
from decimal import Decimal

from django.template.loader import render_to_string
from django.utils import timezone

from tracker.export_outcomes import psfs_json, shares_json
from tracker.importers.journal_cells import COLUMNS, plain_number, protect_formula
from tracker.login_records import login_records_json
from tracker.models import PainCheckin, Profile, Run, Workout
from tracker.reminders.choices import reminders_json

CENTS = Decimal("0.01")
TYPE_ORDER = {"exercise": 0, "pain": 1, "run": 2}


def journal_rows(user):
    """The CSV rows as dicts by date; within a date the workouts (as logged), then pain, then runs."""
    rows = []
    workouts = Workout.objects.for_user(user).order_by("date", "pk").prefetch_related("entries__exercise")
    for workout in workouts:
        entries = list(workout.entries.all())
        # The workout's own row carries its duration and notes; a workout with no entries needs it to exist.
        if workout.duration_min or workout.notes or not entries:
            rows.append(
                _row(
                    workout.date,
                    "exercise",
                    duration_min=workout.duration_min or "",
                    notes=workout.notes,
                )
            )
        rows += [_entry_row(workout.date, entry) for entry in entries]
    for checkin in PainCheckin.objects.for_user(user).order_by("date"):
        rows.append(_row(checkin.date, "pain", pain=checkin.pain, notes=checkin.notes))
    for run in Run.objects.for_user(user).order_by("date", "started_at", "pk"):
        rows.append(_run_row(run))
    # A stable sort keeps each workout's entries together and in order.
    rows.sort(key=lambda row: (row["date"], TYPE_ORDER[row["type"]]))
    return rows


def _row(date, kind, notes="", **values):
    row = dict.fromkeys(COLUMNS, "")
    row.update(values, date=date.isoformat(), type=kind, notes=protect_formula(notes or ""))
    return row


def _entry_row(date, entry):
    return _row(
        date,
        "exercise",
        exercise=entry.exercise.slug,
        sets=entry.sets,
        reps=entry.reps or "",
        seconds=entry.hold_seconds or "",
        weight_kg="" if entry.weight_kg is None else plain_number(entry.weight_kg),
        irritated="yes" if entry.irritated else "",
        notes=entry.irritation_note,
    )


def _run_row(run):
    # Minutes to two places (0.6 s) bring the seconds back exactly on import.
    minutes = "" if run.duration_s is None else plain_number((Decimal(run.duration_s) / 60).quantize(CENTS))
    return _row(
        run.date,
        "run",
        distance_km=plain_number(Decimal(run.distance_m) / 1000),
        duration_min=minutes,
        ascent_m=plain_number(run.ascent_m),
        descent_m=plain_number(run.descent_m),
        irritated="yes" if run.back_hurt else "",
        notes=run.notes,
    )


def write_journal_csv(user, stream):
    writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(journal_rows(user))


def journal_csv_text(user):
    stream = io.StringIO()
    write_journal_csv(user, stream)
    return stream.getvalue()


def journal_json(user):
    """Everything of the journal, including what the CSV cannot hold."""
    workouts = Workout.objects.for_user(user).order_by("date", "pk").select_related("routine")
    return {
        "workouts": [
            {
                "date": workout.date.isoformat(),
                "created_at": workout.created_at.isoformat(),
                "routine": workout.routine.slug if workout.routine else None,
                "duration_min": workout.duration_min,
                "notes": workout.notes,
                "entries": [
                    {
                        "exercise": entry.exercise.slug,
                        "exercise_name": entry.exercise.name,
                        "sets": entry.sets,
                        "reps": entry.reps,
                        "hold_seconds": entry.hold_seconds,
                        "weight_kg": None if entry.weight_kg is None else float(entry.weight_kg),
                        "irritated": entry.irritated,
                        "irritation_note": entry.irritation_note,
                    }
                    for entry in workout.entries.all()
                ],
            }
            for workout in workouts.prefetch_related("entries__exercise")
        ],
        "checkins": [
            {
                "date": checkin.date.isoformat(),
                "created_at": checkin.created_at.isoformat(),
                "pain": checkin.pain,
                "locations": checkin.locations,
                "timings": checkin.timings,
                "red_flags": checkin.red_flags,
                "notes": checkin.notes,
            }
            for checkin in PainCheckin.objects.for_user(user).order_by("date")
        ],
        "runs": [_run_json(run) for run in Run.objects.for_user(user).order_by("date", "started_at", "pk")],
    }


def _run_json(run):
    return {
        "date": run.date.isoformat(),
        "created_at": run.created_at.isoformat(),
        "started_at": run.started_at.isoformat() if run.started_at else None,
        "distance_m": run.distance_m,
        "duration_s": run.duration_s,
        "ascent_m": float(run.ascent_m),
        "descent_m": float(run.descent_m),
        "surface": run.surface,
        "back_hurt": run.back_hurt,
        "back_hurt_after_min": run.back_hurt_after_min,
        "notes": run.notes,
        "origin": run.origin,
        "source_sha256": run.source_sha256 or None,
    }


def profile_json(user):
    profile, _ = Profile.objects.get_or_create(user=user)
    return {
        "username": user.get_username(),
        "email": user.email,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "units": profile.units,
        "weekly_target": profile.weekly_target,
        "lapse_days": profile.lapse_days,
        "time_zone": profile.time_zone,
        "usual_routine": profile.usual_routine.slug if profile.usual_routine else None,
        "include_walks": profile.include_walks,
        "reminders": reminders_json(user),
    }


def my_data_zip(user):
    """The bytes of the "download my data" zip."""
    exported_at = timezone.now().replace(microsecond=0)
    journal = {"exported_at": exported_at.isoformat(), **journal_json(user)}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("journal.csv", journal_csv_text(user))
        archive.writestr("journal.json", _json_text(journal))
        archive.writestr("profile.json", _json_text(profile_json(user)))
        archive.writestr("logins.json", _json_text(login_records_json(user)))
        archive.writestr("psfs.json", _json_text(psfs_json(user)))
        archive.writestr("shares.json", _json_text(shares_json(user)))
        archive.writestr(
            "README.txt",
            render_to_string("tracker/export_readme.txt", {"exported_at": exported_at, "columns": COLUMNS}),
        )
    return buffer.getvalue()


def _json_text(data):
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def download_name(kind, today):
    """backtrack-journal-2024-03-02: dated by the runner's own today, which is what they would call it."""
    return f"backtrack-{kind}-{today.isoformat()}"
