"""The one bridge from a runner's journal (ORM rows) to the daily series that `tracker.insights` reads.

A constant number of queries whatever the journal's size: the profile, the journal's rows (see
`tracker.journal_days`, which keeps its past in the cache), the irritated exercises, and their library
alternatives. The runs are added up per day here.
"""

from dataclasses import dataclass

import numpy as np

from routines.models import Exercise, Status
from tracker.insights import Alternative, DailySeries, ExerciseIrritation, analyse
from tracker.insights.buckets import NOTHING_LEFT_OUT, LeftOut
from tracker.insights_cache import cached, insights_key
from tracker.journal import runner_profile
from tracker.journal_days import journal_days

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


def _irritations(irritated):
    """The exercises that irritated the runner's back ({exercise id: times}, from the journal's rows), with
    their library names and alternatives read now: a curator's edit shows at once."""
    if not irritated:
        return ()
    exercises = Exercise.objects.filter(pk__in=irritated).order_by("pk").values_list("pk", "slug", "name")
    # One query for every alternative, whatever the number of exercises.
    links = (
        Exercise.alternatives.through.objects.filter(
            from_exercise__in=list(irritated), to_exercise__status=Status.PUBLISHED
        )
        .order_by("to_exercise__name")
        .values_list("from_exercise_id", "to_exercise__slug", "to_exercise__name")
    )
    alternatives = {}
    for exercise_id, slug, name in links:
        alternatives.setdefault(exercise_id, []).append(Alternative(slug, name))
    return tuple(
        ExerciseIrritation(
            slug=slug, name=name, times=irritated[pk], alternatives=tuple(alternatives.get(pk, ()))
        )
        for pk, slug, name in exercises
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

    rows = journal_days(user, period)
    core_days, checkin_days, pains = rows.core_days, rows.checkin_days, rows.pains
    run_days, distance_m, descent_m = rows.run_days, rows.distance_m, rows.descent_m
    every_day = np.unique(np.concatenate([core_days, checkin_days, run_days]))
    start, end = journal_span(every_day, np.datetime64(today, "D"))
    set_aside = LeftOut.of(every_day[every_day < start].astype(object))
    days = int((end - start) // _ONE_DAY) + 1
    core, pain = np.zeros(days, dtype=bool), np.full(days, np.nan)
    km, longest_km, descent = np.zeros(days), np.zeros(days), np.zeros(days)

    def within(day_numbers):
        kept = (day_numbers >= start) & (day_numbers <= end)
        return kept, (day_numbers[kept] - start).astype(int)

    kept, at = within(core_days)
    core[at] = True
    kept, at = within(checkin_days)
    pain[at] = pains[kept]
    kept, at = within(run_days)
    np.add.at(km, at, distance_m[kept])
    np.maximum.at(longest_km, at, distance_m[kept])
    np.add.at(descent, at, descent_m[kept])
    km /= 1000  # after adding: whole metres add up exactly, as they did when the database summed them
    longest_km /= 1000
    start, end = start.astype(object), end.astype(object)
    series = DailySeries(start, core, pain, km, longest_km, descent, ends_today=end == today)
    return Journal(
        series=series,
        weekly_target=profile.weekly_target,
        lapse_days=profile.lapse_days,
        irritations=_irritations(rows.irritated),
        is_empty=not every_day.size,
        units=profile.units,
        set_aside=set_aside,
    )


def journal_span(days, today):
    """(first, last) day of the journal as the insights read it, from its distinct `days` in order
    (numpy datetime64 days, as is `today`).

    It begins after the last silence of more than a year between entries, so one stray row dated 1900 does
    not make a series of 46,000 days: the cost follows the days logged, not the calendar. It ends today, or
    at the last entry for a journal left for more than a year (nothing in it is going on now). Entries dated
    after today (tomorrow is allowed) extend it.
    """
    if not days.size:
        return today, today
    silences = np.flatnonzero(np.diff(days) > np.timedelta64(MAX_SILENCE_DAYS, "D"))
    start = days[silences[-1] + 1] if silences.size else days[0]
    last = days[-1]
    end = last if today - last > np.timedelta64(MAX_SILENCE_DAYS, "D") else max(today, last)
    return start, end


_ONE_DAY = np.timedelta64(1, "D")


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
