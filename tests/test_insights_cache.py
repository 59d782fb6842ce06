"""The insights are computed once per version of the journal: every way of writing to it shows at once, and
a view with nothing new reads no journal rows."""

import datetime

import pytest
import time_machine
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.api_client import ApiClient
from tests.base import make_checkin, make_exercise, make_run, make_workout, runner_today
from tests.test_import_journal_csv import HEADER, post_csv
from tracker.models import PainCheckin, Run, WorkoutExercise

INSIGHTS = "/api/insights/"


def two_weeks_km(client):
    """The distance the insights count (every week's, summed)."""
    return round(sum(week["km"] for week in client.get(INSIGHTS).json()["mileage"]["weekly"]), 1)


def journal_reads(client, path=INSIGHTS):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    journal_tables = ("tracker_run", "tracker_paincheckin", "tracker_workout")
    return [query["sql"] for query in queries if any(table in query["sql"] for table in journal_tables)]


@pytest.fixture
def journal(alice):
    today = runner_today(alice)
    for back in range(20):
        make_checkin(alice, today - datetime.timedelta(days=back), pain=3)
    make_run(alice, today, km=10)
    return today


def test_a_second_view_reads_no_journal_rows(alice_client, journal):
    assert journal_reads(alice_client)
    assert journal_reads(alice_client) == []
    assert journal_reads(alice_client, reverse("insights")) == []


def test_a_run_logged_on_the_page_shows_at_once(alice_client, journal):
    assert two_weeks_km(alice_client) == 10.0
    data = {"date": journal.isoformat(), "distance": "5", "duration": "30:00", "ascent": "", "descent": "",
            "surface": "road", "notes": ""}  # fmt: skip
    assert alice_client.post(reverse("log_run"), data).status_code == 302
    assert two_weeks_km(alice_client) == 15.0


def test_runs_added_changed_and_deleted_through_the_api_show_at_once(alice, alice_client, journal):
    api = ApiClient(alice)
    assert two_weeks_km(alice_client) == 10.0
    body = {"date": journal.isoformat(), "distance_km": 4, "duration_s": 1500}
    created = api.post("/runs/", body).json()
    assert two_weeks_km(alice_client) == 14.0
    api.put(f"/runs/{created['id']}/", {**body, "distance_km": 6})
    assert two_weeks_km(alice_client) == 16.0
    api.delete(f"/runs/{created['id']}/")
    assert two_weeks_km(alice_client) == 10.0


def test_bulk_writes_show_at_once(alice, alice_client, journal):
    assert two_weeks_km(alice_client) == 10.0
    Run.objects.filter(user=alice).update(distance_m=12000)
    assert two_weeks_km(alice_client) == 12.0
    Run.objects.bulk_create([Run(user=alice, date=journal, distance_m=3000)])
    assert two_weeks_km(alice_client) == 15.0
    Run.objects.filter(user=alice).delete()
    assert two_weeks_km(alice_client) == 0.0


def test_an_imported_journal_shows_at_once(alice, alice_client, journal):
    make_exercise("test-crunch")
    make_exercise("test-plank")
    assert two_weeks_km(alice_client) == 10.0
    day = journal.isoformat()
    post_csv(alice_client, f"{HEADER}\n{day},run,,,,,,,7,40,,,,\n")
    assert two_weeks_km(alice_client) == 17.0


def test_an_irritating_exercise_and_a_curators_edit_show_at_once(alice, alice_client, journal):
    crunch = make_exercise("test-crunch")
    assert alice_client.get(INSIGHTS).json()["irritating_exercises"] == []
    for back in (0, 1):  # twice: once could be chance
        make_workout(alice, journal - datetime.timedelta(days=back), exercises=[crunch], irritated=True)
    assert alice_client.get(INSIGHTS).json()["irritating_exercises"][0]["alternatives"] == []
    entries = WorkoutExercise.objects.filter(workout__user=alice)
    entries.update(irritated=False)
    assert alice_client.get(INSIGHTS).json()["irritating_exercises"] == []
    entries.update(irritated=True)
    assert alice_client.get(INSIGHTS).json()["irritating_exercises"][0]["slug"] == "test-crunch"
    crunch.alternatives.add(make_exercise("test-plank"))  # a curator's edit in the admin
    assert alice_client.get(INSIGHTS).json()["irritating_exercises"][0]["alternatives"] == ["test-plank"]


def test_a_changed_setting_shows_at_once(alice, alice_client, journal):
    crunch = make_exercise()
    for back in (0, 25):
        make_workout(alice, journal - datetime.timedelta(days=back), exercises=[crunch])
    assert len(alice_client.get(INSIGHTS).json()["lapses"]) == 1  # 24 days without core work, lapse at 10
    profile = alice.profile
    profile.lapse_days = 30
    profile.save()
    assert alice_client.get(INSIGHTS).json()["lapses"] == []
    profile.units = "mi"
    profile.save()
    assert "Distance (mi)" in alice_client.get(reverse("insights")).content.decode()


def test_tomorrow_is_computed_again(alice, alice_client, journal):
    make_workout(alice, journal, exercises=[make_exercise()])
    assert alice_client.get(reverse("insights")).status_code == 200
    before = PainCheckin.objects.count()
    with time_machine.travel(datetime.timedelta(days=1)):
        assert two_weeks_km(alice_client) == 10.0
        make_checkin(alice, runner_today(alice), pain=8)
        assert PainCheckin.objects.count() == before + 1
        assert journal_reads(alice_client)


def test_a_lost_cache_is_computed_again(alice_client, journal):
    assert two_weeks_km(alice_client) == 10.0
    cache.clear()
    assert journal_reads(alice_client)
    assert two_weeks_km(alice_client) == 10.0


def test_each_runner_sees_only_their_own_insights(alice_client, bob, client, journal):
    make_run(bob, runner_today(bob), km=42)
    client.force_login(bob)
    assert two_weeks_km(alice_client) == 10.0
    assert two_weeks_km(client) == 42.0
    assert two_weeks_km(alice_client) == 10.0
