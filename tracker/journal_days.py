"""A runner's journal read as numbers for the insights: the days with core work, the check-ins' pain, each
run's distance and descent (every day a count of days since 1 January 1970), and how often each exercise
irritated the runner's back.

The journal's past (rows dated before `journal_version.recent_from`) is read once and kept in the shared
cache under the past's own version, which only a write that may touch the past changes; the recent rows,
a month or two of them, are read every time. So a ten-year journal costs a new one's reading after a
runner logs today's session, and its whole reading once a month or after an edit of its past.
"""

from collections import Counter
from dataclasses import dataclass
from itertools import chain

import numpy as np
from django.core.cache import cache
from django.db import connections
from django.db.models import Count, Func, IntegerField

from tracker import journal_version
from tracker.insights_cache import ENGINE, TIMEOUT_S
from tracker.models import PainCheckin, Run, Workout, WorkoutExercise


@dataclass(frozen=True)
class JournalDays:
    core_days: np.ndarray  # datetime64 days with core work (a day may repeat)
    checkin_days: np.ndarray
    pains: np.ndarray
    run_days: np.ndarray  # a day for each run
    distance_m: np.ndarray
    descent_m: np.ndarray
    irritated: Counter  # {exercise id: times it was marked "irritated my back"}

    def __add__(self, other):
        return JournalDays(
            *(np.concatenate(pair) for pair in zip(self.columns(), other.columns(), strict=True)),
            irritated=self.irritated + other.irritated,
        )

    def columns(self):
        return (self.core_days, self.checkin_days, self.pains, self.run_days, self.distance_m, self.descent_m)


def journal_days(user, period=None):
    """Every row of the journal, or of a period (first day, last day) read as it is, uncached."""
    if period is not None:
        return _read(user, date__gte=period[0], date__lte=period[1])
    boundary = journal_version.recent_from()
    (past_version,) = journal_version.current([user.pk], journal_version.past_version_key).values()
    key = f"journal-past:{ENGINE}:{user.pk}:{past_version}:{boundary.isoformat()}"
    past = cache.get(key)
    if past is None:
        past = _read(user, date__lt=boundary)
        cache.set(key, past, TIMEOUT_S)
    return past + _read(user, date__gte=boundary)


def _read(user, **dates):
    def by_day(model):
        return model.objects.for_user(user).filter(**dates).order_by().annotate(day=EpochDay("date"))

    (core_days,) = _columns(by_day(Workout).core_sessions().values_list("day").distinct(), "day")
    checkin_days, pains = _columns(by_day(PainCheckin).values_list("day", "pain"), "day", "pain")
    # Each run, not each day's sums: SQLite groups them more slowly than numpy adds them up.
    run_days, distance_m, descent_m = _columns(
        by_day(Run).values_list("day", "distance_m", "descent_m"), "day", "distance_m", "descent_m"
    )
    # Kept with the past too: in a club one runner's entries lie scattered among everyone's, and reading a
    # whole journal's of them cost a first view more than in a database of its own.
    irritated = Counter(
        dict(
            WorkoutExercise.objects.filter(
                workout__user=user, irritated=True, **{f"workout__{name}": day for name, day in dates.items()}
            )
            .order_by()
            .values_list("exercise_id")
            .annotate(times=Count("id"))
        )
    )
    return JournalDays(core_days, checkin_days, pains, run_days, distance_m, descent_m, irritated)


class EpochDay(Func):
    """A date as its number of days since 1 January 1970, computed by the database: a plain integer needs
    no parsing on its way into numpy, where a date column is turned into a Python date one row at a time
    (for a ten-year journal, most of reading it)."""

    output_field = IntegerField()

    def as_sqlite(self, compiler, connection, **extra):
        # julianday gives noon-based days: 1970-01-01 is 2440587.5.
        return self.as_sql(
            compiler, connection, template="CAST(julianday(%(expressions)s) - 2440587.5 AS INTEGER)"
        )

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, template="(%(expressions)s - DATE '1970-01-01')")


def _columns(queryset, *names):
    """The columns `names` of a query as numpy arrays, the first (an EpochDay) as datetime64 days and the
    rest as floats. Read through the cursor, as Django's converters would make a Decimal of each run's
    descent one row at a time; picked by the names the database gives them, as Django's SELECT puts a
    model's fields before the annotations whatever order values_list asks for."""
    sql, params = queryset.query.sql_with_params()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
        position = {column[0]: index for index, column in enumerate(cursor.description)}
    # Every value is a number (the day too), so one array holds them all, row after row.
    flat = np.fromiter(chain.from_iterable(rows), dtype=float, count=len(rows) * len(position))
    table = flat.reshape(len(rows), len(position))
    days = table[:, position[names[0]]].astype(np.int64).astype("datetime64[D]")
    return (days, *(table[:, position[name]] for name in names[1:]))
