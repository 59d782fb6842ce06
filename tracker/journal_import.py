"""Loading a checked journal CSV into a runner's journal: all of it in one transaction, or none of it.

Into a journal that already has entries: a day's exercise rows become a new workout unless that day already
has a workout with exactly the same entries; a pain row replaces that day's pain score and notes (its
locations, timings and warning signs stay); a run is skipped when the same date already has a run of the
same distance and time. So loading the same file twice changes nothing the second time.
Several workouts on one date in the file become one workout: the CSV cannot tell them apart.
"""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import islice

from django.db import transaction

from routines.models import Exercise
from routines.words import count_of
from tracker.importers.journal_cells import ExerciseEntry
from tracker.importers.journal_csv import read_journal_csv
from tracker.limits import MAX_WORKOUT_MINUTES
from tracker.models import PainCheckin, Run, Workout, WorkoutExercise

BATCH_SIZE = 500


@dataclass
class LoadSummary:
    workouts: int = 0
    entries: int = 0
    checkins_added: int = 0
    checkins_replaced: int = 0
    runs: int = 0
    already_there: int = 0

    def describe(self):
        """What the load did, in a sentence or two for the runner."""
        added = []
        if self.workouts:
            exercises = f" ({count_of(self.entries, 'exercise')})" if self.entries else ""
            added.append(count_of(self.workouts, "workout") + exercises)
        if self.checkins_added:
            added.append(count_of(self.checkins_added, "pain check-in"))
        if self.runs:
            added.append(count_of(self.runs, "run"))
        said = [f"Imported {_in_words(added)}."] if added else []
        if self.checkins_replaced:
            days = "that day" if self.checkins_replaced == 1 else "those days"
            said.append(
                f"{count_of(self.checkins_replaced, 'pain check-in')} replaced what you had on {days}."
            )
        if self.already_there:
            skipped = count_of(self.already_there, "entry", "entries")
            said.append(
                f"{skipped} already in your journal {'was' if self.already_there == 1 else 'were'} skipped."
            )
        return " ".join(said) or "The file holds no entries, only its header: nothing was imported."


def _in_words(parts):
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def load_journal_csv(user, source, today):
    """Read, check and load `source`, a binary file; JournalCsvError (nothing changed) if any row is bad."""
    # The same exercises the workout form offers: published ones, and any the runner already logged, so a file
    # exported before a curator withdrew an exercise still comes back. Unordered, or the ordering's columns
    # would make every entry distinct: one id per exercise is wanted, not one per entry.
    logged = (
        WorkoutExercise.objects.filter(workout__user=user).order_by().values_list("exercise_id", flat=True)
    )
    slugs = dict(Exercise.objects.published_or(logged.distinct()).values_list("slug", "pk"))
    rows = read_journal_csv(source, loggable_slugs=slugs, latest_date=today + datetime.timedelta(days=1))
    summary = LoadSummary()
    with transaction.atomic():
        _load_workouts(user, [row for row in rows if row.kind in ("exercise", "workout")], slugs, summary)
        _load_checkins(user, [row for row in rows if row.kind == "pain"], summary)
        _load_runs(user, [row for row in rows if row.kind == "run"], summary)
    return summary


