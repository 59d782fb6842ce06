"""How well the runner kept up their core routine, day by day."""

import numpy as np

from tracker.insights.daily import runs_of, trailing_counts

FORTNIGHT = 14
LAPSED_BELOW = 0.5
CONSISTENT_FROM = 0.8
SPELL_DAYS = 14


def first_core_day(core):
    """Index of the first core session, or None when there is none."""
    sessions = np.flatnonzero(core)
    return int(sessions[0]) if len(sessions) else None


def exposure(core, weekly_target):
    """Core days in the 14 days ending on each day / (2 x weekly target), capped at 1.

    NaN until a whole fortnight has passed since the first session: before the routine began there is nothing
    to slack off from, and a part-fortnight would make every new runner look lapsed.
    """
    values = np.minimum(trailing_counts(core, FORTNIGHT) / (2 * max(weekly_target, 1)), 1.0)
    first = first_core_day(core)
    defined_from = len(core) if first is None else first + FORTNIGHT - 1
    values[:defined_from] = np.nan
    return values


def lapsed_days(exposure_values):
    with np.errstate(invalid="ignore"):
        return exposure_values < LAPSED_BELOW


def consistent_days(exposure_values):
    with np.errstate(invalid="ignore"):
        return exposure_values >= CONSISTENT_FROM


def consistent_spells(exposure_values):
    """How many spells of 14 or more days in a row the routine was kept up (exposure >= 0.8)."""
    _, lengths = runs_of(consistent_days(exposure_values))
    return int(np.count_nonzero(lengths >= SPELL_DAYS))
