"""The insights page in a real browser: for a runner with a year of journal, Chart.js draws all four charts
(with data in them, not just axes), each chart's date buttons change what it shows, dates read as words, and
on a phone the page stays narrow and short.

Pages run with reduced motion, so the charts are drawn at once rather than animated in.
"""

import datetime
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from playwright.sync_api import expect

from tests.base import make_checkin, make_exercise, make_run, make_workout, runner_today
from tests.browser.helpers import LAPTOP, PHONE, axe_violations, on_laptop_and_phone, sideways_overflow

pytestmark = pytest.mark.browser

CHARTS = ["timeline", "scatter", "lapses", "distance"]

# What Chart.js holds for the chart on a canvas, and how many of its data points are painted on the canvas:
# the pixel at the centre of each bar or point is in colour (axes, grid lines and labels are all grey).
# Bars of zero height are not counted, since nothing of them is drawn.
DRAWN = """(canvasId) => {
    const canvas = document.getElementById(canvasId);
    const chart = canvas && Chart.getChart(canvas);
    if (!chart) return null;
    const context = canvas.getContext("2d");
    const ratio = chart.currentDevicePixelRatio;
    let painted = 0;
    chart.data.datasets.forEach((dataset, index) => {
        for (const element of chart.getDatasetMeta(index).data) {
            const {x, y} = element.getCenterPoint();
            const flatBar = "base" in element && Math.abs(element.base - element.y) < 1;
            if (!Number.isFinite(x) || !Number.isFinite(y) || flatBar) continue;
            const [red, green, blue, alpha] = context.getImageData(
                Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
            if (alpha > 0 && Math.max(red, green, blue) - Math.min(red, green, blue) > 40) painted += 1;
        }
    });
    return {
        datasetsWithData: chart.data.datasets.filter(dataset => dataset.data.length > 0).length,
        paintedPoints: painted,
    };
}"""

# How many dates a chart shows: its labels, or the points of a chart without labels (the scatter).
SHOWN = """(canvasId) => {
    const chart = Chart.getChart(document.getElementById(canvasId));
    return chart.data.labels.length || Math.max(...chart.data.datasets.map(dataset => dataset.data.length));
}"""

# What a tooltip says of a chart's first bar or point: "Week of 1 Dec 2025", "3 Mar 2026", "Mar 2026".
FIRST_TITLE = """(canvasId) => {
    const chart = Chart.getChart(document.getElementById(canvasId));
    const first = chart.getDatasetMeta(0).data[0];
    chart.tooltip.setActiveElements([{datasetIndex: 0, index: 0}], {x: first.x, y: first.y});
    chart.update();
    return chart.tooltip.title.join(" ") || chart.tooltip.body[0].lines[0];
}"""

# The labels the date axis shows (the rest are hidden).
AXIS_LABELS = """(canvasId) => Chart.getChart(document.getElementById(canvasId)).scales.x.ticks
    .map(tick => tick.label).filter(label => label !== null && label !== undefined && label !== "")"""
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

NEXT_FRAME = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"


@pytest.fixture
def runner_with_a_year(alice):
    call_command("seed_demo", username=alice.username)
    return alice


def open_insights(open_page, runner, device):
    page = open_page({**device, "reduced_motion": "reduce"}, user=runner)
    page.goto(reverse("insights"))
    page.evaluate(NEXT_FRAME)
    return page


def drawn(page):
    return {name: page.evaluate(DRAWN, f"chart-{name}") for name in CHARTS}


def figure_of(page, chart):
    return page.get_by_role("figure").filter(has=page.locator(f"#chart-{chart}"))


def range_button(page, chart, label):
    return figure_of(page, chart).get_by_text(label, exact=True)


def shown_after_choosing(page, chart, label):
    range_button(page, chart, label).click()
    page.evaluate(NEXT_FRAME)
    return page.evaluate(SHOWN, f"chart-{chart}")


def first_date(page, chart):
    """The first date a chart shows, from the words of its tooltip (a month counts from its first day)."""
    words = page.evaluate(FIRST_TITLE, f"chart-{chart}")
    day, month, year = re.search(r"(\d{1,2} )?([A-Z][a-z]{2}) (\d{4})", words).groups()
    return datetime.date(int(year), MONTHS.index(month) + 1, int(day or 1))


def first_date_after_choosing(page, chart, label):
    range_button(page, chart, label).click()
    page.evaluate(NEXT_FRAME)
    return first_date(page, chart)


def tables_opened(page):
    """The page's height with every chart's table opened (but not their "Show earlier" rows)."""
    for summary in page.get_by_text("Show the numbers as a table").all():
        summary.click()
    return page.evaluate("() => document.documentElement.scrollHeight")


@on_laptop_and_phone
def test_all_four_charts_hold_data(open_page, runner_with_a_year, device):
    page = open_insights(open_page, runner_with_a_year, device)
    holding_data = {name: bool(chart and chart["datasetsWithData"]) for name, chart in drawn(page).items()}
    assert holding_data == dict.fromkeys(CHARTS, True)


@on_laptop_and_phone
def test_all_four_charts_draw_their_data_on_the_canvas(open_page, runner_with_a_year, device):
    page = open_insights(open_page, runner_with_a_year, device)
    painted = {name: chart["paintedPoints"] for name, chart in drawn(page).items()}
    assert all(points > 0 for points in painted.values()), painted


