"""Outcome measures over weeks, as a physiotherapist reads them: the weekly pain summary (mean and worst
of the 0-10 scores, the NPRS), the Patient-Specific Functional Scale, and core sessions a week against
the target.

Baseline against now compares the first two weeks that hold scores with the last two, so one good or bad day
at either end does not decide it; with fewer than four such weeks there is no "now" apart from the baseline.
"""

import datetime
from dataclasses import dataclass

import numpy as np

from tracker.insights.verdict import is_clinically_meaningful

PAIN_ENDS_WEEKS = 2
# The PSFS's minimal detectable change: 2 points in the mean score, 3 in one activity (Stratford et al. 1995;
# Horn et al. 2012 for low back pain).
PSFS_MEAN_CHANGE = 2.0
PSFS_ITEM_CHANGE = 3.0


@dataclass(frozen=True)
class WeekPain:
    week: datetime.date  # its Monday
    average: float
    worst: int
    days: int  # days with a score


@dataclass(frozen=True)
class WeekSessions:
    week: datetime.date
    sessions: int
    days_covered: int  # 7, fewer for a week cut by the start or end of the period


@dataclass(frozen=True)
class Change:
    """Baseline and now of one measure. `better` is the improvement in the measure's own direction (less pain,
    a higher PSFS); `meaningful` whether it reaches the measure's minimal important change either way."""

    baseline: float
    now: float
    better: float
    meaningful: bool

    @property
    def direction(self):
        if not self.meaningful:
            return "no_change"
        return "better" if self.better > 0 else "worse"


def monday_of(day):
    return day - datetime.timedelta(days=day.weekday())


def weekly_pain(series):
    """The mean and worst pain of every week holding a score, oldest first."""
    weeks = {}
    for index in np.flatnonzero(~np.isnan(series.pain)):
        weeks.setdefault(monday_of(series.date_of(index)), []).append(float(series.pain[index]))
    return [
        WeekPain(week, round(float(np.mean(scores)), 1), int(max(scores)), len(scores))
        for week, scores in sorted(weeks.items())
    ]


def pain_change(weeks):
    """Mean daily pain of the first two weeks with scores against the last two; None under four weeks."""
    if len(weeks) < 2 * PAIN_ENDS_WEEKS:
        return None
    first, last = weeks[:PAIN_ENDS_WEEKS], weeks[-PAIN_ENDS_WEEKS:]
    baseline = _day_weighted_mean(first)
    now = _day_weighted_mean(last)
    # Lower pain is better; the NPRS's minimal important change applies to a change either way.
    meaningful = is_clinically_meaningful(abs(baseline - now), baseline)
    return Change(round(baseline, 1), round(now, 1), round(baseline - now, 1), meaningful)


def _day_weighted_mean(weeks):
    return sum(week.average * week.days for week in weeks) / sum(week.days for week in weeks)


def psfs_change(means):
    """The first PSFS mean against the last (oldest first); None with fewer than two assessments."""
    if len(means) < 2:
        return None
    baseline, now = means[0], means[-1]
    return Change(
        round(baseline, 1), round(now, 1), round(now - baseline, 1), abs(now - baseline) >= PSFS_MEAN_CHANGE
    )


def psfs_item_change(first, last):
    """One activity's first score against its last."""
    return Change(first, last, last - first, abs(last - first) >= PSFS_ITEM_CHANGE)


def weekly_sessions(series):
    """Days with core work in each week of the series, oldest first; partial weeks say how many days they
    cover so adherence is not judged on a cut week."""
    weeks = {}
    for index in range(series.days):
        week = weeks.setdefault(monday_of(series.date_of(index)), [0, 0])
        week[0] += int(series.core[index])
        week[1] += 1
    return [WeekSessions(week, sessions, days) for week, (sessions, days) in sorted(weeks.items())]


def adherence(weeks, target):
    """(mean sessions a full week, full weeks meeting the target, full weeks): partial weeks are left out."""
    full = [week for week in weeks if week.days_covered == 7]
    if not full:
        return None, 0, 0
    mean = round(sum(week.sessions for week in full) / len(full), 1)
    return mean, sum(week.sessions >= target for week in full), len(full)
