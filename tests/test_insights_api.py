"""GET /api/insights/: the stable JSON shape of DESIGN.md, for the logged-in runner only."""

import datetime
import html
import json
import re

from django.urls import reverse

from tests.base import make_checkin, make_exercise, make_run, make_workout, runner_today
from tests.factories_insights import ending_on, lapse_climber, write_journal
from tracker.models import Profile

API = "/api/insights/"


def fill_alices_year(alice):
    today = Profile.objects.get(user=alice).today()
    write_journal(alice, ending_on(lapse_climber(seed=7), today), [make_exercise("test-plank")])


def test_the_api_url_has_its_name():
    assert reverse("api_insights") == API


def test_it_gives_the_documented_keys(alice, alice_client):
    fill_alices_year(alice)
    payload = alice_client.get(API).json()
    assert set(payload) >= {"slack_off", "lapses", "mileage", "irritating_exercises"}
    assert set(payload["slack_off"]) >= {
        "verdict", "lag_days", "pain_consistent", "pain_lapsed", "difference", "p_value", "reverse_stronger",
        "summary",
    }  # fmt: skip
    assert set(payload["mileage"]) >= {"weekly", "spikes"}


def test_the_numbers_are_plain_json_numbers_and_dates_are_iso(alice, alice_client):
    fill_alices_year(alice)
    payload = alice_client.get(API).json()
    slack, lapse, week = payload["slack_off"], payload["lapses"][0], payload["mileage"]["weekly"][0]
    assert all(
        isinstance(slack[key], float) for key in ("pain_consistent", "pain_lapsed", "difference", "p_value")
    )
    assert isinstance(slack["lag_days"], int) and isinstance(slack["reverse_stronger"], bool)
    assert datetime.date.fromisoformat(lapse["start"]) and datetime.date.fromisoformat(week["week"])


def test_the_runner_of_the_sample_year_gets_a_pattern(alice, alice_client):
    fill_alices_year(alice)
    assert alice_client.get(API).json()["slack_off"]["verdict"] == "pattern"


def test_it_never_sends_nan(alice, alice_client):
    make_run(alice, km=10)
    make_workout(alice, exercises=[make_exercise()])
    body = alice_client.get(API).content.decode()
    json.loads(body, parse_constant=lambda name: (_ for _ in ()).throw(ValueError(name)))
    assert "NaN" not in body and "Infinity" not in body


def test_a_new_runner_gets_not_enough_data_and_empty_lists(alice_client):
    payload = alice_client.get(API).json()
    assert payload["slack_off"]["verdict"] == "not_enough_data"
    assert (payload["lapses"], payload["mileage"]["spikes"], payload["irritating_exercises"]) == ([], [], [])


def test_it_shows_bob_only_his_own_journal(alice, bob_client):
    fill_alices_year(alice)
    payload = bob_client.get(API).json()
    assert payload["lapses"] == [] and payload["mileage"]["weekly"][-1]["km"] == 0.0
    assert payload["slack_off"]["verdict"] == "not_enough_data"


def test_it_works_for_a_runner_without_a_profile(alice, alice_client):
    Profile.objects.filter(user=alice).delete()
    assert alice_client.get(API).status_code == 200


def test_it_asks_a_visitor_to_log_in(client, db):
    response = client.get(API)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_irritating_exercises_come_with_their_published_alternatives(alice, alice_client):
    crunch = make_exercise("test-crunch")
    crunch.alternatives.set([make_exercise("test-knee-raise"), make_exercise("draft-one", status="draft")])
    for _ in range(2):
        make_workout(alice, exercises=[crunch], irritated=True)
    items = alice_client.get(API).json()["irritating_exercises"]
    assert items == [{"slug": "test-crunch", "times": 2, "alternatives": ["test-knee-raise"]}]


def test_an_exercise_irritating_once_is_not_listed(alice, alice_client):
    make_workout(alice, exercises=[make_exercise("test-crunch")], irritated=True)
    assert alice_client.get(API).json()["irritating_exercises"] == []


def test_the_page_says_the_same_words_as_the_api(alice, alice_client):
    fill_alices_year(alice)
    payload = alice_client.get(API).json()
    page = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", alice_client.get("/insights/").text)).split())
    words = [
        payload["slack_off"]["summary"],
        payload["mileage"]["acute_chronic_words"],
        payload["mileage"]["descent"]["summary"],
    ]
    assert [sentence in page for sentence in words] == [True, True, True]


def test_it_adds_the_chance_in_words_beside_the_p_value(alice, alice_client):
    fill_alices_year(alice)
    slack = alice_client.get(API).json()["slack_off"]
    assert slack["chance_words"] in ("unlikely to be chance alone", "very unlikely to be chance alone")
    assert slack["p_value_words"] in ("p < 0.05", "p < 0.01")


def test_a_week_of_running_has_no_ratio_but_says_why(alice, alice_client):
    today = runner_today(alice)
    make_checkin(alice, today - datetime.timedelta(days=60))
    make_run(alice, today, km=10)
    mileage = alice_client.get(API).json()["mileage"]
    assert mileage["acute_chronic_ratio"] is None
    assert mileage["acute_chronic_words"].startswith("Not enough running yet to compare this week")
