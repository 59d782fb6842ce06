"""The date rule every journal entry shares: not before 1900, at most one day ahead of the runner's today."""

import datetime

import pytest
from django.db import IntegrityError
from django.urls import reverse

from tests.base import make_checkin, make_exercise, make_run, make_workout
from tracker.dates import day_words
from tracker.models import PainCheckin, Run, Workout

TOO_EARLY = datetime.date(1899, 12, 31)


def posted(kind, date):
    """What each logging form posts, valid apart from the date under test."""
    if kind == "log_workout":
        exercise = make_exercise("dates-plank")
        return {"date": date.isoformat(), "routine": "", "duration_min": "", "notes": "",
                "entries-TOTAL_FORMS": 1, "entries-INITIAL_FORMS": 0,
                "entries-0-exercise": exercise.pk, "entries-0-sets": "1"}  # fmt: skip
    if kind == "log_checkin":
        return {"date": date.isoformat(), "pain": "3", "notes": ""}
    return {"date": date.isoformat(), "distance": "10", "duration": "", "surface": "road", "notes": ""}


SAVED = {"log_workout": Workout, "log_checkin": PainCheckin, "log_run": Run}
FORMS = sorted(SAVED)


@pytest.fixture
def today(alice):
    return alice.profile.today()


@pytest.mark.parametrize("kind", FORMS)
def test_every_journal_form_rejects_a_date_two_days_ahead(alice, alice_client, today, kind):
    response = alice_client.post(reverse(kind), posted(kind, today + datetime.timedelta(days=2)))
    assert "That is in the future" in response.context["form"].errors["date"][0]
    assert not SAVED[kind].objects.filter(user=alice).exists()


@pytest.mark.parametrize("kind", FORMS)
def test_every_journal_form_accepts_tomorrow(alice, alice_client, today, kind):
    alice_client.post(reverse(kind), posted(kind, today + datetime.timedelta(days=1)))
    assert SAVED[kind].objects.filter(user=alice).exists()


@pytest.mark.parametrize("kind", FORMS)
def test_every_journal_form_rejects_a_date_before_1900(alice, alice_client, kind):
    response = alice_client.post(reverse(kind), posted(kind, TOO_EARLY))
    assert response.context["form"].errors["date"] == ["Dates start on 1 January 1900."]
    assert not SAVED[kind].objects.filter(user=alice).exists()


@pytest.mark.parametrize("make", [make_workout, make_checkin, make_run], ids=["workout", "checkin", "run"])
def test_the_database_refuses_any_entry_before_1900(alice, make):
    with pytest.raises(IntegrityError):
        make(alice, date=TOO_EARLY)


def test_the_date_picker_offers_nothing_past_tomorrow(alice_client, today):
    page = alice_client.get(reverse("log_run")).content.decode()
    assert f'max="{today + datetime.timedelta(days=1):%Y-%m-%d}"' in page


def test_the_future_date_error_names_tomorrow_as_the_latest_day(alice_client, today):
    response = alice_client.post(
        reverse("log_checkin"), posted("log_checkin", today + datetime.timedelta(days=2))
    )
    tomorrow = today + datetime.timedelta(days=1)
    assert f"the latest date you can log is tomorrow, {day_words(tomorrow)}" in response.content.decode()
