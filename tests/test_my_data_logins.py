""" "Download my data" holds when each entry was saved and the runner's own login records, and deleting the
account removes those records."""

import datetime
import io
import json
import zipfile

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.urls import reverse

from tests.base import PASSWORD, fail_to_log_in, log_in, make_checkin, make_run, make_workout

HOME_ADDRESS = "198.51.100.20"
GUESSER_ADDRESS = "203.0.113.7"


def my_data(client, name):
    archive = zipfile.ZipFile(io.BytesIO(client.get(reverse("download_my_data")).getvalue()))
    return json.loads(archive.read(name))


def test_it_says_when_each_workout_check_in_and_run_was_saved(alice, alice_client):
    saved = [make_workout(alice), make_checkin(alice), make_run(alice)]
    journal = my_data(alice_client, "journal.json")
    created = [journal[kind][0]["created_at"] for kind in ("workouts", "checkins", "runs")]
    assert created == [entry.created_at.isoformat() for entry in saved]


def test_it_gives_the_accounts_last_login_and_when_it_was_made(alice):
    client, _ = log_in("alice", PASSWORD, HOME_ADDRESS)
    alice.refresh_from_db()
    profile = my_data(client, "profile.json")
    assert (profile["last_login"], profile["date_joined"]) == (
        alice.last_login.isoformat(),
        alice.date_joined.isoformat(),
    )


def test_it_lists_each_login_with_its_address_browser_and_logout(alice):
    client, _ = log_in("alice", PASSWORD, HOME_ADDRESS, browser="Firefox on a laptop")
    login = my_data(client, "logins.json")["logins"][0]
    assert (login["ip_address"], login["user_agent"], login["logout_time"]) == (
        HOME_ADDRESS,
        "Firefox on a laptop",
        None,
    )


def test_it_lists_the_failed_logins_with_the_runners_name(alice, settings):
    settings.AXES_ENABLE_ACCESS_FAILURE_LOG = True
    fail_to_log_in("alice", GUESSER_ADDRESS, 2)
    client, _ = log_in("alice", PASSWORD, HOME_ADDRESS)
    records = my_data(client, "logins.json")
    assert [failure["ip_address"] for failure in records["failed_logins"]] == [GUESSER_ADDRESS] * 2
    assert records["failure_counts"][0]["failures"] == 2


def test_it_leaves_out_another_runners_logins(alice, bob):
    log_in("bob", PASSWORD, GUESSER_ADDRESS)
    client, _ = log_in("alice", PASSWORD, HOME_ADDRESS)
    assert [login["ip_address"] for login in my_data(client, "logins.json")["logins"]] == [HOME_ADDRESS]


def test_it_leaves_out_failures_with_the_name_from_before_the_account_was_made(alice, alice_client):
    fail_to_log_in("alice", GUESSER_ADDRESS, 1)
    AccessAttempt.objects.update(attempt_time=alice.date_joined - datetime.timedelta(days=1))
    assert my_data(alice_client, "logins.json")["failure_counts"] == []


def test_it_describes_the_login_records_in_the_zips_readme(alice_client):
    archive = zipfile.ZipFile(io.BytesIO(alice_client.get(reverse("download_my_data")).getvalue()))
    assert "logins.json\n-----------" in archive.read("README.txt").decode()


def test_it_removes_the_runners_logins_and_failures_and_no_one_elses_with_the_account(alice, bob, settings):
    settings.AXES_ENABLE_ACCESS_FAILURE_LOG = True
    fail_to_log_in("bob", GUESSER_ADDRESS, 1)
    fail_to_log_in("alice", GUESSER_ADDRESS, 1)
    client, _ = log_in("alice", PASSWORD, HOME_ADDRESS)
    client.post(reverse("delete_account"), {"password": PASSWORD})
    remaining = [
        (model.__name__, record.username)
        for model in (AccessLog, AccessFailureLog)
        for record in model.objects.all()
    ]
    assert remaining == [("AccessFailureLog", "bob")]
