"""The history page's data: a month calendar and a paginated list of the entries of the month shown, or of one
day of it, each built from a fixed number of queries whatever the journal's size."""

import calendar
import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import CharField, Sum, Value

from tracker.limits import EARLIEST_DATE
from tracker.models import PainCheckin, Run, Workout, WorkoutExercise


@dataclass
class Day:
    date: datetime.date
    in_month: bool
    core: bool = False
    pain: int | None = None
    distance_m: int | None = None


@dataclass
class Entry:
    kind: str  # "workout", "checkin" or "run"
    date: datetime.date
    item: object
    exercises: list = field(default_factory=list)
    irritated: list = field(default_factory=list)  # the names of the exercises that irritated the back


def month_start(text, today):
    """The first day of the month named by "YYYY-MM", or of today's month when the text is not one."""
    try:
        year, month = (int(part) for part in text.split("-"))
        first = datetime.date(year, month, 1)
    except (AttributeError, ValueError):
        return today.replace(day=1)
    return min(max(first, EARLIEST_DATE), today.replace(day=1))


def month_end(first):
    return shift_month(first, 1) - datetime.timedelta(days=1)


def shift_month(first, months):
    index = first.year * 12 + first.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def month_weeks(user, first):
    """The month as weeks of Days (Monday first) with core work, pain and distance: three queries."""
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
    start, end = weeks[0][0], weeks[-1][-1]
    core_dates = set(Workout.objects.for_user(user).between(start, end).core_dates())
    pain = dict(PainCheckin.objects.for_user(user).between(start, end).values_list("date", "pain"))
    distance = dict(
        Run.objects.for_user(user)
        .between(start, end)
        .order_by()
        .values("date")
        .annotate(metres=Sum("distance_m"))
        .values_list("date", "metres")
    )
    return [
        [
            Day(day, day.month == first.month, day in core_dates, pain.get(day), distance.get(day))
            for day in week
        ]
        for week in weeks
    ]


def entry_index(user, start, end):
    """The runner's entries from start to end as {date, id, kind}, newest first: one UNION query to page
    through."""

    def keyed(model, kind):
        return (
            model.objects.for_user(user)
            .between(start, end)
            .order_by()
            .annotate(kind=Value(kind, output_field=CharField()))
            .values_list("date", "id", "kind", named=True)
        )

    combined = keyed(Workout, "workout").union(keyed(PainCheckin, "checkin"), keyed(Run, "run"), all=True)
    return combined.order_by("-date", "kind", "-id")


def entries_for(user, index_rows):
    """The page's entries as Entry objects: four queries, bounded by the page's date range."""
    if not index_rows:
        return []
    start, end = min(row.date for row in index_rows), max(row.date for row in index_rows)
    items = {
        "workout": Workout.objects.for_user(user).between(start, end).select_related("routine"),
        "checkin": PainCheckin.objects.for_user(user).between(start, end),
        "run": Run.objects.for_user(user).between(start, end),
    }
    by_key = {(kind, item.pk): item for kind, rows in items.items() for item in rows}
    exercises, irritated = defaultdict(list), defaultdict(list)
    rows = WorkoutExercise.objects.filter(workout__user=user, workout__date__range=(start, end))
    for entry in rows.select_related("exercise"):
        exercises[entry.workout_id].append(entry.exercise.name)
        if entry.irritated:
            irritated[entry.workout_id].append(entry.exercise.name)
    entries = []
    for row in index_rows:
        if (row.kind, row.id) not in by_key:
            continue
        entry = Entry(row.kind, row.date, by_key[(row.kind, row.id)])
        if row.kind == "workout":
            entry.exercises, entry.irritated = exercises.get(row.id, []), irritated.get(row.id, [])
        entries.append(entry)
    return entries
