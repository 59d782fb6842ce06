"""The numbers behind the four insights charts and their tables, as plain dicts.

Each chart has one to three date ranges (see `buckets`); each range holds the chart's points and the table of
the same numbers, newest first. `for_script` keeps what the page's script draws, for json_script.
"""

import numpy as np

from routines.words import count_of
from tracker.dates import day_words
from tracker.insights.buckets import (
    DAY,
    MONTH,
    NOTHING_LEFT_OUT,
    WEEK,
    bucket_edges,
    bucket_words,
    buckets,
    charts_start,
    default_key,
    left_out_words,
    spans_for,
    strays_before,
)
from tracker.insights.daily import trailing_counts, window_means, window_sums
from tracker.insights.report import iso, number
from tracker.units import METRES_PER_UNIT, metres_per_unit

FORTNIGHT = 14
# Each point of the scatter reads a week of pain, with at least three check-ins in it.
OUTCOME_DAYS = 7
MIN_OUTCOME_VALUES = 3
# The page shows a table's newest rows; every row is on a page of its own, behind "Show 40 earlier weeks".
TABLE_ROWS = 12
PERIOD = {DAY: "day", WEEK: "week", MONTH: "month"}
WHEN_COLUMN = {DAY: "Day", WEEK: "Week of", MONTH: "Month"}
NONE = "–"
CHART_NAMES = ("timeline", "scatter", "lapses", "distance")
# Charts whose every range is the newest part of the widest one: the script gets their points once.
SHARED_POINTS = ("scatter", "lapses")


def in_units(km, units):
    """A distance in km, in the runner's own units (km or miles), to one decimal."""
    return number(km * 1000 / float(metres_per_unit(units)), 1)


def shown(value):
    return NONE if value is None else value


def table(columns, rows, noun):
    """Rows newest first: the first TABLE_ROWS on the insights page, the rest on the table's own page."""
    rows = rows[::-1]
    earlier = rows[TABLE_ROWS:]
    return {
        "columns": columns,
        "recent": rows[:TABLE_ROWS],
        "earlier": earlier,
        "earlier_label": f"Show {count_of(len(earlier), 'earlier ' + noun)}" if earlier else "",
    }


def chart(series, first, points_for, table_for, note_for):
    """One chart's date ranges, each with its points, note and table; None when there is nothing to draw."""
    if first is None:
        return None
    spans = spans_for(series.days, first)
    ranges = []
    for span in spans:
        points = points_for(span)
        ranges.append(
            {
                "key": span.key,
                "label": span.label,
                "kind": span.kind,
                "note": note_for(span, points),
                "points": points,
                "table": table_for(span, points),
            }
        )
    return {"default": default_key(spans), "ranges": ranges}


def first_at_or_after(indices, floor):
    later = np.asarray(indices)[np.asarray(indices) >= floor]
    return int(later[0]) if len(later) else None


def grouped_note(span, points):
    """What one bar stands for, and where the range starts."""
    if span.kind == WEEK:
        return f"Week by week (Monday to Sunday), from the week of {points[0]['when']}."
    return f"{'Month by month' if span.kind == MONTH else 'Day by day'}, from {points[0]['when']}."


def day_flags(days, stretches):
    """1 on each day of the (first index, length) stretches, 0 elsewhere."""
    flags = np.zeros(days)
    for first, length in stretches:
        flags[first : first + length] = 1
    return flags


def timeline(series, insights, units, start):
    lapse_flags = day_flags(series.days, [(lapse.start_index, lapse.days) for lapse in insights.lapses])

    def points_for(span):
        found = buckets(series, span)
        firsts, lasts = bucket_edges(found)
        sessions, _ = window_sums(series.core.astype(float), firsts, lasts)
        pain_totals, pain_counts = window_sums(series.pain, firsts, lasts)
        distances, _ = window_sums(series.km, firsts, lasts)
        lapsed, _ = window_sums(lapse_flags, firsts, lasts)
        if span.kind == MONTH:  # a weekly rate keeps months on the same 0-10 scale as pain
            sessions = sessions / (lasts - np.maximum(firsts, 0) + 1) * 7
        points = []
        for bucket, count, total, logged, km, lapse in zip(
            found, sessions, pain_totals, pain_counts, distances, lapsed, strict=True
        ):
            when, title = bucket_words(bucket, span.kind)
            points.append(
                {
                    "day": iso(bucket.day),
                    "when": when,
                    "title": title,
                    "sessions": number(count, 1) if span.kind == MONTH else int(count),
                    "pain": number(total / logged, 1) if logged else None,
                    "distance": in_units(km, units),
                    "lapse": bool(lapse),
                }
            )
        return points

    def table_for(span, points):
        columns = [
            WHEN_COLUMN[span.kind],
            "Core sessions a week" if span.kind == MONTH else "Core sessions",
            "Pain" if span.kind == DAY else "Mean pain",
            f"Distance ({units})",
        ]
        rows = [[p["when"], p["sessions"], shown(p["pain"]), p["distance"]] for p in points]
        return table(columns, rows, PERIOD[span.kind])

    return chart(series, start, points_for, table_for, grouped_note)


