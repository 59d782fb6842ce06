"""The slack-off test: does pain rise some days into a lapse, against the runner's own pain around it?

For each onset k (days into a lapse) the lapses' effects (see `episodes`) are pooled into one difference and a
score, difference x sqrt(weight); the onset with the highest score is kept. The onsets searched reach as far
as the runner's own lapses do (a week short of the longest), since pain that creeps back after four or five
weeks is part of what the runners in the thread describe.

The p-value pays for that search: the same lapses are moved by every circular shift of the journal (28 days
to its length - 28) and scored again, taking the best onset each time, and p is the share of shifts that
score at least as high as the real lapses. A shift keeps everything about the runner's pain (its wandering,
its seasons, the way they log) and everything about their lapses (how many, how long, how far apart), and
only breaks the link between the two, which is exactly what is being tested.

The reverse check asks whether pain was already up when the runner stopped: the mean pain from three days
before to three days after the first day without core work, against the pain before. A flare that makes the
runner stop shows there; pain that the lapse brings on comes later. It gets its own p from the same shifts.
"""

from dataclasses import dataclass

import numpy as np

from tracker.insights.episodes import (
    MIN_EFFECT_DAYS,
    pooled,
    predictive_p_value,
    shifts_for,
    windows_for_every_shift,
)

# Days into a lapse at which pain may start to be higher: every few days at first, then weekly.
ONSET_STEPS = (0, 3, 7, 10, 14, 21, 28, 35, 42, 49, 56, 63, 70, 84, 98, 112, 126, 140)
MIN_LAPSES = 2  # a pattern must have been seen more than once
MIN_DAYS = 2 * 28 + 1  # below this there are no shifts to compare with


@dataclass(frozen=True)
class SlackOffScan:
    lag_days: int | None  # the onset with the strongest effect, in days from the start of a lapse
    difference: float | None  # pain in that part of the lapses minus the baseline around them
    pain_lapsed: float | None
    pain_consistent: float | None  # the baseline: the runner's pain before and after their lapses
    p_value: float | None
    shifts: int  # how many shifted copies formed the null distribution
    lapses_used: int  # lapses with enough pain in and around them at that onset
    lapses_with_pain: int  # lapses with enough pain in and around them from their first day
    stop_difference: float | None  # pain around stopping minus the pain before
    stop_p_value: float | None


EMPTY = SlackOffScan(None, None, None, None, None, 0, 0, 0, None, None)


def onsets_for(lengths):
    longest = max(lengths, default=0)
    return np.array([onset for onset in ONSET_STEPS if onset + MIN_EFFECT_DAYS <= longest] or [0])


def scan(pain, lapse_starts, lapse_lengths, open_last=False):
    """Score the lapses (start indices and lengths within `pain`) and their shifted copies."""
    if len(pain) < MIN_DAYS or len(lapse_starts) < MIN_LAPSES:
        return EMPTY
    onsets = onsets_for(lapse_lengths)
    shifts = shifts_for(len(pain))
    windows = windows_for_every_shift(pain, lapse_starts, lapse_lengths, onsets, shifts, open_last)
    difference, weight = pooled(windows.effect - windows.baseline, windows.weight, axis=1)
    lapses_used = np.count_nonzero(windows.weight > 0, axis=1)
    with np.errstate(invalid="ignore"):
        scores = np.where(lapses_used >= MIN_LAPSES, difference * np.sqrt(weight), -np.inf)
    best = scores.max(axis=1)
    stop, stop_weight = pooled(windows.stop, windows.stop_weight, axis=1)
    stop_scores = np.where(np.count_nonzero(windows.stop_weight > 0, axis=1) >= MIN_LAPSES, stop, np.nan)
    stop_scores = stop_scores * np.sqrt(stop_weight)
    observed_stop = None if np.isnan(stop[0]) else float(stop[0])
    if not np.isfinite(best[0]):
        return SlackOffScan(None, None, None, None, None, 0, 0, int(lapses_used[0, 0]), observed_stop, None)
    column = int(np.argmax(scores[0]))
    lapsed, _ = pooled(windows.effect[0, :, column], windows.weight[0, :, column], axis=0)
    baseline, _ = pooled(windows.baseline[0, :, column], windows.weight[0, :, column], axis=0)
    null = best[1:]
    return SlackOffScan(
        lag_days=int(onsets[column]),
        difference=float(difference[0, column]),
        pain_lapsed=float(lapsed),
        pain_consistent=float(baseline),
        p_value=predictive_p_value(best[0], null),
        shifts=int(np.count_nonzero(np.isfinite(null))),
        lapses_used=int(lapses_used[0, column]),
        lapses_with_pain=int(lapses_used[0, 0]),
        stop_difference=observed_stop,
        stop_p_value=None if observed_stop is None else predictive_p_value(stop_scores[0], stop_scores[1:]),
    )
