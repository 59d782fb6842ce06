"""The one bridge from a runner's journal (ORM rows) to the daily series that `tracker.insights` reads.

A constant number of aggregated queries whatever the journal's size: the profile, the dates with core work,
the pain check-ins, the runs summed per day, the irritated exercises, and their library alternatives.
"""

from dataclasses import dataclass

import numpy as np
from django.db.models import Count, Max, Sum

from routines.models import Exercise, Status
from tracker.insights import Alternative, DailySeries, ExerciseIrritation, analyse
from tracker.insights.buckets import NOTHING_LEFT_OUT, LeftOut
from tracker.insights_cache import cached, insights_key
from tracker.journal import runner_profile
from tracker.models import PainCheckin, Run, Workout, WorkoutExercise

MAX_SILENCE_DAYS = 365


@dataclass(frozen=True, eq=False)
class Journal:
    series: DailySeries
    weekly_target: int
    lapse_days: int
    irritations: tuple[ExerciseIrritation, ...]
    is_empty: bool
    units: str = "km"
    set_aside: LeftOut = NOTHING_LEFT_OUT  # entries before the last silence of more than a year


def _irritations(user, period):
    irritated = WorkoutExercise.objects.filter(workout__user=user, irritated=True)
    if period is not None:
        irritated = irritated.filter(workout__date__range=period)
    counts = list(
        irritated.order_by()
        .values("exercise_id", "exercise__slug", "exercise__name")
        .annotate(times=Count("id"))
    )
    # One query for every alternative, whatever the number of exercises (a subquery, never an empty IN list).
    links = (
        Exercise.alternatives.through.objects.filter(
            from_exercise__in=irritated.values("exercise_id"), to_exercise__status=Status.PUBLISHED
        )
        .order_by("to_exercise__name")
        .values_list("from_exercise_id", "to_exercise__slug", "to_exercise__name")
    )
    alternatives = {}
    for exercise_id, slug, name in links:
        alternatives.setdefault(exercise_id, []).append(Alternative(slug, name))
    return tuple(
        ExerciseIrritation(
            slug=row["exercise__slug"],
            name=row["exercise__name"],
            times=row["times"],
            alternatives=tuple(alternatives.get(row["exercise_id"], ())),
        )
        for row in counts
    )


def journal_for(user, profile=None, today=None, period=None):
    """The runner's daily series from their first entry to today (in their own time zone).

    With a period (first day, last day), only the entries of those days count, and the period's last day is
    "today" when it ends earlier: the series is what the journal held for that stretch, as a report shows it.
    """
    profile = profile or runner_profile(user)
    today = today or profile.today()
    if period is not None:
        today = min(today, period[1])

    def entries(model):
        rows = model.objects.for_user(user)
        return rows if period is None else rows.between(*period)

    core_dates = list(entries(Workout).core_dates())
    checkins = list(entries(PainCheckin).order_by().values_list("date", "pain"))
    runs = list(
        entries(Run)
        .order_by()
        .values("date")
        .annotate(total_m=Sum("distance_m"), longest_m=Max("distance_m"), descent_m=Sum("descent_m"))
        .values_list("date", "total_m", "longest_m", "descent_m")
    )
    dates = core_dates + [row[0] for row in checkins] + [row[0] for row in runs]
    start, end = journal_span(dates, today)
    set_aside = LeftOut.of(day for day in dates if day < start)
    core_dates = [day for day in core_dates if start <= day <= end]
    checkins = [row for row in checkins if start <= row[0] <= end]
    runs = [row for row in runs if start <= row[0] <= end]
    days = (end - start).days + 1
    core, pain = np.zeros(days, dtype=bool), np.full(days, np.nan)
    km, longest_km, descent = np.zeros(days), np.zeros(days), np.zeros(days)
    core[_indices(core_dates, start)] = True
    pain[_indices([row[0] for row in checkins], start)] = [row[1] for row in checkins]
    at = _indices([row[0] for row in runs], start)
    km[at] = [row[1] / 1000 for row in runs]
    longest_km[at] = [row[2] / 1000 for row in runs]
    descent[at] = [row[3] for row in runs]
    series = DailySeries(start, core, pain, km, longest_km, descent, ends_today=end == today)
    return Journal(
        series=series,
        weekly_target=profile.weekly_target,
        lapse_days=profile.lapse_days,
        irritations=_irritations(user, period),
        is_empty=not dates,
        units=profile.units,
        set_aside=set_aside,
    )


def journal_span(dates, today):
    """(first, last) day of the journal as the insights read it.

    It begins after the last silence of more than a year between entries, so one stray row dated 1900 does
    not make a series of 46,000 days: the cost follows the days logged, not the calendar. It ends today, or
    at the last entry for a journal left for more than a year (nothing in it is going on now). Entries dated
    after today (tomorrow is allowed) extend it.
    """
    if not dates:
        return today, today
    ordered = sorted(set(dates))
    start = ordered[0]
    for earlier, later in zip(ordered, ordered[1:], strict=False):
        if (later - earlier).days > MAX_SILENCE_DAYS:
            start = later
    last = ordered[-1]
    end = last if (today - last).days > MAX_SILENCE_DAYS else max(today, last)
    return start, end


def _indices(dates, start):
    origin = start.toordinal()
    return np.fromiter((day.toordinal() - origin for day in dates), dtype=int, count=len(dates))


def insights_for(user, profile=None, today=None, period=None):
    """(journal, insights) for one runner: the page, the API, the home warning and the shared report all come
    through here. Computed once per version of the journal, then read from the shared cache."""
    journal, insights, _key = insights_with_key(user, profile, today, period)
    return journal, insights


def insights_with_key(user, profile=None, today=None, period=None):
    """(journal, insights, the key they are kept under): a view keeps what it draws from them beside it."""
    profile = profile or runner_profile(user)
    today = today or profile.today()

    def compute():
        journal = journal_for(user, profile=profile, today=today, period=period)
        insights = analyse(
            journal.series,
            weekly_target=journal.weekly_target,
            lapse_days=journal.lapse_days,
            irritations=journal.irritations,
        )
        return journal, insights

    key = insights_key(user.pk, profile, today, period)
    return (*cached(key, compute), key)
