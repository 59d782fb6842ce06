"""The home page's live warning: only inside a lapse, and only when the runner's history shows the pattern."""

import dataclasses
import datetime
import re

from tests.base import make_exercise, make_workout
from tests.factories_insights import ending_on, lapse_climber, write_journal
from tracker.models import Profile


def climber_now_in_a_lapse(user, days_since_session):
    series = lapse_climber(seed=7)
    core = series.core.copy()
    core[-days_since_session:] = False
    core[-days_since_session - 1] = True
    today = Profile.objects.get(user=user).today()
    write_journal(
        user, ending_on(dataclasses.replace(series, core=core), today), [make_exercise("test-plank")]
    )


WARNING = (
    r"Your pain has tended to climb about \d+ days into a lapse; "
    r"it has been {days} days since your last session\."
)


def home_text(client):
    return client.get("/").text


def test_home_warns_a_runner_with_the_pattern_who_is_fifteen_days_into_a_lapse(alice, alice_client):
    climber_now_in_a_lapse(alice, days_since_session=15)
    assert re.search(WARNING.format(days=15), home_text(alice_client))


def test_home_says_nothing_to_a_runner_who_trained_recently(alice, alice_client):
    climber_now_in_a_lapse(alice, days_since_session=3)
    assert "tended to climb" not in home_text(alice_client)


def test_home_says_nothing_inside_a_lapse_without_a_pattern(alice, alice_client):
    today = Profile.objects.get(user=alice).today()
    make_workout(alice, today - datetime.timedelta(days=20), exercises=[make_exercise()])
    assert "tended to climb" not in home_text(alice_client)


def test_the_insights_page_shows_the_same_warning_as_home(alice, alice_client):
    climber_now_in_a_lapse(alice, days_since_session=15)
    warning = re.search(WARNING.format(days=15), home_text(alice_client)).group(0)
    assert warning in alice_client.get("/insights/").text


def test_home_says_nothing_to_a_runner_whose_journal_stopped_decades_ago(alice, alice_client):
    today = Profile.objects.get(user=alice).today()
    long_ago = lapse_climber(seed=7)
    write_journal(alice, ending_on(long_ago, today.replace(year=1990, day=1)), [make_exercise("old-plank")])
    page = home_text(alice_client)
    assert "tended to climb" not in page and "days since your last session" not in page


def test_home_says_nothing_after_more_than_ninety_days_without_core_work(alice, alice_client):
    climber_now_in_a_lapse(alice, days_since_session=91)
    assert "tended to climb" not in home_text(alice_client)
