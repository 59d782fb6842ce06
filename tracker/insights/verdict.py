"""The verdict on the slack-off question and the plain words that explain it.

The words say association, not proof: a runner's journal is observational data.
"""

from dataclasses import dataclass

import numpy as np

from routines.words import count_of

NOT_ENOUGH_DATA = "not_enough_data"
PATTERN = "pattern"
NO_PATTERN = "no_pattern"

PAIN_DAYS_A_WEEK = 4
MIN_PAIN_WEEKS = 12  # 84 days logged on at least 4 days a week
MIN_LAPSES = 2  # a pattern must have been seen more than once
MIN_SPELLS = 2
SIGNIFICANT_BELOW = 0.05
MIN_DIFFERENCE = 1.0
# The minimal important change of the 0-10 pain scale in low back pain: 2 points or 30%.
MEANINGFUL_POINTS = 2.0
MEANINGFUL_SHARE = 0.30


@dataclass(frozen=True)
class Evidence:
    pain_weeks: int  # 7-day blocks, counted back from today, with pain logged on 4+ days
    lapses_with_pain: int
    consistent_spells: int
    lapse_days: int


@dataclass(frozen=True)
class SlackOff:
    verdict: str
    lag_days: int | None
    pain_consistent: float | None
    pain_lapsed: float | None
    difference: float | None
    p_value: float | None
    reverse_stronger: bool | None
    summary: str
    clinically_meaningful: bool | None
    climb_days: int | None  # about how many days into a lapse pain has tended to rise
    adjusted_for_mileage: bool
    reverse_p_value: float | None
    missing: tuple[str, ...]
    pain_stops_exercise: bool

    @property
    def headline(self):
        if self.verdict == PATTERN:
            return "A pattern in your data"
        if self.verdict == NOT_ENOUGH_DATA:
            return "Not enough data yet"
        return "Pain may be what stops the exercise" if self.pain_stops_exercise else "No link found so far"


def weeks_with_enough_pain(pain):
    whole_weeks = len(pain) // 7
    if not whole_weeks:
        return 0
    logged = ~np.isnan(pain[len(pain) - whole_weeks * 7 :])
    return int(np.count_nonzero(logged.reshape(whole_weeks, 7).sum(axis=1) >= PAIN_DAYS_A_WEEK))


def is_clinically_meaningful(difference, baseline):
    if difference is None:
        return None
    share = difference / baseline if baseline and baseline > 0 else None
    return bool(difference >= MEANINGFUL_POINTS or (share is not None and share >= MEANINGFUL_SHARE))


def what_is_missing(evidence, scan):
    """What the journal still needs before a verdict, one sentence each."""
    missing = []
    if evidence.pain_weeks < MIN_PAIN_WEEKS:
        missing.append(
            f"Log pain on at least {PAIN_DAYS_A_WEEK} days a week for {MIN_PAIN_WEEKS} weeks "
            f"(so far: {count_of(evidence.pain_weeks, 'such week')})."
        )
    if evidence.lapses_with_pain < MIN_LAPSES:
        missing.append(
            "A pattern has to be seen at least twice: so far your journal has "
            f"{count_of(evidence.lapses_with_pain, 'break')} of {evidence.lapse_days}+ days from core work "
            "with pain logged during it."
        )
    if evidence.consistent_spells < MIN_SPELLS:
        missing.append(
            "It also needs at least two spells of two weeks or more with your routine kept up "
            f"(so far: {evidence.consistent_spells})."
        )
    if not missing and scan.difference is None:
        missing.append("Keep logging pain through both consistent and lapsed weeks.")
    return tuple(missing)


def judge(scan, lead_lag, evidence, climb_days, adjusted_for_mileage, lapses_seen):
    missing = what_is_missing(evidence, scan)
    reverse_stronger = lead_lag.reverse_stronger
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
    meaningful = is_clinically_meaningful(scan.difference, scan.pain_consistent)
    return SlackOff(
        verdict=verdict,
        lag_days=scan.lag_days,
        pain_consistent=scan.pain_consistent,
        pain_lapsed=scan.pain_lapsed,
        difference=scan.difference,
        p_value=scan.p_value,
        reverse_stronger=reverse_stronger,
        summary=summarise(verdict, scan, lead_lag, missing, meaningful, adjusted_for_mileage, lapses_seen),
        clinically_meaningful=meaningful,
        climb_days=climb_days,
        adjusted_for_mileage=adjusted_for_mileage,
        reverse_p_value=lead_lag.pain_leads_p_value,
        missing=missing,
        pain_stops_exercise=verdict == NO_PATTERN and pain_seems_to_stop_exercise(scan, lead_lag),
    )


def summarise(verdict, scan, lead_lag, missing, meaningful, adjusted_for_mileage, lapses_seen):
    if verdict == NOT_ENOUGH_DATA:
        first, *rest = missing
        return " ".join([f"Not enough data yet: {first[0].lower()}{first[1:]}", *rest])
    if verdict == PATTERN:
        allowing = " allowing for your mileage" if adjusted_for_mileage else ""
        size = (
            " A change that size is one people usually feel (2 points or 30%)."
            if meaningful
            else " That is less than the 2 points or 30% people usually notice."
        )
        return (
            f"After two weeks with under half your back routine, your pain {_when(scan.lag_days)} averaged "
            f"{scan.pain_lapsed:.1f}/10, against {scan.pain_consistent:.1f}/10 after consistent weeks "
            f"(+{scan.difference:.1f}{allowing}, seen across {lapses_seen} lapses; "
            f"{format_p(scan.p_value)}). That is a pattern in your data, not proof.{size}"
        )
    if pain_seems_to_stop_exercise(scan, lead_lag):
        return (
            "Your pain has tended to rise before you stop your back routine rather than after, so pain may "
            "be what stops the exercise. That is not a slack-off pattern, and this page does not claim one."
        )
    detail = ""
    if scan.difference is not None:
        if scan.p_value is None or scan.p_value >= SIGNIFICANT_BELOW:
            why = "a difference chance alone could often produce"
        elif scan.difference < MIN_DIFFERENCE:
            why = "smaller than the 1 point needed to call it a pattern"
        else:
            why = "but which came first, the pain or the lapse, could not be checked yet"
        detail = (
            f" After lapsed fortnights your pain averaged {scan.pain_lapsed:.1f}/10, against "
            f"{scan.pain_consistent:.1f}/10 after consistent weeks ({scan.difference:+.1f}; "
            f"{format_p(scan.p_value)}), {why}."
        )
    return f"No link found between your core work and your pain so far.{detail}"


def pain_seems_to_stop_exercise(scan, lead_lag):
    """Pain led at least as strongly, and one direction or the other is more than noise."""
    if not lead_lag.reverse_stronger:
        return False
    forward_significant = scan.p_value is not None and scan.p_value < SIGNIFICANT_BELOW
    reverse_significant = (
        lead_lag.pain_leads_p_value is not None and lead_lag.pain_leads_p_value < SIGNIFICANT_BELOW
    )
    return forward_significant or reverse_significant


def _when(lag_days):
    return "the following week" if lag_days == 0 else f"{lag_days + 1} to {lag_days + 7} days later"


def format_p(p_value):
    if p_value is None:
        return "p not computable"
    if p_value < 0.001:
        return "p < 0.001"
    return f"p = {p_value:.3f}".rstrip("0").rstrip(".") if p_value < 0.01 else f"p = {p_value:.2f}"
