"""The parts every synthetic life is built from: the runner's habits, their pain, their routine and its
lapses, their check-ins and their runs, and the journal the app would hand the insights engine.

Everything is drawn from a seed, so a surprising verdict can be looked at again. The nuisance parameters (how
much pain the runner usually has, how it wanders, how steady the routine is, how often a check-in is missed,
how long the journal is) are drawn per seed from ordinary ranges, so each class is a family of lives rather
than one shape a method could be tuned to. These generalise the helpers in tests/factories_insights.py: the
same AR(1) wander, routine and lapses, with the fixed numbers there turned into drawn ones.
"""

import datetime
import math
import zlib
from dataclasses import dataclass, field

import numpy as np

from tracker.insights import DailySeries

WEEKLY_TARGET = 3
LAPSE_DAYS = 10
# Journals end on a day drawn from the year up to this date, so weekdays and seasons differ from seed to seed.
LATEST_TODAY = datetime.date(2025, 6, 30)


@dataclass(frozen=True, eq=False)
class Journal:
    """One synthetic runner: what the app would hand the engine, and what is really going on."""

    series: DailySeries
    weekly_target: int
    truth: str  # "pattern": lapses raise pain; "none": they do not; "either": no right verdict
    lapse_days: int = LAPSE_DAYS
    planted_lapses: tuple[tuple[int, int], ...] = ()  # (first day's index, days) of every lapse drawn
    details: dict = field(default_factory=dict)  # the parameters drawn for this seed, to explain a result


def rng_for(life, seed):
    """A random stream per class and seed, so seed 3 of one class is not seed 3 of another in disguise."""
    return np.random.default_rng([zlib.crc32(life.encode()), seed])


@dataclass(frozen=True)
class Habits:
    baseline: float  # usual pain out of 10
    persistence: float  # AR(1) coefficient of the slow wander: how long a good or bad spell lasts
    wander: float  # standard deviation of the wander, points
    day_noise: float  # standard deviation of day-to-day noise, points
    sessions_a_week: float  # core sessions while the routine is kept up
    fixed_weekdays: bool  # a set weekly schedule (Mon/Thu...) rather than whichever days suit
    missing_share: float  # of the days, pain not logged
    runs_a_week: float
    run_km: float  # a usual weekday run


HABIT_RANGES = {
    "baseline": (1.5, 4.0),
    "persistence": (0.75, 0.95),
    "wander": (0.4, 1.0),
    "day_noise": (0.4, 0.9),
    "sessions_a_week": (2.6, 4.5),
    "missing_share": (0.05, 0.25),
    "runs_a_week": (2.5, 5.0),
    "run_km": (6.0, 12.0),
}


def draw_habits(rng, **overrides):
    """A runner's habits from ordinary ranges; an override is a fixed value or a (low, high) range.

    The same numbers are drawn whatever is overridden, so an override changes only what it names.
    """
    values = {}
    for name, (low, high) in HABIT_RANGES.items():
        share = rng.random()
        chosen = overrides.pop(name, (low, high))
        values[name] = (
            float(chosen[0] + share * (chosen[1] - chosen[0])) if isinstance(chosen, tuple) else chosen
        )
    coin = rng.random()
    fixed = overrides.pop("fixed_weekdays", None)
    values["fixed_weekdays"] = bool(coin < 0.5) if fixed is None else bool(fixed)
    if overrides:
        raise TypeError(f"Unknown habits: {', '.join(sorted(overrides))}")
    return Habits(**values)


def drawn_days(rng, days, low, high):
    """The journal's length: as given, or drawn between low and high days."""
    drawn = int(rng.integers(low, high + 1))
    return int(days) if days is not None else drawn


def first_day(rng, days, today=None):
    """The first day of a journal of `days` days ending on `today` (drawn from the year to LATEST_TODAY)."""
    offset = int(rng.integers(0, 365))
    today = today or LATEST_TODAY - datetime.timedelta(days=offset)
    return today - datetime.timedelta(days=days - 1)


def weekdays(start, days):
    """Monday 0 .. Sunday 6 for every day of the journal."""
    return (start.weekday() + np.arange(days)) % 7


