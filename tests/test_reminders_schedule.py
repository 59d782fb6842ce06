"""When reminders go out: at each runner's own hour in their own time zone, through daylight-saving
changes, only on a day with nothing logged, and never twice for one day."""

import datetime

import pytest

from tests.base import make_checkin, make_exercise, make_run, make_workout
from tests.reminder_factories import local, remind, send_at, sweep, utc
from tracker.models import ReminderSent


def test_runners_in_auckland_and_los_angeles_each_get_theirs_at_seven_their_time(alice, bob):
    remind(alice, hour=7, time_zone="Pacific/Auckland")
    remind(bob, hour=7, time_zone="America/Los_Angeles")
    sent = sweep(utc(2026, 6, 1, 12), utc(2026, 6, 2, 11, 45))
    assert sent["alice@example.org"] == [local("Pacific/Auckland", 2026, 6, 2, 7)]
    assert sent["bob@example.org"] == [local("America/Los_Angeles", 2026, 6, 1, 7)]


# Europe/London: clocks go from 01:00 to 02:00 on 29 Mar 2026, and from 02:00 back to 01:00 on 25 Oct 2026.
DAYLIGHT_SAVING_DAYS = [
    pytest.param(datetime.date(2026, 3, 29), 8, utc(2026, 3, 29, 7), id="spring-at-8-BST"),
    pytest.param(datetime.date(2026, 3, 29), 1, utc(2026, 3, 29, 1), id="spring-missing-hour-comes-at-2"),
    pytest.param(datetime.date(2026, 10, 25), 8, utc(2026, 10, 25, 8), id="autumn-at-8-GMT"),
    pytest.param(datetime.date(2026, 10, 25), 1, utc(2026, 10, 25, 0), id="autumn-repeated-hour-once"),
]


@pytest.mark.parametrize(("day", "hour", "expected"), DAYLIGHT_SAVING_DAYS)
def test_a_london_runner_gets_one_email_at_the_right_hour_on_a_clock_change_day(alice, day, hour, expected):
    remind(alice, hour=hour, time_zone="Europe/London")
    midnight = local("Europe/London", day.year, day.month, day.day)
    last_quarter = local("Europe/London", day.year, day.month, day.day, 23, 45)
    assert sweep(midnight, last_quarter) == {"alice@example.org": [expected]}


def test_a_missed_hour_is_made_up_at_the_next_run_the_same_day(alice):
    remind(alice, hour=8, time_zone="Europe/Paris")
    assert send_at(local("Europe/Paris", 2026, 6, 3, 7, 45)) == []
    assert len(send_at(local("Europe/Paris", 2026, 6, 3, 13, 10))) == 1


def test_nothing_is_sent_for_a_day_that_has_ended(alice):
    remind(alice, hour=22, time_zone="Europe/Paris")
    send_at(local("Europe/Paris", 2026, 6, 3, 21, 45))
    assert send_at(local("Europe/Paris", 2026, 6, 4, 0, 30)) == []
    assert len(send_at(local("Europe/Paris", 2026, 6, 4, 22))) == 1


def test_a_runner_gets_at_most_one_email_a_day_however_often_the_command_runs(alice):
    remind(alice, hour=8)
    sent = sweep(utc(2026, 6, 3, 0), utc(2026, 6, 3, 23, 45))
    assert sent == {"alice@example.org": [utc(2026, 6, 3, 8)]}


def test_a_later_hour_chosen_after_todays_email_sends_no_second_one(alice):
    choices = remind(alice, hour=8)
    send_at(utc(2026, 6, 3, 8))
    choices.hour = 20
    choices.save()
    assert send_at(utc(2026, 6, 3, 20)) == []


def test_running_the_command_twice_in_the_same_hour_sends_once(alice, bob):
    remind(alice, hour=8)
    remind(bob, hour=8)
    first, second = send_at(utc(2026, 6, 3, 8)), send_at(utc(2026, 6, 3, 8, 5))
    assert sorted(message.to[0] for message in first) == ["alice@example.org", "bob@example.org"]
    assert second == []
    assert ReminderSent.objects.count() == 2


def log_workout(user, day):
    return make_workout(user, day, exercises=[make_exercise()])


@pytest.mark.parametrize("log", [log_workout, make_checkin, make_run], ids=["workout", "check-in", "run"])
def test_anything_logged_for_the_runners_own_today_means_no_reminder(alice, log):
    remind(alice, hour=7, time_zone="Pacific/Auckland")
    # 20:00 UTC on 2 Jun is 08:00 on 3 Jun in Auckland: the entry is dated the runner's day, not UTC's.
    log(alice, datetime.date(2026, 6, 3))
    assert send_at(utc(2026, 6, 2, 20)) == []


def test_an_entry_dated_yesterday_does_not_stop_todays_reminder(alice):
    remind(alice, hour=7, time_zone="Pacific/Auckland")
    make_checkin(alice, datetime.date(2026, 6, 2))
    assert len(send_at(utc(2026, 6, 2, 20))) == 1


def test_a_workout_logged_without_exercises_still_counts_as_something_logged(alice):
    remind(alice, hour=8)
    make_workout(alice, datetime.date(2026, 6, 3), notes="Stretching on my own")
    assert send_at(utc(2026, 6, 3, 9)) == []


def test_runners_who_did_not_turn_reminders_on_get_nothing(alice):
    assert send_at(utc(2026, 6, 3, 12)) == []


def test_a_runner_who_turned_reminders_off_gets_nothing(alice):
    choices = remind(alice, hour=8)
    choices.enabled = False
    choices.save()
    assert send_at(utc(2026, 6, 3, 12)) == []


def test_another_runners_entries_do_not_stop_alices_reminder(alice, bob):
    remind(alice, hour=8)
    make_checkin(bob, datetime.date(2026, 6, 3))
    assert [message.to for message in send_at(utc(2026, 6, 3, 9))] == [["alice@example.org"]]
