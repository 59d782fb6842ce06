"""The report's sentences, shared by the HTML page and the PDF."""

from tracker.dates import day_words

CAVEAT = (
    "Everything here is self-reported by the runner. A pattern is a pattern in the runner's own data, not "
    "proof of cause; the statistics behind it are described in the app."
)


def title_lines(report):
    return [
        f"Back pain report: {report.runner}",
        f"{day_words(report.start)} to {day_words(report.end)}. Self-reported in Backtrack, a journal of "
        "core sessions, daily 0-10 back pain and runs.",
    ]


def insight_lines(report):
    slack = report.insights.slack_off
    lines = [
        f"Does pain come back when the runner stops their core routine? Over these weeks: {slack.headline}."
    ]
    if slack.summary:
        words = f"\u201c{slack.summary}\u201d"
        lines.append(f"The app's reading of these weeks, in the words it uses with the runner: {words}")
    return lines


def caveat():
    return CAVEAT
