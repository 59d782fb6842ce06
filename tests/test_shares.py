"""A runner makes a read-only link for their physiotherapist, sees when it was opened, and revokes it; an
expired, revoked or wrong link is the same 404, and guessing is cut short."""

import datetime
import hashlib
import io
import json
import logging
import zipfile
from types import SimpleNamespace

import time_machine
from django.urls import reverse
from django.utils import timezone

from tests.base import make_checkin, runner_today
from tracker.log_filters import HideShareTokens
from tracker.models import ShareLink
from tracker.shares import MAX_MISSES, create_share

JSON = {"HTTP_ACCEPT": "application/json"}


def share_for(user, days=14, **extra):
    today = runner_today(user)
    return create_share(user, today - datetime.timedelta(days=27), today, days, **extra)


def test_creating_a_link_answers_201_with_its_id_url_and_expiry(alice, alice_client):
    response = alice_client.post(reverse("shares"), {"days": 14}, **JSON)
    body = response.json()
    assert response.status_code == 201
    assert set(body) == {"id", "url", "expires"}
    assert body["url"].startswith("http://testserver/shared/")


def test_the_link_expires_after_the_days_chosen_and_covers_a_year_by_default(alice, alice_client):
    body = alice_client.post(reverse("shares"), {"days": 30}, **JSON).json()
    share = ShareLink.objects.get(pk=body["id"])
    assert share.expires_at - timezone.now() == datetime.timedelta(days=30)
    assert (share.end - share.start).days == 363 and share.end == runner_today(alice)


def test_only_a_hash_of_the_token_is_stored_and_the_token_carries_at_least_128_bits(alice, alice_client):
    body = alice_client.post(reverse("shares"), {"days": 14}, **JSON).json()
    token = body["url"].rstrip("/").rsplit("/", 1)[1]
    share = ShareLink.objects.get(pk=body["id"])
    assert share.token_sha256 == hashlib.sha256(token.encode()).hexdigest()
    assert token not in json.dumps(list(ShareLink.objects.values()), default=str)
    assert len(token) * 6 >= 128


def test_a_link_is_shown_once_after_it_is_made(alice_client):
    response = alice_client.post(reverse("shares"), {"days": 14}, follow=True)
    assert "Your new link" in response.content.decode()
    assert "Your new link" not in alice_client.get(reverse("shares")).content.decode()


def test_expiry_outside_1_to_90_days_is_refused_at_its_field_and_nothing_is_made(alice_client):
    response = alice_client.post(reverse("shares"), {"days": 91, "start": "2026-01-01"})
    assert response.status_code == 400
    assert "Enter a number from 1 to 90." in response.content.decode()
    assert 'value="2026-01-01"' in response.content.decode()
    assert not ShareLink.objects.exists()


def test_a_period_ending_before_it_starts_is_refused_in_json_with_the_field_named(alice_client):
    response = alice_client.post(
        reverse("shares"), {"days": 7, "start": "2026-03-01", "end": "2026-02-01"}, **JSON
    )
    assert response.status_code == 400
    assert "start" in response.json()["errors"]


def test_the_report_opens_without_a_login_and_counts_the_visit(alice, client):
    share, token = share_for(alice)
    response = client.get(reverse("shared_report", args=[token]))
    share.refresh_from_db()
    assert response.status_code == 200
    assert (share.times_opened, share.last_opened_at) == (1, timezone.now())


def test_the_share_page_lists_live_links_with_when_they_were_last_opened(alice, alice_client, client):
    _share, token = share_for(alice)
    client.get(reverse("shared_report", args=[token]))
    client.get(reverse("shared_report", args=[token]))
    assert "Opened 2 times, last on" in alice_client.get(reverse("shares")).content.decode()


