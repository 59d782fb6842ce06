"""The insights' statistics in the words a runner uses, the same on the insights page and in
GET /api/insights/.

A p-value is told as a band of plain words ("unlikely to be chance alone"); its number stays one click away
and is never given more finely than the method knows it. The smallest bound said is p < 0.01: the slack-off
test's shifted copies are worth only 15-25 independent draws a year, the descent comparison's shuffles treat
runs as independent, and the false-alarm rate was measured down to 0.01 and no further (README, "How the
insights work"). A smaller p would be the tail of a model, not something a journal can show.
"""

import math

from tracker.dates import day_words
from tracker.units import climb_from_metres, climb_label

P_BOUNDS = (0.01, 0.05)
# (p below this, the words). "Chance alone" is the runner's word for "no link at all": a p-value is how often
# a difference this big turns up when there is no link, which is what the details say in full.
CHANCE_BANDS = (
    (0.01, "very unlikely to be chance alone"),
    (0.05, "unlikely to be chance alone"),
    (0.20, "could be chance"),
    (math.inf, "could well be chance"),
)


def format_p(p_value):
    """The p-value as precisely as it is known: under 0.05 only bounds, down to p < 0.01; above 0.05 two
    significant digits."""
    if p_value is None:
        return "p not computable"
    for bound in P_BOUNDS:
        if p_value < bound:
            return f"p < {bound:g}"
    return f"p = {p_value:.3f}" if p_value < 0.1 else f"p = {p_value:.2f}"


def chance_words(p_value):
    """ "very unlikely to be chance alone" ... "could well be chance"; None when p is not known."""
    if p_value is None:
        return None
    return next(words for below, words in CHANCE_BANDS if p_value < below)


def how_often(p_value):
    """How often a difference at least this big turns up with no link at all, in words: "less than 1 time
    in 100", "about 1 time in 3", "half the time or more"."""
    if p_value is None:
        return None
    for bound in P_BOUNDS:
        if p_value < bound:
            return f"less than 1 time in {round(1 / bound)}"
    return "half the time or more" if p_value >= 0.5 else f"about 1 time in {round(1 / p_value)}"


def p_explained(p_value):
    """The p-value with what it means, for the details under a card: "p < 0.01: with no link at all, a
    difference this big would turn up less than 1 time in 100"."""
    if p_value is None:
        return "not computable: too few comparisons"
    return f"{format_p(p_value)}: with no link at all, a difference this big turns up {how_often(p_value)}"


def points_words(difference):
    """ "2.5 points higher", "0.3 points lower", "about the same" (to the tenth of a point shown)."""
    if round(abs(difference), 1) == 0:
        return "about the same"
    size = abs(difference)
    return f"{size:.1f} point{'' if round(size, 1) == 1 else 's'} {'higher' if difference > 0 else 'lower'}"


def ratio_words(load):
    """This week against the runner's usual week, or why there is nothing to compare it with yet."""
    if load.first_run is None:
        return "No runs yet, so no usual week to compare this week with."
    if not load.enough_running:
        return (
            "Not enough running yet to compare this week with your usual week: that takes four weeks of "
            f"runs, and your first run here was on {day_words(load.first_run)}."
        )
    if load.acute_chronic_ratio is None:
        return "No runs in the three weeks before this one, so there is no usual week to compare it with."
    ratio = round(load.acute_chronic_ratio, 1)
    if ratio == 0:
        return "Hardly any running in your last 7 days, against your average week of the last four."
    if ratio == 1:
        return "Your last 7 days: about your usual week (your average week of the last four)."
    return f"Your last 7 days: {ratio:g} times your usual week (your average week of the last four)."


def descent_words(descent, units="km"):
    """Pain the day after hilly runs against other runs, with how likely chance alone is to explain it; the
    descent in the runner's climb unit (metres, or feet for a runner in miles)."""
    if descent.pain_after_hilly is None:
        return "Pain after hilly runs: not enough hilly runs with a check-in the next day to compare yet."
    threshold = f"{climb_from_metres(descent.threshold_m, units):,} {climb_label(units)}"
    comparison = (
        f"The day after runs with {threshold} or more of descent, your pain averaged "
        f"{descent.pain_after_hilly:.1f}/10, against {descent.pain_after_other:.1f}/10 after other runs "
        f"({descent.hilly_runs} hilly and {descent.other_runs} other runs)"
    )
    if round(descent.difference, 1) <= 0:
        return f"{comparison}: no higher after hilly runs."
    return f"{comparison}: {points_words(descent.difference)}, {chance_words(descent.p_value)}."
