from django.contrib.auth.models import User
from django.core import mail
from django.test import Client
from django.urls import reverse

from tests.base import PASSWORD, make_user
from tracker.models import Profile

NEW_PASSWORD = "a quite different passphrase"


def sign_up(client, **changes):
    data = {"username": "dana", "email": "dana@example.org", "password1": PASSWORD, "password2": PASSWORD,
            "time_zone": "UTC"}  # fmt: skip
    return client.post(reverse("signup"), {**data, **changes})


def test_the_sign_up_page_is_public(client, db):
    assert client.get(reverse("signup")).status_code == 200


def test_the_login_page_is_public(client, db):
    assert client.get(reverse("login")).status_code == 200


def test_journal_pages_send_visitors_to_the_login_page(client, db):
    response = client.get(reverse("history"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_sign_up_page_says_the_password_rules_in_one_line(client, db):
    page = client.get(reverse("signup")).content.decode()
    assert "At least 8 characters: not all digits, not a common password" in page
    assert "can’t be entirely numeric" not in page


def test_signing_up_creates_the_runners_profile(client, db):
    sign_up(client)
    assert Profile.objects.filter(user__username="dana").exists()


def test_signing_up_logs_the_runner_in_and_asks_for_units(client, db):
    response = sign_up(client)
    assert response["Location"] == reverse("profile")
    assert client.get(reverse("home")).context["user"].username == "dana"


def test_sign_up_needs_an_email_address_for_password_resets(client, db):
    response = sign_up(client, email="")
    assert "email" in response.context["form"].errors
    assert not User.objects.filter(username="dana").exists()


def test_sign_up_refuses_a_taken_username(client, db):
    make_user("dana")
    response = sign_up(client)
    assert "username" in response.context["form"].errors


def test_a_logged_in_runner_visiting_sign_up_goes_home(alice_client):
    assert alice_client.get(reverse("signup"))["Location"] == reverse("home")


def test_a_runner_logs_in_with_username_and_password(client, alice):
    response = client.post(reverse("login"), {"username": "alice", "password": PASSWORD})
    assert response["Location"] == reverse("home")
    assert client.get(reverse("history")).status_code == 200


def test_logging_out_ends_the_session(alice_client):
    alice_client.post(reverse("logout"))
    assert alice_client.get(reverse("history")).status_code == 302


def test_a_runner_can_change_their_password(alice, alice_client):
    data = {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    response = alice_client.post(reverse("password_change"), data)
    assert response["Location"] == reverse("password_change_done")
    alice.refresh_from_db()
    assert alice.check_password(NEW_PASSWORD)


def test_a_password_reset_emails_a_link(client, alice):
    client.post(reverse("password_reset"), {"email": "alice@example.org"})
    assert len(mail.outbox) == 1
    assert "/accounts/password/reset/" in mail.outbox[0].body


def test_the_reset_link_lets_the_runner_choose_a_new_password(client, alice):
    client.post(reverse("password_reset"), {"email": "alice@example.org"})
    link = next(line for line in mail.outbox[0].body.splitlines() if "/password/reset/" in line)
    form_url = client.get(link.strip())["Location"]
    client.post(form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    alice.refresh_from_db()
    assert alice.check_password(NEW_PASSWORD)


def test_repeated_failed_logins_show_the_lockout_page(alice, settings):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(reverse("login"), {"username": "alice", "password": "wrong"})
    assert "Too many failed log-ins; try again in an hour" in response.content.decode()


def test_sign_up_starts_the_time_zone_at_utc(client, db):
    assert client.get(reverse("signup")).context["form"]["time_zone"].value() == "UTC"


def test_signing_up_saves_the_chosen_time_zone(client, db):
    sign_up(client, time_zone="America/Denver")
    assert Profile.objects.get(user__username="dana").time_zone == "America/Denver"


def test_sign_up_refuses_an_unknown_time_zone(client, db):
    response = sign_up(client, time_zone="Atlantis/Poseidonia")
    assert "Choose your time zone from the list" in response.context["form"].errors["time_zone"][0]
    assert not User.objects.filter(username="dana").exists()


def test_sign_up_offers_no_alias(client, db):
    page = client.get(reverse("signup")).content.decode()
    assert 'value="Europe/London"' in page and 'value="GB-Eire"' not in page