def test_expired_revoked_and_wrong_links_are_the_same_404(alice, alice_client, client):
    expired, expired_token = share_for(alice, days=1)
    revoked, revoked_token = share_for(alice)
    alice_client.post(reverse("revoke_share", args=[revoked.pk]))
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1, seconds=1), tick=False):
        answers = [
            client.get(reverse("shared_report", args=[token]))
            for token in (expired_token, revoked_token, "x" * len(expired_token))
        ]
    assert {answer.status_code for answer in answers} == {404}
    assert len({answer.content for answer in answers}) == 1


def test_share_answers_are_not_stored_not_indexed_and_send_no_referrer(alice, client):
    _share, token = share_for(alice)
    for response in (client.get(reverse("shared_report", args=[token])), client.get("/shared/wrong/")):
        assert "no-store" in response["Cache-Control"]
        assert response["Referrer-Policy"] == "no-referrer"
        assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_the_report_page_carries_no_script(alice, client):
    _share, token = share_for(alice)
    assert b"<script" not in client.get(reverse("shared_report", args=[token])).content


def test_guessing_is_answered_429_after_too_many_misses_even_for_a_good_link(alice, client):
    _share, token = share_for(alice)
    for guess in range(MAX_MISSES):
        client.get(reverse("shared_report", args=[f"guess-{guess}"]))
    assert client.get(reverse("shared_report", args=[token])).status_code == 429


def test_a_runners_own_visits_do_not_count_against_the_guessing_limit(alice, client):
    _share, token = share_for(alice)
    for _visit in range(MAX_MISSES + 5):
        client.get(reverse("shared_report", args=[token]))
    assert client.get(reverse("shared_report", args=[token])).status_code == 200


def test_bob_cannot_revoke_alices_link(alice, bob_client):
    share, _token = share_for(alice)
    assert bob_client.post(reverse("revoke_share", args=[share.pk])).status_code == 404
    share.refresh_from_db()
    assert share.revoked_at is None


def console_output(client, url):
    """What the console log handler printed while the client fetched the URL."""
    console = next(handler for handler in logging.getLogger().handlers if handler.filters)
    stream = io.StringIO()
    previous = console.setStream(stream)
    try:
        client.get(url)
    finally:
        console.setStream(previous)
    return stream.getvalue()


def test_the_console_log_hides_the_token_of_a_link_that_does_not_open(alice, client):
    _share, token = share_for(alice)
    printed = console_output(client, reverse("shared_report", args=[token[:-1]]))
    assert "Not Found: /shared/[token hidden]/" in printed
    assert token[:-1] not in printed


def test_a_log_line_about_an_opened_share_names_its_id():
    record = logging.LogRecord(
        "django.request", logging.ERROR, __file__, 1, "Error: %s", ("/shared/abc/",), None
    )
    record.request = SimpleNamespace(META={"backtrack.share_id": 7})
    HideShareTokens().filter(record)
    assert record.getMessage() == "Error: /shared/[share 7]/"


def test_deleting_the_account_removes_its_links(alice, alice_client):
    share_for(alice)
    alice_client.post(reverse("delete_account"), {"password": "correct horse battery staple"})
    assert not ShareLink.objects.exists()


def test_download_my_data_lists_the_links_but_never_a_token(alice, alice_client):
    share, token = share_for(alice, include_notes=True)
    archive = zipfile.ZipFile(io.BytesIO(alice_client.get(reverse("download_my_data")).getvalue()))
    listed = json.loads(archive.read("shares.json"))
    assert [(item["id"], item["include_notes"]) for item in listed] == [(share.pk, True)]
    assert token not in archive.read("shares.json").decode()


def test_notes_stay_out_of_the_report_unless_the_runner_includes_them(alice, client):
    make_checkin(alice, notes="Sore after the Dipsea descent")
    _plain, plain_token = share_for(alice)
    _noted, noted_token = share_for(alice, include_notes=True)
    assert b"Dipsea" not in client.get(reverse("shared_report", args=[plain_token])).content
    assert b"Dipsea" in client.get(reverse("shared_report", args=[noted_token])).content
