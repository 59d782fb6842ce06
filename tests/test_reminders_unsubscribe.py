"""Every reminder's one-click unsubscribe: a signed link that needs no login, asks before it changes
anything, works for the mail program's own POST (RFC 8058), and reaches nobody but its runner."""

from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django.conf import settings
from django.core import signing
from django.test import Client

from tests.reminder_factories import remind, send_at, utc
from tracker.models import ReminderSettings
from tracker.reminders.links import UNSUBSCRIBE_SALT, unsubscribe_token

EIGHT_UTC = utc(2026, 6, 3, 8)
ONE_CLICK = {"List-Unsubscribe": "One-Click"}


@pytest.fixture
def email(alice):
    remind(alice, hour=8)
    (message,) = send_at(EIGHT_UTC)
    return message


def link_of(message):
    """The unsubscribe link of the List-Unsubscribe header, as a path on this site."""
    address = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert address.startswith(settings.SITE_URL)
    return address.removeprefix(settings.SITE_URL)


def with_token(token):
    return "/reminders/unsubscribe/?" + urlencode({"token": token})


def one_click(path):
    """What a mail program does (RFC 8058): a POST with no cookie and no CSRF token."""
    return Client(enforce_csrf_checks=True).post(path, ONE_CLICK)


def reminders_on(user):
    return ReminderSettings.objects.get(user=user).enabled


def test_every_email_asks_mail_programs_for_a_one_click_unsubscribe(email):
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert email.extra_headers["List-Unsubscribe"].strip("<>") in email.body


def test_the_mail_programs_one_click_post_turns_reminders_off(alice, email):
    assert one_click(link_of(email)).status_code == 200
    assert not reminders_on(alice)


def test_after_unsubscribing_the_next_day_brings_no_email(alice, email):
    one_click(link_of(email))
    assert send_at(utc(2026, 6, 4, 8)) == []


def test_opening_the_link_asks_first_and_changes_nothing(alice, email):
    page = Client().get(link_of(email))
    assert "Stop reminder emails?" in page.text and 'type="submit"' in page.text
    assert reminders_on(alice)


def test_the_confirm_pages_button_turns_reminders_off_without_a_login(alice, email):
    response = Client(enforce_csrf_checks=True).post(link_of(email))
    assert "Reminders are off" in response.text
    assert not reminders_on(alice)


def test_the_pages_form_posts_back_to_the_same_link(email):
    path = link_of(email)
    assert f'action="{path.replace("&", "&amp;")}"' in Client().get(path).text


def test_using_the_link_twice_is_harmless(alice, email):
    one_click(link_of(email))
    assert one_click(link_of(email)).status_code == 200
    assert not reminders_on(alice)


def test_alices_link_leaves_bobs_reminders_on_even_when_bob_opens_it(alice, bob, email):
    remind(bob, hour=8)
    client = Client()
    client.force_login(bob)
    client.post(link_of(email), ONE_CLICK)
    assert (reminders_on(alice), reminders_on(bob)) == (False, True)


def tampered(token):
    value, signature = token.rsplit(":", 1)
    return f"{value}:{signature[:-1]}{'A' if signature[-1] != 'A' else 'B'}"


def bobs_id_under_alices_signature(alice_token, bob):
    """Alice's signature, with the signed value swapped for bob's id."""
    _value, signature = alice_token.rsplit(":", 1)
    return f"{signing.dumps(bob.pk, salt=UNSUBSCRIBE_SALT).rsplit(':', 1)[0]}:{signature}"


@pytest.mark.parametrize(
    "bad_token",
    [
        pytest.param(lambda alice, bob: tampered(unsubscribe_token(alice)), id="a-changed-signature"),
        pytest.param(
            lambda alice, bob: bobs_id_under_alices_signature(unsubscribe_token(alice), bob),
            id="another-runners-id-with-alices-signature",
        ),
        pytest.param(lambda alice, bob: signing.dumps(bob.pk), id="signed-for-something-else"),
        pytest.param(lambda alice, bob: unsubscribe_token(alice)[:12], id="cut-short"),
        pytest.param(lambda alice, bob: "", id="missing"),
    ],
)
def test_a_bad_link_is_a_clear_page_and_changes_nothing(alice, bob, bad_token):
    remind(alice, hour=8)
    remind(bob, hour=8)
    response = one_click(with_token(bad_token(alice, bob)))
    assert response.status_code == 400 and "This link does not work" in response.text
    assert (reminders_on(alice), reminders_on(bob)) == (True, True)


def test_the_link_of_a_deleted_account_is_a_clear_page(alice, email):
    path = link_of(email)
    alice.delete()
    assert Client().get(path).status_code == 400


def test_the_token_is_in_the_query_string_which_the_access_log_leaves_out(email):
    parts = urlsplit(link_of(email))
    assert (parts.path, list(parse_qs(parts.query))) == ("/reminders/unsubscribe/", ["token"])
