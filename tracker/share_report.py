"""The one-page report a runner shares with their physiotherapist, as plain data: the HTML page and the PDF
are both drawn from it, so they cannot disagree. Its insights come from `insights_for` over the shared period,
the same numbers GET /api/insights/?start=...&end=... gives for it.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from tracker.insights import outcomes
from tracker.insights.charts import in_units
from tracker.models import PainCheckin, Run, Workout
from tracker.progress import psfs_history
from tracker.series import insights_for

RED_FLAG_LABELS = dict(PainCheckin.RedFlag.choices)


@dataclass(frozen=True)
class PsfsItem:
    name: str
    first: int
    last: int
    change: outcomes.Change | None


@dataclass(frozen=True)
class Note:
    date: datetime.date
    kind: str
    text: str


@dataclass(frozen=True)
class Report:
    runner: str
    start: datetime.date
    end: datetime.date
    generated: datetime.datetime
    units: str
    pain_weeks: list
    pain: outcomes.Change | None
    psfs_points: list  # (date, mean) oldest first
    psfs: outcomes.Change | None
    psfs_items: list
    session_weeks: list
    sessions_a_week: float | None
    weeks_on_target: int
    full_weeks: int
    weekly_target: int
    insights: object
    weekly_distance: list  # (Monday, distance in the runner's units)
    red_flags: list  # (date, [labels])
    notes: list | None  # None when the runner chose not to share notes


def build_report(share, today=None):
    """The report of one share: the runner's journal between its first and last day."""
    user, period = share.user, (share.start, share.end)
    journal, insights = insights_for(user, today=today, period=period)
    series = journal.series
    pain_weeks = outcomes.weekly_pain(series)
    session_weeks = outcomes.weekly_sessions(series) if not journal.is_empty else []
    mean_sessions, on_target, full_weeks = outcomes.adherence(session_weeks, journal.weekly_target)
    psfs_points, psfs_items = _psfs(user, period)
    return Report(
        runner=user.get_username(),
        start=share.start,
        end=share.end,
        generated=timezone.now(),
        units=journal.units,
        pain_weeks=pain_weeks,
        pain=outcomes.pain_change(pain_weeks),
        psfs_points=psfs_points,
        psfs=outcomes.psfs_change([mean for _day, mean in psfs_points]),
        psfs_items=psfs_items,
        session_weeks=session_weeks,
        sessions_a_week=mean_sessions,
        weeks_on_target=on_target,
        full_weeks=full_weeks,
        weekly_target=journal.weekly_target,
        insights=insights,
        weekly_distance=[(week.week, in_units(week.km, journal.units)) for week in insights.weekly],
        red_flags=_red_flags(user, period),
        notes=_notes(user, period) if share.include_notes else None,
    )


def _psfs(user, period):
    """(date, mean) of each assessment, and each activity's first and last score."""
    history = psfs_history(user, period)
    by_activity = {}
    for _day, _mean, items in history:
        for name, score in items:
            by_activity.setdefault(name, []).append(score)
    items = [
        PsfsItem(
            name,
            scores[0],
            scores[-1],
            outcomes.psfs_item_change(scores[0], scores[-1]) if len(scores) > 1 else None,
        )
        for name, scores in by_activity.items()
    ]
    return [(day, mean) for day, mean, _items in history], items


def _red_flags(user, period):
    flagged = PainCheckin.objects.for_user(user).between(*period).exclude(red_flags=[]).order_by("date")
    return [
        (day, [RED_FLAG_LABELS.get(code, code) for code in flags])
        for day, flags in flagged.values_list("date", "red_flags")
        if flags
    ]


def _notes(user, period):
    notes = []
    for model, kind in ((PainCheckin, "check-in"), (Workout, "workout"), (Run, "run")):
        rows = model.objects.for_user(user).between(*period).exclude(notes="").values_list("date", "notes")
        notes += [Note(day, kind, text) for day, text in rows]
    return sorted(notes, key=lambda note: note.date)
