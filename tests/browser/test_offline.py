"""Logging on the trail without a signal, in Chromium with the service worker: entries kept on the phone, the
pages that still open, and each entry stored exactly once when the signal comes back."""

import pytest
from django.urls import reverse

from tests.browser.offline_helpers import (
    OFFLINE_PHONE,
    check_in_offline,
    expect_waiting,
    kept_for_offline,
    queued,
    routine_offline,
    run_offline,
    wait_for_journal,
)
from tests.journal_factories import make_core_basics

pytestmark = pytest.mark.browser


@pytest.fixture
def runner(alice):
    alice.profile.usual_routine = make_core_basics()
    alice.profile.save()
    return alice


def test_three_entries_logged_offline_wait_through_a_reload_and_are_stored_once_back_online(
    open_page, runner
):
    page = kept_for_offline(open_page(OFFLINE_PHONE, user=runner))
    page.context.set_offline(True)
    check_in_offline(page, "4")
    run_offline(page, "12.5", "1:05:00")
    routine_offline(page)
    page.reload()
    expect_waiting(page, 3)
    page.context.set_offline(False)
    assert wait_for_journal(runner, (1, 1, 1)) == (1, 1, 1)
    expect_waiting(page, 0)
    assert queued(page) == []


def three_entries_offline(page):
    page.context.set_offline(True)
    check_in_offline(page, "4")
    run_offline(page, "12.5", "1:05:00")
    routine_offline(page)
    expect_waiting(page, 3)


def test_a_page_closed_while_sending_loses_nothing_and_stores_nothing_twice(open_page, runner):
    page = kept_for_offline(open_page(OFFLINE_PHONE, user=runner))
    three_entries_offline(page)
    answers_lost = []

    def stored_but_never_answered(route):
        # The server stores the first entry, and the page closes before the answer arrives.
        answers_lost.append(route.fetch())

    page.context.route("**/api/v1/**", stored_but_never_answered)
    page.context.set_offline(False)
    while not answers_lost:
        page.wait_for_timeout(50)
    page.close()
    assert wait_for_journal(runner, (1, 0, 0)) == (1, 0, 0)
    page.context.unroute("**/api/v1/**")
    reopened = page.context.new_page()
    reopened.goto(reverse("home"))
    assert wait_for_journal(runner, (1, 1, 1)) == (1, 1, 1)
    expect_waiting(reopened, 0)


# Browsers without Web Locks take turns through a claim in IndexedDB (offline_send.js).
WITHOUT_WEB_LOCKS = "Object.defineProperty(Navigator.prototype, 'locks', {get: () => undefined});"


@pytest.mark.parametrize("web_locks", [True, False], ids=["web-lock", "indexeddb-claim"])
def test_two_tabs_back_online_together_send_each_entry_once(open_page, runner, web_locks):
    page = open_page(OFFLINE_PHONE, user=runner)
    if not web_locks:
        page.context.add_init_script(WITHOUT_WEB_LOCKS)
    first = kept_for_offline(page)
    three_entries_offline(first)
    second = first.context.new_page()
    second.goto(reverse("log_checkin"))
    expect_waiting(second, 3)
    sent = []
    first.context.on(
        "request", lambda request: sent.append(request.url) if request.method == "POST" else None
    )
    first.context.set_offline(False)
    assert wait_for_journal(runner, (1, 1, 1)) == (1, 1, 1)
    expect_waiting(first, 0)
    expect_waiting(second, 0)
    assert len(sent) == 3