def wandering_pain(rng, days, habits, level=None):
    """`level` (the baseline unless given: a trend, a season) plus an AR(1) wander started in its stationary
    state, plus day-to-day noise. Not yet rounded or clipped."""
    keep = habits.persistence
    steps = rng.normal(0, habits.wander * math.sqrt(1 - keep**2), size=days)
    wander = np.empty(days)
    wander[0] = rng.normal(0, habits.wander)
    for day in range(1, days):
        wander[day] = keep * wander[day - 1] + steps[day]
    noise = rng.normal(0, habits.day_noise, size=days)
    return (habits.baseline if level is None else level) + wander + noise


def flares(rng, days, count, size=(1.5, 3.0), length=(7, 21)):
    """Flares on their own schedule (a knock, a bad night's sleep, stress): up over a day or two, a plateau,
    easing over the last third. Returns the extra pain per day and the (start, length) of each flare."""
    extra = np.zeros(days)
    drawn = []
    for _ in range(count):
        flare_days = int(rng.integers(length[0], length[1] + 1))
        start = int(rng.integers(0, max(days - flare_days, 1)))
        height = rng.uniform(*size)
        age = np.arange(flare_days)
        shape = np.minimum(np.minimum((age + 1) / 2, 1), (flare_days - age) / (flare_days / 3))
        stop = min(start + flare_days, days)
        extra[start:stop] += height * np.clip(shape, 0, 1)[: stop - start]
        drawn.append((start, flare_days))
    return extra, drawn


def spread_lapses(rng, lengths, first, last, min_gap):
    """Lapses of the given lengths, in random order, placed at random between day `first` and day `last`
    (exclusive) with at least `min_gap` days of routine between them: (start, length) pairs by start."""
    lengths = [int(length) for length in rng.permutation(np.asarray(lengths, dtype=int))]
    if not lengths:
        return []
    slack = last - first - sum(lengths) - min_gap * (len(lengths) - 1)
    if slack < 0:
        raise ValueError("Not enough days for those lapses.")
    room = np.sort(rng.integers(0, slack + 1, size=len(lengths)))
    before = np.concatenate(([0], np.cumsum(np.asarray(lengths[:-1]) + min_gap)))
    return [(int(first + r + b), length) for r, b, length in zip(room, before, lengths, strict=True)]


def add_lapses(rng, taken, lengths, first, last, min_gap, tries=200):
    """`taken` plus more lapses placed at random, each `min_gap` days from every other; one that finds no room
    is left out. Returns all of them by start."""
    lapses = list(taken)
    for length in lengths:
        length = int(length)
        if last - length <= first:
            continue
        for start in rng.integers(first, last - length, size=tries):
            start = int(start)
            if all(start >= s + n + min_gap or start + length + min_gap <= s for s, n in lapses):
                lapses.append((start, length))
                break
    return sorted(lapses)


def routine(rng, start, days, habits, lapses, rate=None, breaks_a_year=(0, 3)):
    """Core session days: a fixed weekly schedule kept most weeks, or whichever days suit; none inside the
    lapses, with a session the day before and the day after each (a lapse is the stretch between two
    sessions); a few short breaks of 4-7 days a year (a busy week, a cold). The journal's first day is the
    first session.

    `rate` (per day, 1 = as usual) lets the routine firm up or fade over time.
    """
    if habits.fixed_weekdays:
        planned = max(1, min(7, math.ceil(habits.sessions_a_week / 0.9)))
        chosen = rng.choice(7, size=planned, replace=False)
        chance = np.where(np.isin(weekdays(start, days), chosen), habits.sessions_a_week / planned, 0.0)
    else:
        chance = np.full(days, habits.sessions_a_week / 7)
    if rate is not None:
        chance = chance * rate
    core = rng.random(days) < chance
    breaks = int(rng.integers(breaks_a_year[0], breaks_a_year[1] + 1) * days / 365)
    for _ in range(breaks):
        begin = int(rng.integers(0, max(days - 7, 1)))
        core[begin : begin + int(rng.integers(4, 8))] = False
    for lapse_start, length in lapses:
        core[lapse_start : lapse_start + length] = False
        core[max(lapse_start - 1, 0)] = True
        if lapse_start + length < days:
            core[lapse_start + length] = True
    core[0] = True
    return core