def distance(series, insights, units, start):
    spike_flags = day_flags(series.days, [(spike.index, 1) for spike in insights.spikes])

    def points_for(span):
        found = buckets(series, span)
        firsts, lasts = bucket_edges(found)
        distances, _ = window_sums(series.km, firsts, lasts)
        spikes, _ = window_sums(spike_flags, firsts, lasts)
        points = []
        for bucket, km, spiked in zip(found, distances, spikes, strict=True):
            when, title = bucket_words(bucket, span.kind)
            points.append(
                {
                    "day": iso(bucket.day),
                    "when": when,
                    "title": title,
                    "distance": in_units(km, units),
                    "spike": bool(spiked),
                }
            )
        return points

    def table_for(span, points):
        columns = [WHEN_COLUMN[span.kind], f"Distance ({units})", "A spike in it"]
        rows = [[p["when"], p["distance"], "yes" if p["spike"] else ""] for p in points]
        return table(columns, rows, PERIOD[span.kind])

    first = first_at_or_after(np.flatnonzero(series.km > 0), start)
    return chart(series, first, points_for, table_for, grouped_note)


def first_core_day(core):
    """Index of the first core session, or None when there is none."""
    sessions = np.flatnonzero(core)
    return int(sessions[0]) if len(sessions) else None


def scatter_lag(insights):
    """The week after each fortnight is placed where the slack-off test found pain highest: a lapse that began
    with the fortnight is then `lag_days` into its course."""
    return max(0, (insights.slack_off.lag_days or 0) - FORTNIGHT)


def scatter_days(series, lag):
    """One day a week (counted back from today) with a fortnight of journal before it and a week of pain
    after: (index, core sessions in the 14 days before, mean pain of the week that followed)."""
    first = first_core_day(series.core)
    if first is None:
        return []
    days = np.arange(series.days)
    sessions = trailing_counts(series.core, FORTNIGHT)
    following = window_means(series.pain, days + lag + 1, days + lag + OUTCOME_DAYS, MIN_OUTCOME_VALUES)
    following[days + lag + OUTCOME_DAYS > series.days - 1] = np.nan
    chosen = days[(days - (series.days - 1)) % 7 == 0]
    chosen = chosen[(chosen >= first + FORTNIGHT - 1) & ~np.isnan(following[chosen])]
    return [(int(day), int(sessions[day]), number(following[day], 1)) for day in chosen]


def consistency_scatter(series, insights, start):
    lag = scatter_lag(insights)
    found = [row for row in scatter_days(series, lag) if row[0] >= start]

    # Made once, as every range shows the newest of the same points.
    every_point = []
    for day, sessions, pain_after in found:
        date = series.date_of(day)
        words = day_words(date)
        point = {
            "day": iso(date),
            "when": words,
            "title": words,
            "sessions": sessions,
            "pain_after": pain_after,
        }
        every_point.append((day, point))

    def points_for(span):
        return [point for day, point in every_point if day >= span.first]

    def table_for(span, points):
        columns = ["Date", "Core sessions in the 14 days before", "Mean pain that followed"]
        return table(columns, [[p["when"], p["sessions"], p["pain_after"]] for p in points], "week")

    def note_for(span, points):
        return f"One point a week, from {points[0]['when']}." if points else ""

    first = found[0][0] if found else None
    return {**(chart(series, first, points_for, table_for, note_for) or {}), "lag_days": lag}


def lapse_pairs(series, insights, start):
    lapses = [lapse for lapse in insights.lapses if lapse.start_index >= start]

    every_point = [
        (
            lapse.start_index,
            {
                "day": iso(lapse.start),
                "when": day_words(lapse.start),
                "title": f"{count_of(lapse.days, 'day')} from {day_words(lapse.start)}",
                "days": lapse.days,
                "pain_before": number(lapse.pain_before, 1),
                "pain_after": number(lapse.pain_after, 1),
            },
        )
        for lapse in lapses
    ]

    def points_for(span):
        return [point for first_day, point in every_point if first_day >= span.first]

    def table_for(span, points):
        columns = ["Lapse from", "Days", "Pain before", "Pain during and after"]
        rows = [[p["when"], p["days"], shown(p["pain_before"]), shown(p["pain_after"])] for p in points]
        return table(columns, rows, "lapse")

    def note_for(span, points):
        return f"Each lapse from {points[0]['when']} on." if points else ""

    first = lapses[0].start_index if lapses else None
    return chart(series, first, points_for, table_for, note_for)


def chart_data(series, insights, units="km", set_aside=NOTHING_LEFT_OUT):
    """Every chart with its ranges and tables, and what the charts leave out (`set_aside`: entries the series
    itself does not hold)."""
    units = units if units in METRES_PER_UNIT else "km"
    start = charts_start(series)
    return {
        "unit": units,
        "start": day_words(series.date_of(start)),
        "left_out": left_out_words(set_aside + strays_before(series, start), series.date_of(start)),
        "timeline": timeline(series, insights, units, start),
        "scatter": consistency_scatter(series, insights, start),
        "lapses": lapse_pairs(series, insights, start),
        "distance": distance(series, insights, units, start),
    }


def for_script(charts):
    """What the page's script draws: each chart's ranges and points, without the tables or the words the
    tables alone use. A chart whose ranges are each the newest part of the widest sends its points once,
    each range naming where it starts in them."""
    drawn = {"unit": charts["unit"]}
    for name in CHART_NAMES:
        view = charts[name]
        if not (view and view.get("ranges")):
            continue
        ranges = [{"key": item["key"], "kind": item["kind"]} for item in view["ranges"]]
        drawn[name] = {"default": view["default"], "ranges": ranges}
        if name in SHARED_POINTS:
            widest = view["ranges"][-1]["points"]
            for item, shown_range in zip(ranges, view["ranges"], strict=True):
                item["from"] = len(widest) - len(shown_range["points"])
            drawn[name]["points"] = [_drawn(point) for point in widest]
        else:
            for item, shown_range in zip(ranges, view["ranges"], strict=True):
                item["points"] = [_drawn(point) for point in shown_range["points"]]
    return drawn


def _drawn(point):
    return {key: value for key, value in point.items() if key != "when"}
