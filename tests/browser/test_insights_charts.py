"""The insights page in a real browser: for a runner with a year of journal, Chart.js draws all four charts
(with data in them, not just axes), and each chart's date buttons change what it shows.

Pages run with reduced motion, so the charts are drawn at once rather than animated in.
"""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse

from tests.base import make_run, runner_today
from tests.browser.helpers import LAPTOP, PHONE, on_laptop_and_phone, sideways_overflow

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


def range_button(page, chart, label):
    figure = page.get_by_role("figure").filter(has=page.locator(f"#chart-{chart}"))
    return figure.get_by_text(label, exact=True)


def shown_after_choosing(page, chart, label):
    range_button(page, chart, label).click()
    page.evaluate(NEXT_FRAME)
    return page.evaluate(SHOWN, f"chart-{chart}")


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


def test_the_last_three_months_show_fewer_dates_than_the_last_year_in_each_chart(
    open_page, runner_with_a_year
):
    page = open_insights(open_page, runner_with_a_year, LAPTOP)
    last_year = {chart: page.evaluate(SHOWN, f"chart-{chart}") for chart in CHARTS}
    three_months = {chart: shown_after_choosing(page, chart, "Last 3 months") for chart in CHARTS}
    fewer = {chart: 0 < three_months[chart] < last_year[chart] for chart in CHARTS}
    assert fewer == dict.fromkeys(CHARTS, True), (three_months, last_year)


def test_choosing_the_last_year_again_brings_its_dates_back(open_page, runner_with_a_year):
    page = open_insights(open_page, runner_with_a_year, LAPTOP)
    last_year = page.evaluate(SHOWN, "chart-timeline")
    shown_after_choosing(page, "timeline", "Last 3 months")
    assert shown_after_choosing(page, "timeline", "Last year") == last_year


def test_all_reaches_back_past_the_last_year(open_page, runner_with_a_year):
    make_run(runner_with_a_year, date=runner_today(runner_with_a_year) - datetime.timedelta(days=800), km=5)
    page = open_insights(open_page, runner_with_a_year, LAPTOP)
    last_year = page.evaluate(SHOWN, "chart-distance")
    assert shown_after_choosing(page, "distance", "All") > last_year


def test_a_date_button_changes_its_own_chart_only(open_page, runner_with_a_year):
    page = open_insights(open_page, runner_with_a_year, LAPTOP)
    distance_before = page.evaluate(SHOWN, "chart-distance")
    shown_after_choosing(page, "timeline", "Last 3 months")
    assert page.evaluate(SHOWN, "chart-distance") == distance_before


def test_the_insights_page_fits_a_phone_screen(open_page, runner_with_a_year):
    page = open_insights(open_page, runner_with_a_year, PHONE)
    assert sideways_overflow(page) == []
