"""The headers every page sends, and django-axes's lockout of repeated failed logins."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.core.cache import caches
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.base import PASSWORD, fail_to_log_in, log_in

ATTACKER_ADDRESS = "203.0.113.7"
OTHER_ADDRESS = "198.51.100.20"


def content_security_policy(response):
    """The header as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def script_sources(policy):
    return policy.get("script-src", policy["default-src"])


@pytest.fixture
def library_page(client, db):
    return client.get(reverse("routines:library"))


def test_pages_allow_only_their_own_origin_by_default(library_page):
    assert content_security_policy(library_page)["default-src"] == ["'self'"]


def test_pages_allow_no_inline_or_evaluated_script(library_page):
    sources = script_sources(content_security_policy(library_page))
    assert "'unsafe-inline'" not in sources
    assert "'unsafe-eval'" not in sources


def test_pages_refuse_to_be_framed(library_page):
    assert content_security_policy(library_page)["frame-ancestors"] == ["'none'"]
    assert library_page["X-Frame-Options"] == "DENY"


def test_the_login_page_sends_the_same_policy(client, db):
    response = client.get(reverse("login"))
    assert content_security_policy(response)["frame-ancestors"] == ["'none'"]


def test_a_runners_private_home_sends_the_same_policy(alice_client):
    response = alice_client.get(reverse("home"))
    assert "'unsafe-inline'" not in script_sources(content_security_policy(response))


def is_logged_in(client):
    return "_auth_user_id" in client.session


def test_four_failures_still_let_the_right_password_in(alice):
    fail_to_log_in("alice", ATTACKER_ADDRESS, 4)
    client, _ = log_in("alice", PASSWORD, ATTACKER_ADDRESS)
    assert is_logged_in(client)


def test_five_failures_lock_out_that_username_from_that_address(alice):
    fail_to_log_in("alice", ATTACKER_ADDRESS, 5)
    client, response = log_in("alice", PASSWORD, ATTACKER_ADDRESS)
    assert response.status_code == 429
    assert not is_logged_in(client)


def test_the_locked_username_still_logs_in_from_another_address(alice):
    fail_to_log_in("alice", ATTACKER_ADDRESS, 5)
    client, _ = log_in("alice", PASSWORD, OTHER_ADDRESS)
    assert is_logged_in(client)


def test_another_username_still_logs_in_from_the_locked_address(alice, bob):
    fail_to_log_in("alice", ATTACKER_ADDRESS, 5)
    client, _ = log_in("bob", PASSWORD, ATTACKER_ADDRESS)
    assert is_logged_in(client)


def test_the_failures_are_counted_in_the_database_that_every_app_server_shares(alice):
    fail_to_log_in("alice", ATTACKER_ADDRESS, 5)
    attempt = AccessAttempt.objects.get(username="alice", ip_address=ATTACKER_ADDRESS)
    assert attempt.failures_since_start == 5


def test_the_lockout_holds_with_empty_caches_and_a_new_session(alice):
    fail_to_log_in("alice", ATTACKER_ADDRESS, 5)
    for cache in caches.all():
        cache.clear()
    client, response = log_in("alice", PASSWORD, ATTACKER_ADDRESS, client=Client())
    assert response.status_code == 429


def test_the_lockout_lifts_after_an_hour(alice):
    fail_to_log_in("alice", ATTACKER_ADDRESS, 5)
    an_hour_ago = timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(minutes=1)
    AccessAttempt.objects.update(attempt_time=an_hour_ago)
    client, _ = log_in("alice", PASSWORD, ATTACKER_ADDRESS)
    assert is_logged_in(client)
