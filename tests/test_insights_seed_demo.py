"""`manage.py seed_demo`: a realistic sample year whose insights show the slack-off pattern, the same whatever
day it is seeded on."""

import datetime
from io import StringIO

import pytest
import time_machine
from django.core.management import CommandError, call_command

from routines.models import Exercise, Status
from tests.base import make_checkin, make_exercise, make_user
from tracker.insights.charts import chart_data
from tracker.management.commands.seed_demo import ROUTINE
from tracker.models import PainCheckin, Run, Workout
from tracker.series import insights_for


@pytest.fixture
def demo(db):
    for slug in ROUTINE:
        if not Exercise.objects.filter(slug=slug, status=Status.PUBLISHED).exists():
            make_exercise(f"{slug}", kind=Exercise.Kind.STRETCH if "stretch" in slug else Exercise.Kind.CORE)
    user = make_user("demo")
    call_command("seed_demo", username="demo", stdout=StringIO())
    return user


def journal_size(user):
    return tuple(model.objects.filter(user=user).count() for model in (Workout, PainCheckin, Run))


def test_the_demo_year_shows_a_slack_off_pattern(demo):
    _journal, insights = insights_for(demo)
    assert insights.slack_off.verdict == "pattern"
    assert len(insights.lapses) == 4


def test_the_demo_fills_all_four_charts(demo):
    journal, insights = insights_for(demo)
    charts = chart_data(journal.series, insights)
    year = {
        name: charts[name]["ranges"][-1]["points"] for name in ("timeline", "scatter", "lapses", "distance")
    }
    assert len(year["timeline"]) >= 52 and any(week["lapse"] for week in year["timeline"])
    assert year["scatter"] and year["lapses"]
    assert any(week["spike"] for week in year["distance"])


def test_the_demo_has_spikes_hilly_runs_and_an_irritating_crunch(demo):
    _journal, insights = insights_for(demo)
    assert len(insights.spikes) >= 2
    assert insights.descent.pain_after_hilly > insights.descent.pain_after_other
    assert [(item.slug, item.times) for item in insights.irritating] == [("crunch", 2)]


def test_the_demo_runner_is_in_a_lapse_and_gets_the_home_warning(demo, client):
    client.force_login(demo)
    assert "it has been 12 days since your last session." in client.get("/").text


# Seven days in a row, a leap day among them, each late in the evening: the demo must look the same on each.
A_WEEK_ROUND_A_LEAP_DAY = [
    datetime.datetime(2028, 2, 26, 23, 40, tzinfo=datetime.timezone.utc) + datetime.timedelta(days=n)
    for n in range(7)
]


@pytest.mark.parametrize("moment", A_WEEK_ROUND_A_LEAP_DAY, ids=lambda moment: f"{moment:%a-%d-%b}")
def test_the_demo_shows_the_same_lapse_and_pattern_whatever_the_day(db, client, moment):
    with time_machine.travel(moment, tick=False):
        user = make_user("demo")
        call_command("seed_demo", username="demo", stdout=StringIO())
        client.force_login(user)
        page = client.get("/").text
    assert "it has been 12 days since your last session." in page
    assert "Your pain has tended to climb" in page


def test_it_seeds_the_year_as_of_the_day_it_is_given(db):
    user = make_user("demo")
    call_command("seed_demo", username="demo", today=datetime.date(2024, 2, 29), stdout=StringIO())
    assert Workout.objects.filter(user=user).latest("date").date == datetime.date(2024, 2, 17)


def test_seeding_again_replaces_the_journal_with_the_same_year(demo):
    before = journal_size(demo)
    make_checkin(demo, date=datetime.date(2001, 3, 1), pain=10)
    call_command("seed_demo", username="demo", stdout=StringIO())
    assert journal_size(demo) == before


def test_it_refuses_an_unknown_username(db):
    with pytest.raises(CommandError, match="No user called 'nobody'"):
        call_command("seed_demo", username="nobody", stdout=StringIO())


def test_without_published_exercises_it_adds_no_workouts(db):
    Exercise.objects.update(status=Status.DRAFT)
    user = make_user("demo")
    call_command("seed_demo", username="demo", stdout=StringIO(), stderr=StringIO())
    assert Workout.objects.filter(user=user).count() == 0
    assert PainCheckin.objects.filter(user=user).exists()
