"""The insights page: plain-words cards, warnings, irritating exercises, and four charts with their tables."""

import datetime
import html
import json
import re

from django.urls import reverse

from tests.base import make_checkin, make_exercise, make_run, make_workout, runner_today
from tests.factories_insights import ending_on, lapse_climber, write_journal
from tracker.dates import day_words
from tracker.models import Profile

PAGE = "/insights/"
CHARTS = ("timeline", "scatter", "lapses", "distance")


def fill_year(user):
    today = Profile.objects.get(user=user).today()
    write_journal(user, ending_on(lapse_climber(seed=7), today), [make_exercise("test-plank")])


def chart_data(response):
    match = re.search(
        r'<script id="insights-data" type="application/json">(.*?)</script>', response.text, re.S
    )
    return json.loads(match.group(1))


def test_the_page_url_has_its_name():
    assert reverse("insights") == PAGE


def test_it_draws_the_four_charts(alice, alice_client):
    fill_year(alice)
    html = alice_client.get(PAGE).text
    for chart in ("timeline", "scatter", "lapses", "distance"):
        assert f'<canvas id="chart-{chart}"' in html


def shown_first(chart):
    """The points of the range a chart shows when the page opens: its own, or for a chart whose ranges are
    each the newest part of the widest, those from its start in the points sent once."""
    shown = next(item for item in chart["ranges"] if item["key"] == chart["default"])
    return shown["points"] if "points" in shown else chart["points"][shown["from"] :]


def test_the_chart_data_comes_through_json_script(alice, alice_client):
    fill_year(alice)
    data = chart_data(alice_client.get(PAGE))
    assert len(shown_first(data["timeline"])) >= 52 and all(shown_first(data[chart]) for chart in CHARTS)
    assert data["unit"] == "km"


def test_every_chart_has_date_buttons_opening_on_the_last_year_and_a_table(alice, alice_client):
    fill_year(alice)
    html = alice_client.get(PAGE).text
    assert html.count('data-range-for="') == 4 and html.count('value="365" checked') == 4
    assert all(f'<table class="table table-sm" data-table-for="{chart}">' in html for chart in CHARTS)


def test_it_states_the_pattern_in_plain_words(alice, alice_client):
    fill_year(alice)
    html = alice_client.get(PAGE).text
    assert "A pattern in your data" in html
    assert "That is a pattern in your data, not proof." in html


def test_the_page_has_no_inline_script_or_style(alice, alice_client):
    fill_year(alice)
    html = alice_client.get(PAGE).text
    inline_scripts = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", html)
    assert inline_scripts == [] and 'style="' not in html and " onclick=" not in html


def test_a_new_runner_sees_what_to_log_instead_of_charts(alice_client):
    html = alice_client.get(PAGE).text
    assert "Nothing to look at yet" in html
    assert "<canvas" not in html


def test_it_says_what_to_log_when_there_is_not_enough_data(alice, alice_client):
    make_workout(alice, exercises=[make_exercise()])
    html = alice_client.get(PAGE).text
    assert "Not enough data yet. Keep checking in: a verdict needs 12 weeks of pain scores" in html


def test_it_warns_about_a_recent_spike_in_distance(alice, alice_client):
    today = Profile.objects.get(user=alice).today()
    make_run(alice, today - datetime.timedelta(days=40), km=5)  # the journal began over a month ago
    make_run(alice, today - datetime.timedelta(days=10), km=10)
    make_run(alice, today, km=13)
    text = " ".join(alice_client.get(PAGE).text.split())
    assert "you ran 13.0 km, 30% more than your longest run of the 30 days before (10.0 km)" in text


def test_it_shows_distances_in_miles_for_a_runner_who_uses_miles(alice, alice_client):
    Profile.objects.filter(user=alice).update(units="mi")
    make_run(alice, km=16.09344)
    assert shown_first(chart_data(alice_client.get(PAGE))["distance"])[-1]["distance"] == 10.0


def test_it_links_an_irritating_exercise_to_its_alternatives(alice, alice_client):
    crunch = make_exercise("test-crunch")
    crunch.alternatives.set([make_exercise("test-knee-raise", name="Test knee raise")])
    for _ in range(2):
        make_workout(alice, exercises=[crunch], irritated=True)
    html = alice_client.get(PAGE).text
    assert '<a href="/library/exercises/test-knee-raise/">Test knee raise</a>' in html


def test_it_keeps_alices_insights_from_bob(alice, bob_client):
    fill_year(alice)
    html = bob_client.get(PAGE).text
    assert "Nothing to look at yet" in html


def page_text(client):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", client.get(PAGE).text)).split())


def test_a_runner_with_a_week_of_running_gets_no_ratio_and_no_all_clear(alice, alice_client):
    today = runner_today(alice)
    make_checkin(alice, today - datetime.timedelta(days=60))
    make_run(alice, today - datetime.timedelta(days=2), km=8)
    make_run(alice, today, km=10)
    text = page_text(alice_client)
    assert "Not enough running yet to compare this week with your usual week" in text
    assert "No warning signs" not in text and "times your usual week" not in text


def test_the_slack_off_card_says_chance_in_words_and_keeps_the_p_value_in_its_details(alice, alice_client):
    fill_year(alice)
    page = alice_client.get(PAGE).text
    outside_details = re.sub(r"<details.*?</details>", "", page, flags=re.S)
    assert "unlikely to be chance alone" in outside_details and "p &lt;" not in outside_details
    assert re.search(
        r"<summary>The numbers behind this</summary>.*?p &lt; 0\.0[15]: with no link", page, re.S
    )


def test_the_tables_give_dates_in_words(alice, alice_client):
    fill_year(alice)
    tables = re.findall(r"<table.*?</table>", alice_client.get(PAGE).text, re.S)
    assert not any(re.search(r"\d{4}-\d\d-\d\d", table) for table in tables)
    assert re.search(r"<td>\d{1,2} [A-Z][a-z]{2} \d{4}</td>", tables[0])


def test_a_runner_with_a_week_of_journal_gets_that_week_without_date_buttons(alice, alice_client):
    today = runner_today(alice)
    for back in range(5):
        make_checkin(alice, today - datetime.timedelta(days=back))
    page = alice_client.get(PAGE).text
    assert 'data-range-for="' not in page
    assert f"Day by day, from {day_words(today - datetime.timedelta(days=4))}." in page


def test_the_page_says_an_old_run_is_left_out_of_the_charts(alice, alice_client):
    fill_year(alice)
    make_run(alice, date=datetime.date(2010, 8, 5), km=7)
    assert "They leave out what you logged on 5 Aug 2010: nothing was logged for" in page_text(alice_client)
