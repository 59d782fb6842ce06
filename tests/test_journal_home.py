import datetime
from unittest import mock

import pytest
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


def test_home_shows_the_lapse_warning_the_insights_give(alice_client):
    words = "Your pain has tended to climb about 12 days into a lapse."
    with mock.patch("tracker.views.journal.lapse_warning_for", return_value=words):
        assert words in home_of(alice_client).content.decode()


def test_home_says_how_many_core_sessions_are_left_this_week(alice, alice_client, plank, today):
    make_workout(alice, date=today, exercises=[plank])
    assert "2 more to reach your target" in home_of(alice_client).content.decode()


def test_home_shows_the_distance_run_today(alice, alice_client, today):
    make_run(alice, date=today, km=12.0)
    assert "12.0 km logged" in home_of(alice_client).content.decode()


def test_home_points_to_the_advice_when_todays_check_in_has_a_warning_sign(alice, alice_client, today):
    checkin = make_checkin(alice, date=today, red_flags=["fever"])
    page = home_of(alice_client).content.decode()
    assert "You ticked a warning sign in today" in page
    assert reverse("checkin_detail", args=[checkin.pk]) in page


def test_a_warning_sign_on_an_earlier_day_is_not_repeated_on_home(alice, alice_client, today):
    make_checkin(alice, date=today - datetime.timedelta(days=1), red_flags=["fever"])
    assert "You ticked a warning sign" not in home_of(alice_client).content.decode()
