"""The verdict on the slack-off question and the plain words that explain it.

The words say association, not proof: a runner's journal is observational data.
"""

from dataclasses import dataclass

from routines.words import count_of
from tracker.insights.slack_off import MIN_LAPSES
from tracker.insights.words import chance_words, points_words

NOT_ENOUGH_DATA = "not_enough_data"
PATTERN = "pattern"
NO_PATTERN = "no_pattern"

MIN_PAIN_WEEKS = 12  # from the first pain check-in to the last
SIGNIFICANT_BELOW = 0.05
MIN_DIFFERENCE = 1.0
# Pain already up when the runner stopped, by at least this share of the effect later in the lapse, means the
# order cannot be told apart: pain may be what stops the exercise.
REVERSE_SHARE = 0.5
# Saying "pain may be what stops the exercise" needs firmer evidence than 0.05: the days around stopping are
# a short window, where one flare that happens to coincide weighs a lot.
REVERSE_SIGNIFICANT_BELOW = 0.02
# The minimal important change of the 0-10 pain scale in low back pain: 2 points, or 30% of where the runner
# started; the share only counts from 1 point up, since 30% of almost no pain is almost nothing.
MEANINGFUL_POINTS = 2.0
MEANINGFUL_SHARE = 0.30
MEANINGFUL_FLOOR = 1.0
# A runner averaging under this share of their weekly target on their routine weeks is told the target may
# not be the routine they really keep.
TARGET_SHARE = 0.75


@dataclass(frozen=True)
class Evidence:
    pain_weeks: int  # whole weeks from the first pain check-in to the last
    lapses: int  # breaks of lapse_days or more from core work, the one going on included
    lapses_with_pain: int  # ... with pain logged in them and before them
    lapse_days: int
    weekly_target: int
    sessions_a_week: float | None  # core sessions a week outside the lapses


@dataclass(frozen=True)
class SlackOff:
    verdict: str
    lag_days: int | None  # days into a lapse from which pain has tended to be higher
    pain_consistent: float | None  # the baseline: pain around the lapses
    pain_lapsed: float | None
    difference: float | None
    p_value: float | None
    reverse_stronger: bool | None
    summary: str
    clinically_meaningful: bool | None
    climb_days: int | None
    adjusted_for_mileage: bool
    reverse_p_value: float | None
    missing: tuple[str, ...]
    pain_stops_exercise: bool
    pain_when_stopping: float | None  # pain around the day the runner stopped, minus the pain before
    lapses_compared: int
    target_note: str

    @property
    def chance(self):
        """The p-value in plain words ("unlikely to be chance alone"), or None when it is not known."""
        return chance_words(self.p_value)

    @property
    def headline(self):
        if self.verdict == PATTERN:
            return "A pattern in your data"
        if self.verdict == NOT_ENOUGH_DATA:
            return "Not enough data yet"
        return "Pain may be what stops the exercise" if self.pain_stops_exercise else "No link found so far"


def is_clinically_meaningful(difference, baseline):
    if difference is None:
        return None
    share = difference / baseline if baseline and baseline > 0 else None
    return bool(
        difference >= MEANINGFUL_POINTS
        or (difference >= MEANINGFUL_FLOOR and share is not None and share >= MEANINGFUL_SHARE)
    )


def what_is_missing(evidence, scan):
    """What the journal still needs before a verdict, one sentence each, naming what is really short."""
    missing = []
    if evidence.pain_weeks < MIN_PAIN_WEEKS:
        missing.append(
            f"Keep checking in: a verdict needs {MIN_PAIN_WEEKS} weeks of pain scores, and yours cover "
            f"{count_of(evidence.pain_weeks, 'week') if evidence.pain_weeks else 'less than a week'} so far."
        )
    if evidence.lapses < MIN_LAPSES:
        breaks = count_of(evidence.lapses, "break") if evidence.lapses else "no break"
        missing.append(
            f"A pattern has to be seen at least twice: so far your journal has {breaks} of "
            f"{evidence.lapse_days} days or more from core work."
        )
    elif evidence.lapses_with_pain < MIN_LAPSES:
        missing.append(
            f"Your breaks from core work need pain scores during them and in the three weeks before them (at "
            f"least three of each): {evidence.lapses_with_pain} of your {evidence.lapses} breaks have them."
        )
    if not missing and scan.difference is None:
        missing.append(
            "Your breaks from core work are too short for a comparison yet: it needs at least two that "
            "lasted a week or more with pain scores in them."
        )
    return tuple(missing)


