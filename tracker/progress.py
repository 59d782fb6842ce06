"""Reading the outcome measures for the progress page: the PSFS history in one query, and the charts' data."""

from tracker.dates import day_words
from tracker.insights.outcomes import PSFS_MEAN_CHANGE
from tracker.insights.verdict import MEANINGFUL_POINTS
from tracker.models import PsfsScore


def psfs_history(user, period=None):
    """[(date, mean, [(activity name, score), ...]), ...] oldest first."""
    scores = PsfsScore.objects.filter(assessment__user=user)
    if period is not None:
        scores = scores.filter(assessment__date__range=period)
    rows = scores.order_by("assessment__date", "activity__order", "activity_id").values_list(
        "assessment__date", "activity__name", "score"
    )
    by_day = {}
    for day, name, score in rows:
        by_day.setdefault(day, []).append((name, score))
    return [
        (day, round(sum(score for _name, score in items) / len(items), 1), items)
        for day, items in by_day.items()
    ]


def progress_charts(pain_weeks, assessments):
    """What static/js/progress.js draws: weekly mean and worst pain, the PSFS mean, and each measure's band of
    no meaningful change around its baseline (the first value), so a change past the band stands out."""
    pain_baseline = pain_weeks[0].average if pain_weeks else None
    psfs_baseline = assessments[0][1] if assessments else None
    return {
        "pain": {
            "labels": [day_words(week.week) for week in pain_weeks],
            "average": [week.average for week in pain_weeks],
            "worst": [week.worst for week in pain_weeks],
            "baseline": pain_baseline,
            "change": MEANINGFUL_POINTS,
        },
        "psfs": {
            "labels": [day_words(day) for day, _mean, _items in assessments],
            "mean": [mean for _day, mean, _items in assessments],
            "baseline": psfs_baseline,
            "change": PSFS_MEAN_CHANGE,
        },
    }
