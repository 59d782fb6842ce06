"""The report's tables as rows of text, shared by the HTML page and the PDF so both say the same thing.

Long periods are summed by month rather than listed by week, so a three-year report stays a few pages.
"""

from dataclasses import dataclass

from tracker.dates import day_words, month_words
from tracker.insights.outcomes import PSFS_ITEM_CHANGE, PSFS_MEAN_CHANGE

WEEKLY_ROWS_UP_TO = 26
CHANGE_WORDS = {
    "better": "better, beyond the minimal important change",
    "worse": "worse, beyond the minimal important change",
    "no_change": "within the minimal important change",
}


@dataclass(frozen=True)
class Table:
    title: str
    header: tuple
    rows: list
    note: str = ""


def _number(value, digits=1):
    return "–" if value is None else f"{value:.{digits}f}"


def change_words(change):
    return "not enough data" if change is None else CHANGE_WORDS[change.direction]


def summary_table(report):
    rows = [
        (
            "Pain (0-10)",
            _number(report.pain and report.pain.baseline),
            _number(report.pain and report.pain.now),
            change_words(report.pain),
        ),
        (
            "PSFS (0-10)",
            _number(report.psfs and report.psfs.baseline),
            _number(report.psfs and report.psfs.now),
            change_words(report.psfs),
        ),
    ]
    note = (
        "Pain: the mean of the daily scores in the period's first two weeks with scores, against its last "
        "two. PSFS: the mean of the activities at the first rating, against the last. Minimal important "
        "change: pain 2 points, or 30% of the baseline when the change is at least 1 point (the NPRS in low "
        "back pain); "
        f"PSFS {PSFS_MEAN_CHANGE:g} points in the mean, {PSFS_ITEM_CHANGE:g} in one activity."
    )
    return Table("Baseline and now", ("Measure", "Baseline", "Now", "Change"), rows, note)


def pain_table(report):
    weeks = report.pain_weeks
    if len(weeks) <= WEEKLY_ROWS_UP_TO:
        rows = [
            (f"Week of {day_words(w.week)}", _number(w.average), str(w.worst), str(w.days)) for w in weeks
        ]
        return Table("Pain each week", ("Week", "Average", "Worst", "Days scored"), rows)
    months = {}
    for week in weeks:
        month = months.setdefault(month_words(week.week), [0.0, 0, 0])
        month[0] += week.average * week.days
        month[1] = max(month[1], week.worst)
        month[2] += week.days
    rows = [
        (name, _number(total / days), str(worst), str(days)) for name, (total, worst, days) in months.items()
    ]
    return Table("Pain each month", ("Month", "Average", "Worst", "Days scored"), rows)


def psfs_table(report):
    rows = [
        (
            item.name,
            str(item.first),
            str(item.last),
            "one rating" if item.change is None else change_words(item.change),
        )
        for item in report.psfs_items
    ]
    return Table(
        "Patient-Specific Functional Scale (0 unable, 10 as before)",
        ("Activity", "First", "Last", "Change"),
        rows,
    )


def adherence_table(report):
    rows = [
        (
            day_words(lapse.start),
            "going on" if lapse.is_open else day_words(lapse.end),
            str(lapse.days),
            _number(lapse.pain_before),
            _number(lapse.pain_after),
        )
        for lapse in report.insights.lapses
    ]
    if report.sessions_a_week is None:
        note = "No full week in the period."
    else:
        note = (
            f"Core sessions: {report.sessions_a_week:g} a week on average against a target of "
            f"{report.weekly_target}; "
            f"the target was met in {report.weeks_on_target} of {report.full_weeks} full weeks."
        )
    header = ("Lapse from", "To", "Days", "Pain before", "Pain during and after")
    return Table(
        "Adherence and lapses (no core work for the runner's lapse length or more)", header, rows, note
    )


def load_table(report):
    unit = "mi" if report.units == "mi" else "km"
    rows = [
        (
            day_words(spike.date),
            f"{spike.km:.1f} km",
            f"{spike.previous_longest_km:.1f} km",
            f"+{spike.increase_pct:.0f}%",
        )
        for spike in report.insights.spikes
    ]
    total = sum(distance for _week, distance in report.weekly_distance)
    weeks = len(report.weekly_distance)
    spikes = "" if rows else "No long run more than 10% past the longest of the 30 days before. "
    in_weeks = f"{weeks} calendar week{'s' if weeks != 1 else ''}"
    note = f"{spikes}{total:.0f} {unit} in all, in {in_weeks} with runs." if weeks else "No runs logged."
    header = ("Long run on", "Distance", "Longest of the 30 days before", "Increase")
    return Table("Running load: long runs more than 10% past the recent longest", header, rows, note)


def red_flag_table(report):
    rows = [(day_words(day), "; ".join(labels)) for day, labels in report.red_flags]
    return Table("Warning signs the runner ticked", ("Date", "Signs"), rows, "" if rows else "None reported.")


def irritation_table(report):
    rows = [
        (item.name, str(item.times), ", ".join(alternative.name for alternative in item.alternatives) or "–")
        for item in report.insights.irritating
    ]
    return Table(
        'Exercises marked "irritated my back" twice or more',
        ("Exercise", "Times", "Library alternatives"),
        rows,
        "" if rows else "None.",
    )


def notes_table(report):
    rows = [(day_words(note.date), note.kind, note.text) for note in report.notes or ()]
    return Table(
        "The runner's notes", ("Date", "Entry", "Note"), rows, "" if rows else "No notes in the period."
    )


def tables(report):
    found = [
        summary_table(report),
        pain_table(report),
        psfs_table(report),
        adherence_table(report),
        load_table(report),
        red_flag_table(report),
        irritation_table(report),
    ]
    if report.notes is not None:
        found.append(notes_table(report))
    return found
