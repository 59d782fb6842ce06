"""The insights charts' dates: each chart starts at the runner's first data, offers only the date ranges that
show something new, groups long spans by week or month, keeps its table short, and leaves out stray entries
before a long silence, saying so."""

import datetime

import numpy as np

from tests.factories_insights import lapse_climber
from tracker.insights import DailySeries, analyse
from tracker.insights.buckets import NOTHING_LEFT_OUT, LeftOut, charts_start
from tracker.insights.charts import TABLE_ROWS, chart_data

START = datetime.date(2024, 1, 1)  # a Monday


def charts_for(series, set_aside=NOTHING_LEFT_OUT):
    return chart_data(series, analyse(series), set_aside=set_aside)


def ranges_of(chart):
    return [(item["key"], item["kind"], len(item["points"])) for item in chart["ranges"]]


def with_entries(days, entry_days, km=5.0):
    """A journal of `days` days with a run on each of `entry_days` (indices)."""
    runs = np.zeros(days)
    runs[list(entry_days)] = km
    return DailySeries.from_lists(START, km=list(runs))


def test_a_journal_of_five_days_gets_one_range_of_those_five_days():
    timeline = charts_for(DailySeries.from_lists(START, pain=[3, 2, 4, 3, 2]))["timeline"]
    assert ranges_of(timeline) == [("92", "day", 5)]
    assert timeline["default"] == "92"


def test_distance_starts_at_the_first_run_not_the_first_check_in():
    series = DailySeries.from_lists(START, pain=[3] * 200, km=[0] * 196 + [8, 0, 0, 10])
    distance = charts_for(series)["distance"]
    assert ranges_of(distance) == [("92", "day", 4)]
    assert distance["ranges"][0]["points"][0]["title"] == "15 Jul 2024"


def test_three_months_go_day_by_day_a_year_week_by_week_and_longer_month_by_month():
    timeline = charts_for(with_entries(3 * 365, range(0, 3 * 365, 3)))["timeline"]
    assert [(key, kind) for key, kind, _ in ranges_of(timeline)] == [
        ("92", "day"),
        ("365", "week"),
        ("all", "month"),
    ]


def test_a_range_that_would_show_nothing_new_is_not_offered():
    timeline = charts_for(with_entries(200, range(0, 200, 2)))["timeline"]
    assert [key for key, _, _ in ranges_of(timeline)] == ["92", "365"]


def test_weeks_run_monday_to_sunday_and_are_named_by_their_monday():
    series = with_entries(120, [2, 3, 10])  # Wednesday and Thursday of the first week, the next Thursday
    year = charts_for(series)["distance"]["ranges"][-1]
    assert [(point["title"], point["distance"]) for point in year["points"][:2]] == [
        ("Week of 1 Jan 2024", 10.0),
        ("Week of 8 Jan 2024", 5.0),
    ]


def test_a_month_counts_core_sessions_as_a_weekly_rate():
    core = [1] * (3 * 365)
    everything = charts_for(DailySeries.from_lists(START, core=core, pain=[2] * len(core)))["timeline"]
    january = everything["ranges"][-1]["points"][0]
    assert (january["title"], january["sessions"]) == ("Jan 2024", 7.0)


def test_a_table_shows_its_newest_rows_and_keeps_the_rest_behind_show_earlier():
    table = charts_for(with_entries(92, range(0, 92, 2)))["distance"]["ranges"][0]["table"]
    assert [row[0] for row in table["recent"][:2]] == ["1 Apr 2024", "31 Mar 2024"]
    assert (len(table["recent"]), len(table["earlier"])) == (TABLE_ROWS, 92 - TABLE_ROWS)
    assert table["earlier_label"] == f"Show {92 - TABLE_ROWS} earlier days"


def test_no_range_of_ten_years_holds_more_than_a_hundred_and_thirty_bars():
    timeline = charts_for(with_entries(10 * 365, range(0, 10 * 365, 2)))["timeline"]
    assert max(count for _, _, count in ranges_of(timeline)) <= 130


# Three runs about ten months apart (each silence shorter than the year the insights skip), then months of
# runs: without the stray rule "All" would be three years of nearly empty axis.
STRAYS_THEN_RUNNING = [0, 300, 600, *range(900, 3 * 365, 2)]


def test_stray_entries_before_a_long_silence_are_left_out_of_the_charts():
    series = with_entries(3 * 365, STRAYS_THEN_RUNNING)
    assert charts_start(series) == 900
    assert [key for key, _, _ in ranges_of(charts_for(series)["timeline"])] == ["92", "365"]


def test_the_page_says_what_the_charts_leave_out():
    older = LeftOut.of([datetime.date(2010, 8, 5)])  # before a silence of over a year: not in the series
    assert charts_for(with_entries(3 * 365, STRAYS_THEN_RUNNING), older)["left_out"] == (
        "These charts start on 19 Jun 2026. They leave out what you logged on 4 days between 5 Aug 2010 and "
        "23 Aug 2025: nothing was logged for 10 months after that, and a chart stretched over the gap would "
        "be mostly empty."
    )


def test_a_real_history_before_a_break_stays_in_the_charts():
    series = with_entries(3 * 365, list(range(0, 120, 2)) + list(range(400, 3 * 365, 2)))
    assert charts_start(series) == 0
    assert charts_for(series)["left_out"] == ""


def test_lapses_are_shaded_in_the_weeks_they_fall_in():
    series = lapse_climber(seed=7)
    insights = analyse(series)
    weeks = chart_data(series, insights)["timeline"]["ranges"][-1]["points"]
    first_lapse = insights.lapses[0].start
    shaded = [point["day"] for point in weeks if point["lapse"]]
    assert shaded[0] == (first_lapse - datetime.timedelta(days=first_lapse.weekday())).isoformat()
