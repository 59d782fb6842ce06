"""Nothing answered to a logged-in runner may be kept by a browser or proxy cache: every private and owned
URL of the project (from the same walk that classifies them) says no-store."""

import pytest
from django.urls import reverse

from tests.test_url_protection import alices_journal, names_of, url_of  # noqa: F401 - a fixture


@pytest.mark.parametrize("name", names_of("private", "owned"))
def test_every_private_answer_forbids_storing_it(alice_client, alices_journal, name):  # noqa: F811
    response = alice_client.get(url_of(name, alices_journal))
    assert "no-store" in response.get("Cache-Control", "")


def test_the_library_seen_by_a_runner_is_not_stored_either(alice_client):
    assert "no-store" in alice_client.get(reverse("routines:library"))["Cache-Control"]


def test_the_public_library_seen_by_a_visitor_may_be_cached(client, db):
    assert "no-store" not in client.get(reverse("routines:library")).get("Cache-Control", "")
