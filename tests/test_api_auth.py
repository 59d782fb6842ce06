"""Who may use the API: a personal access token or the logged-in browser with its CSRF token; a read-only
token reads and never writes; anonymous callers get the public library and a 401 for the rest."""

import datetime

import time_machine
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.api_client import ApiClient
from tests.base import runner_today
from tracker.api_tokens import create_token, revoke_token
from tracker.models import ApiToken, PainCheckin


def checkin_body(user, pain=3):
    return {"date": runner_today(user).isoformat(), "pain": pain}


def test_anonymous_callers_get_401_for_the_journal_and_the_library_for_free(db):
    anonymous = ApiClient()
    assert anonymous.get("/checkins/").status_code == 401
    assert anonymous.get("/exercises/").status_code == 200


def test_a_token_reads_and_writes_its_runners_journal(alice):
    api = ApiClient(alice)
    assert api.post("/checkins/", checkin_body(alice)).status_code == 201
    assert api.get("/checkins/").json()["count"] == 1


def test_a_read_only_token_reads_but_writing_is_403_and_changes_nothing(alice):
    api = ApiClient(alice, read_only=True)
    assert api.get("/checkins/").status_code == 200
    response = api.post("/checkins/", checkin_body(alice))
    assert response.status_code == 403 and "read-only" in response.json()["detail"]
    assert not PainCheckin.objects.exists()


def test_a_revoked_token_is_401(alice):
    token, secret = create_token(alice, "old script")
    revoke_token(token)
    assert ApiClient(secret=secret).get("/checkins/").status_code == 401


def test_an_expired_token_is_401(alice):
    _token, secret = create_token(alice, "short", days=1)
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1, seconds=1), tick=False):
        assert ApiClient(secret=secret).get("/checkins/").status_code == 401


def test_a_token_records_its_last_use(alice):
    api = ApiClient(alice)
    api.get("/checkins/")
    assert ApiToken.objects.get().last_used_at == timezone.now()


def test_the_browser_session_reads_and_needs_the_csrf_token_to_write(alice):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(alice)
    assert browser.get("/api/v1/checkins/").status_code == 200
    response = browser.post("/api/v1/checkins/", checkin_body(alice), content_type="application/json")
    assert response.status_code == 403


def test_each_token_is_rate_limited_with_429(alice, settings):
    api = ApiClient(alice)
    answers = [api.get("/profile/").status_code for _request in range(121)]
    assert answers[:120] == [200] * 120
    assert answers[120] == 429


def test_the_command_prints_a_working_token_as_its_last_word(alice, capsys):
    call_command("api_token", username="alice", name="watch uploader", read_only=True)
    secret = capsys.readouterr().out.split()[-1]
    assert ApiClient(secret=secret).get("/checkins/").status_code == 200
    assert ApiToken.objects.get().read_only


def test_the_profile_page_makes_a_token_shows_it_once_and_revokes_it(alice, alice_client):
    alice_client.post(reverse("create_api_token"), {"name": "spreadsheet"})
    page = alice_client.get(reverse("profile")).content.decode()
    secret = page.split('value="bt_', 1)[1].split('"', 1)[0]
    assert ApiClient(secret="bt_" + secret).get("/checkins/").status_code == 200
    assert "bt_" + secret not in alice_client.get(reverse("profile")).content.decode()
    alice_client.post(reverse("revoke_api_token", args=[ApiToken.objects.get().pk]))
    assert ApiClient(secret="bt_" + secret).get("/checkins/").status_code == 401


def test_a_token_without_a_name_is_refused_at_its_field(alice_client):
    response = alice_client.post(reverse("create_api_token"), {"name": "", "days": 400})
    page = response.content.decode()
    assert response.status_code == 400
    assert "This field is required." in page and "Enter a number from 1 to 365." in page
    assert not ApiToken.objects.exists()


def test_bob_cannot_revoke_alices_token(alice, bob_client):
    token, _secret = create_token(alice, "alice's")
    assert bob_client.post(reverse("revoke_api_token", args=[token.pk])).status_code == 404
