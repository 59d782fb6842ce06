"""The login lockout counts the runner's real address: behind the configured number of proxies it reads
X-Forwarded-For from the right, and with no proxy configured a forged header changes nothing."""

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.urls import reverse

from tests.base import PASSWORD

PROXY = "10.0.0.2"
ATTACKER, RUNNER = "203.0.113.7", "198.51.100.20"


def log_in(password, remote=PROXY, forwarded=None):
    client = Client()
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    response = client.post(reverse("login"), {"username": "alice", "password": password}, **extra)
    return client, response


def fail_five_times(**where):
    for _ in range(5):
        log_in("not the password", **where)


@pytest.fixture
def one_proxy(settings):
    settings.PROXY_COUNT = 1


def test_behind_one_proxy_an_attacker_does_not_lock_out_the_runner(alice, one_proxy):
    fail_five_times(forwarded=ATTACKER)
    client, _ = log_in(PASSWORD, forwarded=RUNNER)
    assert "_auth_user_id" in client.session


def test_behind_one_proxy_the_attacker_is_locked_out(alice, one_proxy):
    fail_five_times(forwarded=ATTACKER)
    _, response = log_in(PASSWORD, forwarded=ATTACKER)
    assert response.status_code == 429


def test_behind_one_proxy_the_failures_are_recorded_against_the_real_address(alice, one_proxy):
    fail_five_times(forwarded=f"1.2.3.4, {ATTACKER}")
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [ATTACKER]


def test_behind_two_proxies_the_second_entry_from_the_right_is_the_client(alice, settings):
    settings.PROXY_COUNT = 2
    fail_five_times(forwarded=f"6.6.6.6, {ATTACKER}, 192.0.2.1")
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [ATTACKER]


def test_a_port_written_by_the_proxy_is_not_part_of_the_address(alice, one_proxy):
    fail_five_times(forwarded=f"{ATTACKER}:51234")
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [ATTACKER]


def test_without_proxies_a_forged_header_does_not_dodge_the_lockout(alice):
    for number in range(5):
        log_in("not the password", remote=ATTACKER, forwarded=f"192.0.2.{number}")
    _, response = log_in(PASSWORD, remote=ATTACKER, forwarded="192.0.2.99")
    assert response.status_code == 429


def test_a_header_that_is_not_an_address_falls_back_to_the_connection(alice, one_proxy):
    fail_five_times(forwarded="<script>")
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [PROXY]
