"""The nudge: a runner whose own journal shows the slack-off pattern hears it a few days before their pain
has tended to climb, in the insights' own words, instead of the plain reminder."""

import dataclasses
import datetime
import re

import numpy as np
import pytest

from tests.base import make_exercise
from tests.factories_insights import ending_on, indifferent, lapse_climber, write_journal
from tests.reminder_factories import remind, send_at, sweep, utc
from tracker.insights import analyse
from tracker.insights.lapse_warning import NUDGE_DAYS_AHEAD, climb_days, nudge_warning, warning_words
from tracker.models import ReminderSent
from tracker.series import insights_for

TODAY = datetime.date(2026, 6, 3)
NINE_UTC = utc(2026, 6, 3, 9)


def last_session_days_ago(series, days):
    """The same journal with its last core session `days` ago and nothing logged today."""
    core, pain, km = series.core.copy(), series.pain.copy(), series.km.copy()
    core[-days:], core[-days - 1] = False, True
    pain[-1], km[-1] = np.nan, 0
    return dataclasses.replace(series, core=core, pain=pain, km=km, longest_km=km.copy())


def journal_in_a_lapse(user, days, series=None):
    series = last_session_days_ago(series or lapse_climber(seed=7), days)
    write_journal(user, ending_on(series, TODAY), [make_exercise("test-plank")])


def body_of(messages):
    assert len(messages) == 1
    return messages[0].body


@pytest.mark.parametrize("days", range(1, 12))
def test_the_nudge_comes_only_in_the_few_days_before_the_climb(days):
    insights = analyse(last_session_days_ago(lapse_climber(seed=7), days))
    climb = climb_days(insights)
    assert (nudge_warning(insights) is not None) == (climb - NUDGE_DAYS_AHEAD <= days <= climb)


def test_a_runner_with_the_pattern_is_nudged_in_the_words_of_the_insights(alice):
    remind(alice, hour=8, nudge=True)
    journal_in_a_lapse(alice, days=5)
    _journal, insights = insights_for(alice, today=TODAY)
    expected = warning_words(climb_days(insights), 5)
    assert expected in body_of(send_at(NINE_UTC))


def test_the_nudge_reads_like_the_home_pages_warning(alice):
    remind(alice, hour=8, nudge=True)
    journal_in_a_lapse(alice, days=5)
    body = body_of(send_at(NINE_UTC))
    words = (
        r"Your pain has tended to climb about \d+ days into a lapse; "
        r"it has been 5 days since your last session\."
    )
    assert re.search(words, body)


def test_the_nudge_comes_instead_of_the_reminder_not_besides_it(alice):
    remind(alice, hour=8, nudge=True)
    journal_in_a_lapse(alice, days=5)
    sent = sweep(utc(2026, 6, 3, 0), utc(2026, 6, 3, 23, 45))
    assert sent == {"alice@example.org": [utc(2026, 6, 3, 8)]}
    assert ReminderSent.objects.get().kind == ReminderSent.Kind.NUDGE


def test_the_nudges_subject_says_nothing_about_pain(alice):
    remind(alice, hour=8, nudge=True)
    journal_in_a_lapse(alice, days=5)
    assert send_at(NINE_UTC)[0].subject == "Backtrack: a reminder for today"


def test_a_runner_who_did_not_ask_for_the_nudge_gets_the_plain_reminder(alice):
    remind(alice, hour=8, nudge=False)
    journal_in_a_lapse(alice, days=5)
    body = body_of(send_at(NINE_UTC))
    assert "tended to climb" not in body
    assert "Nothing is in your Backtrack journal for today, 3 Jun 2026, yet." in body


@pytest.mark.parametrize("days", [2, 12], ids=["too-early", "climb-passed"])
def test_outside_the_days_before_the_climb_the_reminder_is_plain(alice, days):
    remind(alice, hour=8, nudge=True)
    journal_in_a_lapse(alice, days=days)
    body = body_of(send_at(NINE_UTC))
    assert "tended to climb" not in body
    assert ReminderSent.objects.get().kind == ReminderSent.Kind.REMINDER


def test_a_runner_whose_pain_ignores_the_routine_gets_the_plain_reminder(alice):
    remind(alice, hour=8, nudge=True)
    journal_in_a_lapse(alice, days=5, series=indifferent(seed=3))
    assert "tended to climb" not in body_of(send_at(NINE_UTC))


def test_a_journal_left_for_years_is_not_nudged_about_its_old_lapse(alice):
    remind(alice, hour=8, nudge=True)
    series = last_session_days_ago(lapse_climber(seed=7), 5)
    write_journal(alice, ending_on(series, datetime.date(2020, 6, 3)), [make_exercise("old-plank")])
    assert "tended to climb" not in body_of(send_at(NINE_UTC))


def test_one_day_is_said_as_one_day():
    assert warning_words(1, 1) == (
        "Your pain has tended to climb about 1 day into a lapse; it has been 1 day since your last session."
    )
