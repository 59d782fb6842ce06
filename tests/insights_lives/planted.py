"""Lives where going without core work really does bring the pain back (truth "pattern"), plus the short
journals where no verdict is owed yet (truth "either").

In every one the extra pain comes from the days since the last session (tests.insights_lives.building
.slack_off_effect), so a chance gap in the routine hurts as much as a planned lapse of the same length.
"""

from dataclasses import replace

import numpy as np

from tests.insights_lives.building import (
    TEXTBOOK_CLIMB,
    WEEKLY_TARGET,
    Climb,
    Journal,
    check_ins,
    daily_series,
    draw_climb,
    draw_habits,
    drawn_days,
    first_day,
    habit_details,
    rng_for,
    routine,
    running,
    slack_off_effect,
    spread_lapses,
    wandering_pain,
    weekdays,
)


def climbing_journal(
    rng, start, days, habits, lapses, climb, truth, weekly_target=WEEKLY_TARGET, logging_days=None
):
    """Routine around the lapses, pain that answers the days without core work, check-ins and runs."""
    core = routine(rng, start, days, habits, lapses)
    pain = wandering_pain(rng, days, habits) + slack_off_effect(core, climb)
    km, descent = running(rng, start, days, habits)
    return Journal(
        series=daily_series(start, core, check_ins(rng, pain, habits, logging_days), km, descent),
        weekly_target=weekly_target,
        truth=truth,
        planted_lapses=tuple(lapses),
        details={**habit_details(habits), **vars(climb)},
    )


def lapses_of_weeks(rng, days, lapse_count=None):
    """About one lapse of 2-5 weeks per hundred days (give or take one), at least three weeks apart."""
    drawn = int(round(days / 100)) + int(rng.integers(-1, 2))
    count = lapse_count if lapse_count is not None else drawn
    return spread_lapses(rng, rng.integers(14, 36, size=count), first=28, last=days - 14, min_gap=21)


def planted(seed, days=None, lapse_count=None, climb=None, today=None, **habits):
    """The textbook lapse climber (tests.factories_insights.lapse_climber) with variety: 1-2 years, a lapse of
    2-5 weeks every hundred days or so, pain rising 5-9 days into a lapse by 2-3.5 points over 5-10 days and
    settling 10-18 days after the routine resumes; every nuisance habit drawn per seed.

    Realistic because this is the story the runner believes (deconditioning brings the pain back after a week
    or two) told with the noise, gaps and uneven routines of a real journal."""
    rng = rng_for("planted", seed)
    habits = draw_habits(rng, **habits)
    days = drawn_days(rng, days, 365, 730)
    start = first_day(rng, days, today)
    drawn_climb = draw_climb(rng)
    lapses = lapses_of_weeks(rng, days, lapse_count)
    return climbing_journal(rng, start, days, habits, lapses, climb or drawn_climb, "pattern")


def long_lapses(seed, days=None, lapse_count=None, today=None, **habits):
    """Months-long lapses whose pain comes back late: 2-4 lapses of 6-10 weeks in 1.5-2 years; pain starts
    creeping back only 4-5 weeks into a lapse, climbs 2-3.5 points over 12-16 days, and eases within 2-3 weeks
    of resuming; about three sessions a week otherwise.

    Realistic for runners who drop the routine for a season (a new job, marathon training, a summer away):
    deconditioning of the trunk muscles takes weeks, so a lapse only hurts once it has lasted. A method that
    only looks a few weeks after a lapse starts, or dilutes the late rise over the whole lapse, misses it."""
    rng = rng_for("long_lapses", seed)
    habits.setdefault("sessions_a_week", (2.7, 3.5))
    habits = draw_habits(rng, **habits)
    days = drawn_days(rng, days, 548, 730)
    start = first_day(rng, days, today)
    climb = Climb(
        onset=int(rng.integers(28, 36)),
        ramp=int(rng.integers(12, 17)),
        rise=float(rng.uniform(2.0, 3.5)),
        settle=int(rng.integers(14, 22)),
    )
    count = int(rng.integers(2, 5)) if lapse_count is None else lapse_count
    lapses = spread_lapses(rng, rng.integers(42, 71, size=count), first=42, last=days - 28, min_gap=35)
    return climbing_journal(rng, start, days, habits, lapses, climb, "pattern")