def reverse_is_stronger(scan):
    if scan.stop_difference is None or scan.difference is None:
        return None
    return bool(scan.stop_difference > 0 and scan.stop_difference >= REVERSE_SHARE * max(scan.difference, 0))


def pain_seems_to_stop_exercise(scan, reverse_stronger):
    """Pain was clearly up already when the runner stopped, by at least a point, and more than noise."""
    return bool(
        reverse_stronger
        and scan.stop_difference >= MIN_DIFFERENCE
        and scan.stop_p_value is not None
        and scan.stop_p_value < REVERSE_SIGNIFICANT_BELOW
    )


def target_note(evidence):
    sessions = evidence.sessions_a_week
    if sessions is None or sessions >= TARGET_SHARE * evidence.weekly_target:
        return ""
    return (
        f"Outside your breaks you average {sessions:.1f} core sessions a week, under your target of "
        f"{evidence.weekly_target}. If that is the routine you keep, set your weekly target to "
        f"{max(1, round(sessions))} in your profile, so the home page counts your weeks against it."
    )


def judge(scan, evidence, adjusted_for_mileage):
    missing = what_is_missing(evidence, scan)
    reverse_stronger = reverse_is_stronger(scan)
    if missing:
        verdict = NOT_ENOUGH_DATA
    elif (
        scan.p_value is not None
        and scan.p_value < SIGNIFICANT_BELOW
        and scan.difference >= MIN_DIFFERENCE
        and reverse_stronger is False
    ):
        verdict = PATTERN
    else:
        verdict = NO_PATTERN
    stops = verdict == NO_PATTERN and pain_seems_to_stop_exercise(scan, reverse_stronger)
    meaningful = is_clinically_meaningful(scan.difference, scan.pain_consistent)
    note = target_note(evidence)
    return SlackOff(
        verdict=verdict,
        lag_days=scan.lag_days,
        pain_consistent=scan.pain_consistent,
        pain_lapsed=scan.pain_lapsed,
        difference=scan.difference,
        p_value=scan.p_value,
        reverse_stronger=reverse_stronger,
        summary=summarise(verdict, scan, missing, meaningful, adjusted_for_mileage, stops, note),
        clinically_meaningful=meaningful,
        climb_days=scan.lag_days if verdict == PATTERN else None,
        adjusted_for_mileage=adjusted_for_mileage,
        reverse_p_value=scan.stop_p_value,
        missing=missing,
        pain_stops_exercise=stops,
        pain_when_stopping=scan.stop_difference,
        lapses_compared=scan.lapses_used,
        target_note=note,
    )


def summarise(verdict, scan, missing, meaningful, adjusted_for_mileage, stops, note):
    if verdict == NOT_ENOUGH_DATA:
        first, *rest = missing
        return " ".join([f"Not enough data yet. {first}", *rest, note]).strip()
    if verdict == PATTERN:
        allowing = ", allowing for your running" if adjusted_for_mileage else ""
        size = (
            " A change that size is one people usually feel (2 points, or 30% of where you started)."
            if meaningful
            else " That is less than the 2 points (or 30%) people usually notice."
        )
        return (
            f"From about {count_of(scan.lag_days, 'day')} into a break from your core routine, your pain has "
            f"tended to be higher: {scan.pain_lapsed:.1f}/10 from then until a week after you started again, "
            f"against {scan.pain_consistent:.1f}/10 around those breaks ({points_words(scan.difference)}"
            f"{allowing}, seen in {count_of(scan.lapses_used, 'break')}). The difference is "
            f"{chance_words(scan.p_value)}. That is a pattern in your data, not proof.{size}"
        )
    if stops:
        return (
            "Your pain was usually up already when you stopped your back routine, rather than rising after, "
            "so pain may be what stops the exercise. That is not a slack-off pattern, and this page does not "
            f"claim one. {note}"
        ).strip()
    detail = ""
    if scan.difference is not None:
        chance = chance_words(scan.p_value)
        if scan.p_value is None or scan.p_value >= SIGNIFICANT_BELOW:
            why = f"which {chance}" if chance else "too few comparisons to tell it from chance"
        elif scan.difference < MIN_DIFFERENCE:
            why = f"{chance}, but smaller than the 1 point needed to call it a pattern"
        else:
            why = "but your pain was often up already when you stopped, so which came first is not clear"
        detail = (
            f" In your breaks your pain averaged {scan.pain_lapsed:.1f}/10, against "
            f"{scan.pain_consistent:.1f}/10 around them: {points_words(scan.difference)}, {why}."
        )
    return f"No link found between your core work and your pain so far.{detail} {note}".strip()
