"""Reminder choices on the profile page: off until the runner turns them on, an hour in their own time zone,
the optional nudge; in "download my data", and gone with the account."""

import io
import json
import socket
import zipfile

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.db import IntegrityError
from django.urls import reverse

from tests.base import PASSWORD
from tests.fresh_process import manage
from tests.reminder_factories import remind, send_at, utc
from tracker.checks import check_site_url_for_reminders
from tracker.models import ReminderSent, ReminderSettings

URL = "/profile/reminders/"


def choices(**changes):
    return {"enabled": "on", "hour": "7", "nudge": "on", **changes}


def test_the_url_has_its_name():
    assert reverse("reminder_settings") == URL


def test_reminders_are_off_until_a_runner_turns_them_on(alice, alice_client):
    form = alice_client.get(reverse("profile")).context["reminder_form"]
    assert form["enabled"].value() is False
    assert send_at(utc(2026, 6, 3, 23)) == []


def test_a_runner_turns_reminders_on_at_seven_with_the_nudge(alice, alice_client):
    response = alice_client.post(URL, choices())
    saved = ReminderSettings.objects.get(user=alice)
    assert (saved.enabled, saved.hour, saved.nudge) == (True, 7, True)
    assert response["Location"] == reverse("profile") + "#reminders"


def test_unticking_turns_them_off(alice, alice_client):
    remind(alice)
    alice_client.post(URL, {"hour": "7"})
    assert not ReminderSettings.objects.get(user=alice).enabled


def test_the_profile_page_says_which_time_zone_the_hour_is_in(alice, alice_client):
    alice.profile.time_zone = "Pacific/Auckland"
    alice.profile.save()
    assert "Your time zone: Pacific/Auckland" in alice_client.get(reverse("profile")).text


def test_an_hour_that_is_not_on_the_clock_is_refused_at_its_field(alice, alice_client):
    response = alice_client.post(URL, choices(hour="24"))
    assert response.status_code == 400 and "hour" in response.context["reminder_form"].errors
    assert not ReminderSettings.objects.filter(user=alice).exists()


def test_a_refused_form_comes_back_filled_in(alice_client):
    response = alice_client.post(URL, choices(hour="24"))
    form = response.context["reminder_form"]
    assert (form["enabled"].value(), form["nudge"].value()) == (True, True)


def test_an_account_without_an_email_address_cannot_turn_them_on(alice, alice_client):
    alice.email = ""
    alice.save()
    response = alice_client.post(URL, choices())
    assert response.context["reminder_form"].errors["enabled"] == [
        "Your account has no email address to send reminders to."
    ]


def test_the_database_refuses_an_hour_of_24(alice):
    with pytest.raises(IntegrityError):
        ReminderSettings.objects.create(user=alice, hour=24)


def test_the_database_refuses_a_second_reminder_for_one_runners_day(alice):
    ReminderSent.objects.create(
        user=alice, local_date="2026-06-03", kind="reminder", claimed_at=utc(2026, 6, 3)
    )
    with pytest.raises(IntegrityError):
        ReminderSent.objects.create(
            user=alice, local_date="2026-06-03", kind="nudge", claimed_at=utc(2026, 6, 3)
        )


def profile_json(client):
    archive = zipfile.ZipFile(io.BytesIO(client.get(reverse("download_my_data")).getvalue()))
    return json.loads(archive.read("profile.json"))


def test_my_data_includes_the_reminder_choices_and_the_days_sent(alice, alice_client):
    remind(alice, hour=8, nudge=True)
    send_at(utc(2026, 6, 3, 8))
    reminders = profile_json(alice_client)["reminders"]
    assert (reminders["email_reminders"], reminders["hour"], reminders["nudge_before_pain"]) == (
        True,
        8,
        True,
    )
    assert [(day["date"], day["kind"]) for day in reminders["sent"]] == [("2026-06-03", "reminder")]


def test_deleting_the_account_removes_the_reminder_choices_and_the_days_sent(alice, alice_client):
    remind(alice, hour=8)
    send_at(utc(2026, 6, 3, 8))
    alice_client.post(reverse("delete_account"), {"password": PASSWORD})
    assert not ReminderSettings.objects.filter(user_id=alice.pk).exists()
    assert not ReminderSent.objects.filter(user_id=alice.pk).exists()


def test_the_email_links_to_the_sites_own_address(alice, settings):
    settings.SITE_URL = "https://backtrack.example.org"
    remind(alice, hour=8)
    (message,) = send_at(utc(2026, 6, 3, 8))
    assert "https://backtrack.example.org/checkin/" in message.body


def test_the_command_refuses_to_send_links_to_nowhere(alice, settings):
    settings.SITE_URL = ""
    remind(alice, hour=8)
    with pytest.raises(CommandError, match="DJANGO_SITE_URL"):
        call_command("send_reminders")


def test_a_mail_server_that_refuses_leaves_the_day_to_the_next_run(alice, settings, unused_port):
    remind(alice, hour=8)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", unused_port, 5
    with pytest.raises(CommandError, match="the mail server did not take: 1"):
        send_at(utc(2026, 6, 3, 8))
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert len(send_at(utc(2026, 6, 3, 8, 15))) == 1


@pytest.fixture
def unused_port():
    """A local port that refuses connections: bound, so nothing else takes it, and never listening."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def test_the_command_is_quiet_unless_asked_for_a_summary(alice, capsys):
    remind(alice, hour=8)
    send_at(utc(2026, 6, 3, 8))
    assert capsys.readouterr().out == ""
    with time_machine.travel(utc(2026, 6, 4, 8), tick=False):
        call_command("send_reminders", verbosity=2)
    assert "Reminders sent: 1 (0 of them nudges)" in capsys.readouterr().out


def test_the_deployment_checklist_warns_when_reminders_would_have_no_address(settings):
    settings.SITE_URL = ""
    assert [warning.id for warning in check_site_url_for_reminders(None)] == ["backtrack.W002"]


def test_a_site_address_without_its_scheme_stops_start_up_and_names_the_variable(tmp_path):
    result = manage("check", tmp_path=tmp_path, DJANGO_SITE_URL="backtrack.example.org")
    assert result.returncode != 0 and "DJANGO_SITE_URL" in result.stderr
