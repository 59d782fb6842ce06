import datetime

import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from tests.base import make_checkin, make_exercise, make_run, make_workout


@pytest.fixture
def today(alice):
    return alice.profile.today()


@pytest.fixture
def plank(db):
    return make_exercise("home-plank")


def home_of(client):
    return client.get(reverse("home"))


def test_visitors_get_a_welcome_with_sign_up_and_library_links(client, db):
    page = home_of(client).content.decode()
    assert reverse("signup") in page and reverse("routines:library") in page


def test_a_new_runner_sees_nothing_logged_today(alice_client):
    page = home_of(alice_client).content.decode()
    assert page.count("not logged yet") == 2
    assert "none logged" in page


def test_home_counts_the_days_since_the_last_core_session(alice, alice_client, plank, today):
    make_workout(alice, date=today - datetime.timedelta(days=4), exercises=[plank])
    assert home_of(alice_client).context["days_since_core"] == 4


def test_a_workout_without_exercises_is_no_core_session(alice, alice_client, today):
    make_workout(alice, date=today)
    assert home_of(alice_client).context["days_since_core"] is None


def test_home_counts_this_weeks_core_days_against_the_target(alice, alice_client, plank, today):
    monday = today - datetime.timedelta(days=today.weekday())
    make_workout(alice, date=monday, exercises=[plank])
    make_workout(alice, date=monday - datetime.timedelta(days=1), exercises=[plank])
    assert "1 of 3" in home_of(alice_client).content.decode()


def test_home_adds_up_this_weeks_distance_in_the_runners_units(alice, alice_client, today):
    alice.profile.units = "mi"
    alice.profile.save()
    make_run(alice, date=today, km=16.0934)
    make_run(alice, date=today - datetime.timedelta(days=8), km=50)
    assert "10.0 mi" in home_of(alice_client).content.decode()


def test_home_shows_the_last_pain_score(alice, alice_client, today):
    make_checkin(alice, date=today - datetime.timedelta(days=2), pain=6)
    assert "6 of 10" in home_of(alice_client).content.decode()


def test_home_says_when_today_is_logged(alice, alice_client, plank, today):
    make_workout(alice, date=today, exercises=[plank])
    make_checkin(alice, date=today, pain=1)
    assert "not logged yet" not in home_of(alice_client).content.decode()


def test_home_links_to_each_log(alice_client):
    page = home_of(alice_client).content.decode()
    assert all(reverse(name) in page for name in ("log_workout", "log_checkin", "log_run"))


def test_the_lapse_warning_fragment_shows_its_message():
    html = render_to_string(
        "tracker/_lapse_warning.html", {"lapse_warning": "Twelve days without core work."}
    )
    assert "Twelve days without core work." in html