def sparse_logger(seed, days=None, lapse_count=None, today=None, **habits):
    """The lapse climber's effect (rising a week into each lapse, 3 points a week later), but pain is only
    logged on Mondays, Wednesdays and Fridays, and 5-15% of those are missed too; 1-2 years.

    Realistic: many runners log pain on a schedule (physio days, a reminder three times a week) rather than
    daily. The effect is as strong as ever; only the check-ins are sparse, so a rule that demands 4 logged
    days a week never lets them hear it."""
    rng = rng_for("sparse_logger", seed)
    habits.setdefault("missing_share", (0.05, 0.15))
    habits = draw_habits(rng, **habits)
    days = drawn_days(rng, days, 365, 730)
    start = first_day(rng, days, today)
    lapses = lapses_of_weeks(rng, days, lapse_count)
    logging_days = np.isin(weekdays(start, days), (0, 2, 4))
    return climbing_journal(
        rng, start, days, habits, lapses, TEXTBOOK_CLIMB, "pattern", logging_days=logging_days
    )


def low_target(seed, weekly_target=2, days=None, lapse_count=None, today=None, **habits):
    """A runner whose routine is 1-2 sessions a week (profile target 2) with the planted lapse effect (as
    `planted`): 1-2 years, lapses of 2-5 weeks.

    Realistic: a physio often prescribes core work twice a week, and a busy runner manages one or two. Chance
    gaps of 10+ days are common at this rate and hurt like any lapse, as the causal model says they should."""
    rng = rng_for("low_target", seed)
    habits.setdefault("sessions_a_week", (1.0, 2.0))
    habits = draw_habits(rng, **habits)
    days = drawn_days(rng, days, 365, 730)
    start = first_day(rng, days, today)
    climb = draw_climb(rng)
    lapses = lapses_of_weeks(rng, days, lapse_count)
    return climbing_journal(rng, start, days, habits, lapses, climb, "pattern", weekly_target=weekly_target)


def low_target_default_setting(seed, **options):
    """The `low_target` runner (the very same journal) who never changed the profile's weekly target from 3.

    The truth is still "pattern", but what matters is the message: measured against three sessions a week,
    their ordinary weeks look like lapses, and the summary they read should not mislead them."""
    return replace(low_target(seed, **options), weekly_target=3)


def short_journal(seed, climb=TEXTBOOK_CLIMB, today=None, **habits):
    """Exactly 84 days (the minimum the method asks for), pain logged every day, two lapses of 12-14 days, and
    the textbook lapse effect, which reaches only part of its rise in lapses this short.

    Realistic: a keen new user checking the page after twelve weeks. Either verdict is defensible; what the
    runner is told is what to read."""
    rng = rng_for("short_journal", seed)
    habits.setdefault("missing_share", 0.0)
    habits.setdefault("sessions_a_week", (3.0, 4.5))
    habits = draw_habits(rng, **habits)
    days = 84
    start = first_day(rng, days, today)
    lapses = spread_lapses(rng, rng.integers(12, 15, size=2), first=21, last=days - 10, min_gap=14)
    return climbing_journal(rng, start, days, habits, lapses, climb, "either")


def too_short(seed, days=None, today=None, **habits):
    """30-80 days with the textbook lapse effect planted: one lapse of 10-14 days, two from 60 days on.

    Realistic: the first weeks of using the app. However clear the climb looks, a month or two is too little
    to tell a pattern from chance, so the only right verdict is not_enough_data."""
    rng = rng_for("too_short", seed)
    habits = draw_habits(rng, **habits)
    days = drawn_days(rng, days, 30, 80)
    start = first_day(rng, days, today)
    count = 2 if days >= 60 else 1
    first, last = 14 if days >= 60 else 10, days - 5
    longest = min(14, (last - first - 10 * (count - 1)) // count)
    lapses = spread_lapses(rng, rng.integers(10, longest + 1, size=count), first=first, last=last, min_gap=10)
    return climbing_journal(rng, start, days, habits, lapses, TEXTBOOK_CLIMB, "either")