def test_the_last_three_months_start_later_than_the_last_year_in_each_chart(open_page, runner_with_a_year):
    page = open_insights(open_page, runner_with_a_year, LAPTOP)
    last_year = {chart: first_date(page, chart) for chart in CHARTS}
    three_months = {chart: first_date_after_choosing(page, chart, "Last 3 months") for chart in CHARTS}
    later = {chart: three_months[chart] > last_year[chart] for chart in CHARTS}
    assert later == dict.fromkeys(CHARTS, True), (three_months, last_year)


def test_choosing_the_last_year_again_brings_its_dates_back(open_page, runner_with_a_year):
    page = open_insights(open_page, runner_with_a_year, LAPTOP)
    last_year = page.evaluate(SHOWN, "chart-timeline")
    shown_after_choosing(page, "timeline", "Last 3 months")
    assert shown_after_choosing(page, "timeline", "Last year") == last_year


def test_all_reaches_back_past_the_last_year(open_page, runner_with_a_year):
    today = runner_today(runner_with_a_year)
    for days_back in range(400, 800, 7):
        make_run(runner_with_a_year, date=today - datetime.timedelta(days=days_back), km=5)
    page = open_insights(open_page, runner_with_a_year, LAPTOP)
    last_year = first_date(page, "distance")
    assert first_date_after_choosing(page, "distance", "All") < last_year - datetime.timedelta(days=300)


def test_a_date_button_changes_its_own_chart_only(open_page, runner_with_a_year):
    page = open_insights(open_page, runner_with_a_year, LAPTOP)
    distance_before = page.evaluate(SHOWN, "chart-distance")
    shown_after_choosing(page, "timeline", "Last 3 months")
    assert page.evaluate(SHOWN, "chart-distance") == distance_before


def test_the_insights_page_fits_a_phone_screen(open_page, runner_with_a_year):
    page = open_insights(open_page, runner_with_a_year, PHONE)
    assert sideways_overflow(page) == []


def test_the_date_axis_names_months_and_the_tooltips_say_the_date(open_page, runner_with_a_year):
    page = open_insights(open_page, runner_with_a_year, LAPTOP)
    labels = page.evaluate(AXIS_LABELS, "chart-timeline")
    assert labels and all(re.fullmatch(r"[A-Z][a-z]{2}( \d{4})?", label) for label in labels), labels
    assert re.fullmatch(r"Week of \d{1,2} [A-Z][a-z]{2} \d{4}", page.evaluate(FIRST_TITLE, "chart-timeline"))


def test_on_a_phone_the_timeline_keeps_one_axis_and_puts_its_legend_below(open_page, runner_with_a_year):
    page = open_insights(open_page, runner_with_a_year, PHONE)
    timeline = page.evaluate(
        """() => {
            const chart = Chart.getChart(document.getElementById("chart-timeline"));
            return {axes: Object.keys(chart.scales).sort(), legend: chart.options.plugins.legend.position};
        }"""
    )
    assert timeline == {"axes": ["x", "y"], "legend": "bottom"}


def test_a_runner_whose_journal_is_all_this_week_sees_a_chart_of_this_week(open_page, alice):
    today = runner_today(alice)
    monday = today - datetime.timedelta(days=today.weekday())
    plank = make_exercise()
    for day in sorted({monday, today}):
        make_checkin(alice, day, pain=3)
        make_run(alice, day, km=6)
        make_workout(alice, day, exercises=[plank])
    page = open_insights(open_page, alice, PHONE)
    assert first_date(page, "timeline") == monday and first_date(page, "distance") == monday
    assert drawn(page)["timeline"]["paintedPoints"] > 0 and sideways_overflow(page) == []


def test_a_run_from_2010_and_a_year_of_journal_keep_the_page_short_on_a_phone(open_page, runner_with_a_year):
    make_run(runner_with_a_year, date=datetime.date(2010, 8, 5), km=7)  # the day of a real 2010 GPX file
    page = open_insights(open_page, runner_with_a_year, PHONE)
    expect(page.get_by_text("They leave out what you logged on 5 Aug 2010")).to_be_visible()
    assert tables_opened(page) < 8000 and sideways_overflow(page) == []


def test_runs_every_ten_months_since_2010_do_not_stretch_all_over_sixteen_years(
    open_page, runner_with_a_year
):
    day = runner_today(runner_with_a_year) - datetime.timedelta(days=365 + 300)
    while day.year >= 2010:
        make_run(runner_with_a_year, date=day, km=7)
        day -= datetime.timedelta(days=300)
    page = open_insights(open_page, runner_with_a_year, PHONE)
    expect(range_button(page, "timeline", "All")).to_have_count(0)
    assert tables_opened(page) < 8000 and sideways_overflow(page) == []


def test_without_javascript_the_date_buttons_still_switch_the_table(open_page, runner_with_a_year):
    page = open_page({**PHONE, "java_script_enabled": False}, user=runner_with_a_year)
    page.goto(reverse("insights"))
    timeline = figure_of(page, "timeline")
    timeline.get_by_text("Show the numbers as a table").click()
    expect(timeline.get_by_role("columnheader", name="Week of")).to_be_visible()
    range_button(page, "timeline", "Last 3 months").click()
    expect(timeline.get_by_role("columnheader", name="Day", exact=True)).to_be_visible()
    expect(timeline.get_by_role("columnheader", name="Week of")).to_be_hidden()


def test_the_opened_tables_have_no_serious_accessibility_violation_on_a_phone(open_page, runner_with_a_year):
    page = open_insights(open_page, runner_with_a_year, PHONE)
    tables_opened(page)
    assert axe_violations(page) == []
