"""A long journal's insights page shows each table's newest rows, and every row on a page of its own; its
script gets the points of a chart once, however many date ranges it has."""

import re

import pytest
from django.urls import reverse

from tests.base import make_exercise, make_run, runner_today
from tests.factories_insights import ending_on, lapse_climber, write_journal
from tests.test_insights_page import PAGE, chart_data, shown_first
from tracker.insights.charts import TABLE_ROWS

YEARS = 4


@pytest.fixture
def long_journal(alice):
    days = YEARS * 365
    series = lapse_climber(
        seed=3, days=days, lapse_count=12, sessions_a_week=4.9, runs_a_week=4, missing_share=0
    )
    write_journal(alice, ending_on(series, runner_today(alice)), [make_exercise("test-plank")])
    return alice


def table_rows(html):
    return [len(re.findall(r"<tr>", table)) - 1 for table in re.findall(r"<table.*?</table>", html, re.S)]


def test_each_table_on_the_page_holds_its_newest_rows_only(alice_client, long_journal):
    html = alice_client.get(PAGE).text
    rows = table_rows(html)
    assert len(rows) >= 10 and max(rows) == TABLE_ROWS
    assert "earlier weeks</a>" in html


def test_show_earlier_opens_every_row_of_that_table_newest_first(alice_client, long_journal):
    html = alice_client.get(PAGE).text
    link, label = re.search(
        r'<a href="(/insights/tables/scatter/all/)">Show (\d+) earlier weeks</a>', html
    ).groups()
    page = alice_client.get(link)
    assert page.status_code == 200
    points = chart_data(alice_client.get(PAGE))["scatter"]["points"]
    assert table_rows(page.text) == [len(points)] == [int(label) + TABLE_ROWS]
    days = re.findall(r"<tr><td>(\d+ \w+ \d{4})</td>", page.text)
    assert (days[0], days[-1]) == (points[-1]["title"], points[0]["title"]) and len(set(days)) == len(days)


def test_the_script_gets_each_chart_s_points_once(alice_client, long_journal):
    data = chart_data(alice_client.get(PAGE))
    scatter = data["scatter"]
    assert [item["key"] for item in scatter["ranges"]] == ["92", "365", "all"]
    assert all("points" not in item for item in scatter["ranges"])
    widths = [len(scatter["points"]) - item["from"] for item in scatter["ranges"]]
    assert widths[0] < widths[1] < widths[2] == len(scatter["points"]) > 52 * (YEARS - 1)
    assert len(shown_first(scatter)) in range(50, 54)  # the last year, a point a week


@pytest.mark.parametrize(
    "path",
    ["/insights/tables/scatter/1000/", "/insights/tables/nothing/all/", "/insights/tables/charts/all/"],
)
def test_a_table_that_does_not_exist_is_404(alice_client, long_journal, path):
    assert alice_client.get(path).status_code == 404


def test_a_table_page_shows_only_the_runner_s_own_numbers(alice_client, long_journal, bob, client):
    make_run(bob, runner_today(bob), km=123.4)
    client.force_login(bob)
    assert client.get("/insights/tables/distance/all/").status_code == 404  # one month: one range only
    assert "123.4" in client.get("/insights/tables/distance/92/").text
    assert "123.4" not in alice_client.get("/insights/tables/distance/92/").text


def test_the_table_page_asks_a_visitor_to_log_in(client, long_journal):
    response = client.get("/insights/tables/timeline/92/")
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_a_run_logged_after_a_view_shows_in_the_cached_charts(alice, alice_client, long_journal):
    first = alice_client.get("/insights/tables/distance/92/").text
    make_run(alice, runner_today(alice), km=0.7)
    assert alice_client.get("/insights/tables/distance/92/").text != first
    assert alice_client.get(PAGE).text.count("<tr><td>") >= TABLE_ROWS