@dataclass(frozen=True)
class Climb:
    """How pain answers a lapse: nothing for `onset` days, then up by `rise` points over `ramp` days; after
    the routine resumes it eases back over `settle` days."""

    onset: int
    ramp: int
    rise: float
    settle: int


# As tests.factories_insights.lapse_climber: rising a week into the lapse, 3 points up a week later, and
# two weeks to settle.
TEXTBOOK_CLIMB = Climb(onset=7, ramp=7, rise=3.0, settle=14)


def draw_climb(rng):
    """The textbook climb with variety: onset 5-9 days, 5-10 days to climb 2-3.5 points, 10-18 to settle."""
    return Climb(
        onset=int(rng.integers(5, 10)),
        ramp=int(rng.integers(5, 11)),
        rise=float(rng.uniform(2.0, 3.5)),
        settle=int(rng.integers(10, 19)),
    )


def slack_off_effect(core, climb):
    """The extra pain caused by going without core work, from the days since the last session, whatever
    made the gap (a planned lapse or a chance one). After a session it eases linearly from where it got to."""
    effect = np.zeros(len(core))
    days_off, climbed = 0, 0.0
    eased_from, easing_since = 0.0, 0
    for day, session in enumerate(core):
        days_off = 0 if session else days_off + 1
        if session and climbed > 0:
            eased_from, easing_since = climbed, day
        climbed = (
            climb.rise * min(max((days_off - 1 - climb.onset) / climb.ramp, 0.0), 1.0) if days_off else 0.0
        )
        easing = eased_from * max(0.0, 1 - (day - easing_since + 1) / climb.settle)
        effect[day] = max(climbed, easing)
    return effect


def check_ins(rng, pain, habits, logging_days=None):
    """Pain as logged: whole numbers 0-10, some days missed singly and some in runs of 2-6 days (a trip, a
    busy week), about `habits.missing_share` of them in all. `logging_days` limits check-ins to those days."""
    days = len(pain)
    scores = np.clip(np.round(pain), 0, 10)
    missed = rng.random(days) < 0.7 * habits.missing_share
    for _ in range(int(rng.poisson(0.3 * habits.missing_share * days / 4))):
        begin = int(rng.integers(0, days))
        missed[begin : begin + int(rng.integers(2, 7))] = True
    if logging_days is not None:
        missed |= ~logging_days
    scores[missed] = np.nan
    return scores


def running(rng, start, days, habits):
    """Weekday runs around the usual distance and a long run at the weekend (most weekends); returns (km,
    descent in metres) per day. How hilly the runner's routes are is drawn too."""
    day_of_week = weekdays(start, days)
    long_day = int(rng.choice([5, 6]))
    weekday_chance = max(habits.runs_a_week - 1, 0) / 6
    weekday_runs = (day_of_week != long_day) & (rng.random(days) < weekday_chance)
    km = np.where(weekday_runs, habits.run_km * rng.lognormal(0, 0.25, size=days), 0.0)
    long_runs = (day_of_week == long_day) & (rng.random(days) < 0.85)
    km = np.where(long_runs, habits.run_km * rng.uniform(1.6, 2.3, size=days), km)
    metres_per_km = rng.uniform(5, 30)
    descent = np.where(km > 0, km * metres_per_km * rng.lognormal(0, 0.4, size=days), 0.0)
    return np.round(km, 1), np.round(descent)


def daily_series(start, core, pain, km, descent):
    """The series as tracker.series builds it (one run a day here: the longest run is the day's distance)."""
    km = np.asarray(km, dtype=float)
    return DailySeries(
        start, np.asarray(core, dtype=bool), np.asarray(pain, dtype=float), km, km.copy(), descent
    )


def with_empty_days(series, empty_days):
    """The same journal with `empty_days` more days at the end: the runner stopped logging, today came."""
    return DailySeries(
        series.start,
        np.concatenate((series.core, np.zeros(empty_days, dtype=bool))),
        np.concatenate((series.pain, np.full(empty_days, np.nan))),
        np.concatenate((series.km, np.zeros(empty_days))),
        np.concatenate((series.longest_km, np.zeros(empty_days))),
        np.concatenate((series.descent, np.zeros(empty_days))),
    )


def habit_details(habits):
    return {
        name: round(value, 3) if isinstance(value, float) else value for name, value in vars(habits).items()
    }