def _load_workouts(user, rows, slugs, summary):
    days = defaultdict(lambda: {"durations": [], "notes": [], "entries": []})
    for row in rows:
        day = days[row.date]
        if row.kind == "workout":
            if row.values.duration_min:
                day["durations"].append(row.values.duration_min)
            if row.values.notes:
                day["notes"].append(row.values.notes)
        else:
            day["entries"].append(row.values)
    existing = Counter(
        (workout.date, _signature_of_workout(workout))
        for workout in _within(Workout.objects.for_user(user), days).prefetch_related("entries__exercise")
    )
    new_days = []
    for date, day in days.items():
        duration = min(sum(day["durations"]), MAX_WORKOUT_MINUTES) or None
        notes = "\n\n".join(day["notes"])
        key = (date, (duration, notes, tuple(day["entries"])))
        if existing[key] > 0:
            existing[key] -= 1
            summary.already_there += 1
            continue
        new_days.append((date, duration, notes, day["entries"]))
    for batch in _batches(new_days):
        workouts = Workout.objects.bulk_create(
            Workout(user=user, date=date, duration_min=duration, notes=notes)
            for date, duration, notes, _ in batch
        )
        entries = (
            WorkoutExercise(workout=workout, exercise_id=slugs[entry.exercise], order=order, **_fields(entry))
            for workout, (*_, day_entries) in zip(workouts, batch, strict=True)
            for order, entry in enumerate(day_entries)
        )
        # Batched again: one day may hold any number of entries.
        for entry_batch in _batches(entries):
            WorkoutExercise.objects.bulk_create(entry_batch)
            summary.entries += len(entry_batch)
        summary.workouts += len(workouts)


def _batches(items):
    """The items BATCH_SIZE at a time: the entries of a large file are made into model instances (heavier
    than the rows read) a batch at a time, never all at once, and each insert stays small."""
    iterator = iter(items)
    while batch := list(islice(iterator, BATCH_SIZE)):
        yield batch


def _signature_of_workout(workout):
    """What a workout of the file is compared by: duration, notes and entries, as the file would have them."""
    entries = tuple(
        ExerciseEntry(
            exercise=entry.exercise.slug,
            sets=entry.sets,
            reps=entry.reps,
            hold_seconds=entry.hold_seconds,
            weight_kg=entry.weight_kg,
            irritated=entry.irritated,
            irritation_note=entry.irritation_note,
        )
        for entry in workout.entries.all()
    )
    return (workout.duration_min, workout.notes, entries)


def _fields(values):
    """A row's values as model fields; an entry's exercise slug is left out (the model wants its id)."""
    return {name: getattr(values, name) for name in values.__slots__ if name != "exercise"}


def _load_checkins(user, rows, summary):
    existing = {checkin.date: checkin for checkin in _within(PainCheckin.objects.for_user(user), rows)}
    replaced, added = [], []
    for row in rows:
        checkin = existing.get(row.date)
        if checkin is None:
            added.append(row)
        elif (checkin.pain, checkin.notes) == (row.values.pain, row.values.notes):
            summary.already_there += 1
        else:
            checkin.pain, checkin.notes = row.values.pain, row.values.notes
            replaced.append(checkin)
    for batch in _batches(added):
        PainCheckin.objects.bulk_create(
            PainCheckin(user=user, date=row.date, **_fields(row.values)) for row in batch
        )
    PainCheckin.objects.bulk_update(replaced, ["pain", "notes"], batch_size=BATCH_SIZE)
    summary.checkins_added += len(added)
    summary.checkins_replaced += len(replaced)


def _load_runs(user, rows, summary):
    # Counted, not a set: two identical runs on one day in the file are two runs.
    existing = Counter(
        _within(Run.objects.for_user(user), rows).values_list("date", "distance_m", "duration_s")
    )
    new_runs = []
    for row in rows:
        key = (row.date, row.values.distance_m, row.values.duration_s)
        if existing[key] > 0:
            existing[key] -= 1
            summary.already_there += 1
            continue
        new_runs.append(row)
    for batch in _batches(new_runs):
        Run.objects.bulk_create(
            Run(user=user, date=row.date, origin=Run.Origin.CSV, **_fields(row.values)) for row in batch
        )
    summary.runs += len(new_runs)


def _within(queryset, dated):
    """Entries from the first to the last date of `dated` (dates, or rows with a date): a range rather than
    a list of dates, since SQLite limits how many values one query may carry."""
    dates = [getattr(item, "date", item) for item in dated]
    if not dates:
        return queryset.none()
    return queryset.between(min(dates), max(dates))
