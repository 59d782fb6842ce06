"""A chart's dates: where it starts, which date ranges are worth a button, and its days grouped by day, week
or month.

A chart starts at the runner's first data, so a runner with a week of journal sees that week, not a year of
empty axis. Long spans are grouped (day by day up to about three months, week by week up to two years, month
by month beyond), so a chart stays readable on a phone and its table short. A few stray entries before a long
silence (an old activity file, a mistyped year) are left out of the charts, and the page says so.
"""

import datetime
from dataclasses import dataclass

import numpy as np

from routines.words import count_of
from tracker.dates import day_words, month_words

DAY, WEEK, MONTH = "day", "week", "month"
DAILY_UP_TO_DAYS = 92
WEEKLY_UP_TO_DAYS = 2 * 365 + 1
# Entries before a silence of more than about six months are strays when they fall on fewer than four weeks'
# worth of days: a chart that reached back to them would be mostly empty axis.
STRAY_SILENCE_DAYS = 183
STRAY_MAX_DAYS = 28


@dataclass(frozen=True)
class RangeOption:
    key: str
    label: str
    days: int | None  # None: everything the charts show


RANGE_OPTIONS = (
    RangeOption("92", "Last 3 months", 92),
    RangeOption("365", "Last year", 365),
    RangeOption("all", "All", None),
)
DEFAULT_RANGE = "365"


@dataclass(frozen=True)
class Span:
    """One date range of one chart: its button, the series index it starts from and how its days group."""

    key: str
    label: str
    first: int
    kind: str


@dataclass(frozen=True)
class Bucket:
    first: int  # series index of its first day (below 0 when it begins before the journal)
    last: int  # series index of its last day, today at most
    day: datetime.date  # the day that names it: the day itself, the week's Monday, the month's first day


@dataclass(frozen=True)
class LeftOut:
    """Days with entries that the charts do not show."""

    days: int = 0
    first: datetime.date | None = None
    last: datetime.date | None = None

    @classmethod
    def of(cls, dates):
        dates = sorted(set(dates))
        return cls(len(dates), dates[0], dates[-1]) if dates else cls()

    def __add__(self, other):
        if not other.days or not self.days:
            return self if self.days else other
        return LeftOut(self.days + other.days, min(self.first, other.first), max(self.last, other.last))


NOTHING_LEFT_OUT = LeftOut()


def kind_for(days):
    return DAY if days <= DAILY_UP_TO_DAYS else WEEK if days <= WEEKLY_UP_TO_DAYS else MONTH


def spans_for(series_days, first_index):
    """The date ranges worth a button for a chart whose data begins at `first_index`: each starts at the later
    of its cut-off and the first data, and a range is offered only when it starts earlier than the one before
    (one that would show nothing new is left out)."""
    spans = []
    for option in RANGE_OPTIONS:
        start = first_index if option.days is None else max(first_index, series_days - option.days)
        if spans and start >= spans[-1].first:
            break
        spans.append(Span(option.key, option.label, start, kind_for(series_days - start)))
    return spans


def default_key(spans):
    keys = [span.key for span in spans]
    return DEFAULT_RANGE if DEFAULT_RANGE in keys else keys[-1]


def _aligned(day, kind):
    if kind == WEEK:
        return day - datetime.timedelta(days=day.weekday())
    return day.replace(day=1) if kind == MONTH else day


def _following(day, kind):
    if kind == MONTH:
        return (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return day + datetime.timedelta(days=7 if kind == WEEK else 1)


def buckets(series, span):
    """Whole days, Monday-to-Sunday weeks or calendar months, from the one holding the span's first day to
    the one holding the series' last (which ends today)."""
    origin, end = series.start.toordinal(), series.end
    day, found = _aligned(series.date_of(span.first), span.kind), []
    while day <= end:
        following = _following(day, span.kind)
        last = min(following.toordinal() - origin - 1, series.days - 1)
        found.append(Bucket(day.toordinal() - origin, last, day))
        day = following
    return found


def bucket_edges(bucket_list):
    """(first indices, last indices) as arrays, for window_sums."""
    return (
        np.array([bucket.first for bucket in bucket_list], dtype=int),
        np.array([bucket.last for bucket in bucket_list], dtype=int),
    )


def bucket_words(bucket, kind):
    """(what a table cell says, what a tooltip says): "2 Mar 2026" and "Week of 2 Mar 2026"; "Mar 2026"."""
    if kind == MONTH:
        return month_words(bucket.day), month_words(bucket.day)
    if kind == WEEK:
        return day_words(bucket.day), f"Week of {day_words(bucket.day)}"
    return day_words(bucket.day), day_words(bucket.day)


def entry_days(series):
    """Indices of the days with anything logged."""
    return np.flatnonzero(series.core | ~np.isnan(series.pain) | (series.km > 0))


def charts_start(series):
    """The first series index the charts show: after the last long silence that only a few stray entries
    precede, else the first entry."""
    logged = entry_days(series)
    if not len(logged):
        return 0
    silences = np.flatnonzero(np.diff(logged) > STRAY_SILENCE_DAYS)  # silence i follows i + 1 entry days
    strays = silences[silences + 1 < STRAY_MAX_DAYS]
    return int(logged[strays[-1] + 1]) if len(strays) else int(logged[0])


def strays_before(series, start):
    """What the series holds before the charts' first day."""
    return LeftOut.of(series.date_of(day) for day in entry_days(series) if day < start)


def time_words(days):
    if days >= 2 * 365:
        return f"{days // 365} years"
    if days >= 365:
        return "more than a year"
    return count_of(days // 30, "month") if days >= 60 else count_of(days, "day")


def left_out_words(left_out, start):
    """Why the charts begin where they do, when entries before that are not shown; empty otherwise."""
    if not left_out.days:
        return ""
    when = (
        f"on {day_words(left_out.first)}"
        if left_out.days == 1
        else f"on {left_out.days} days between {day_words(left_out.first)} and {day_words(left_out.last)}"
    )
    return (
        f"These charts start on {day_words(start)}. They leave out what you logged {when}: nothing was "
        f"logged for {time_words((start - left_out.last).days)} after that, and a chart stretched over the "
        "gap would be mostly empty."
    )
