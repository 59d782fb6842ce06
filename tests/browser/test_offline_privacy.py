"""What the phone keeps without a signal, and for how long: the runner's log pages and the public library,
never the journal's own pages, and nothing once the runner has logged out or the next visitor is not them."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.base import make_checkin, make_run, make_workout
from tests.browser.helpers import session_cookie_for
from tests.browser.offline_helpers import (
    OFFLINE_LAPTOP,
    OFFLINE_PHONE,
    cache_names,
    check_in_offline,
    expect_waiting,
    kept_for_offline,
    kept_paths,
)
from tracker.offline import owner_key

pytestmark = pytest.mark.browser

KEPT_PAGES = {
    "/",
    "/checkin/",
    "/workouts/new/",
    "/runs/new/",
    "/offline/",
    "/red-flags/",
    "/manifest.webmanifest",
}


def is_kept_on_purpose(path):
    return path in KEPT_PAGES or path.startswith(("/static/", "/library/"))


def offline_database_exists(page):
    return page.evaluate(
        "async () => (await indexedDB.databases()).some((database) => database.name === 'backtrack-offline')"
    )


def test_the_phone_keeps_the_log_pages_and_the_library_and_never_the_journals_own_pages(open_page, alice):
    entries = {
        "checkin_detail": make_checkin(alice),
        "run_detail": make_run(alice),
        "workout_detail": make_workout(alice),
    }
    page = kept_for_offline(open_page(OFFLINE_LAPTOP, user=alice))
    visited = [reverse("history"), reverse("insights"), reverse("progress"), reverse("api-v1:list_checkins")]
    for url in visited + [reverse(name, args=[entry.pk]) for name, entry in entries.items()]:
        page.goto(url)
    paths = kept_paths(page)
    assert "/checkin/" in paths
    assert [path for path in paths if not is_kept_on_purpose(path)] == []


def test_without_a_signal_a_journal_page_says_it_needs_a_connection(open_page, alice):
    page = kept_for_offline(open_page(OFFLINE_PHONE, user=alice))
    page.context.set_offline(True)
    page.goto(reverse("history"))
    expect(page.get_by_role("heading", level=1)).to_have_text("No connection")


def test_logging_out_forgets_the_waiting_entries_and_every_copy(open_page, alice, allowed_console_errors):
    allowed_console_errors.append("503")
    page = kept_for_offline(open_page(OFFLINE_LAPTOP, user=alice))
    page.context.set_offline(True)
    check_in_offline(page, "4")
    # The signal is back but the server is not: the check-in still waits when the runner logs out.
    page.context.route("**/api/v1/**", lambda route: route.fulfill(status=503, json={"detail": "Down."}))
    page.context.set_offline(False)
    expect_waiting(page, 1)
    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("navigation", name="Main").get_by_role("link", name="Log in")).to_be_visible()
    assert (cache_names(page), offline_database_exists(page)) == ([], False)


def test_a_read_or_write_still_on_its_way_at_logout_never_brings_the_queue_back(open_page, alice):
    # A render or a send's last answer can reach the store just after the logout deleted it.
    page = kept_for_offline(open_page(OFFLINE_LAPTOP, user=alice))
    page.evaluate(
        """async () => {
            const store = window.BacktrackOffline.store;
            const owner = document.body.dataset.offlineOwner;
            const reading = store.entries(owner);
            const forgetting = store.forget();
            await Promise.all([reading, forgetting]);
            await store.notices(owner);
            await store.keep({id: "late", owner: owner, saved: Date.now()});
        }"""
    )
    assert offline_database_exists(page) is False


def test_copies_fetched_while_a_logout_deletes_them_never_come_back(open_page, alice):
    # Another tab logs out while this one's files are being fetched through the worker.
    page = kept_for_offline(open_page(OFFLINE_LAPTOP, user=alice))
    left = page.evaluate(
        """async () => {
            const shell = JSON.parse(document.getElementById("offline-config").textContent).shell;
            const fetching = [];
            for (let round = 0; round < 5; round += 1) {
                for (const url of shell) fetching.push(fetch(url, {cache: "no-store"}).catch(() => null));
                await new Promise((resolve) => setTimeout(resolve, 1));
            }
            const names = await caches.keys();
            await Promise.all(names.map((name) => caches.delete(name)));
            await Promise.all(fetching);
            await new Promise((resolve) => setTimeout(resolve, 300));
            return caches.keys();
        }"""
    )
    assert left == []


def test_a_page_seen_logged_out_forgets_what_the_last_runner_left(open_page, alice, allowed_console_errors):
    allowed_console_errors.extend(["401", "403"])  # the replay on coming back online, without a session
    page = kept_for_offline(open_page(OFFLINE_PHONE, user=alice))
    page.context.set_offline(True)
    check_in_offline(page, "4")
    page.context.clear_cookies()  # the session ended on the server, say, and no logout ran here
    page.context.set_offline(False)
    page.goto(reverse("routines:library"))
    expect(page.locator(f'nav a[href="{reverse("login")}"]')).to_be_attached()
    page.wait_for_function("async () => (await caches.keys()).length === 0")
    assert offline_database_exists(page) is False


def test_another_runner_logging_in_on_the_same_phone_never_sees_the_first_ones_copies(
    open_page, alice, bob, live_server
):
    page = kept_for_offline(open_page(OFFLINE_PHONE, user=alice))
    alices_caches = cache_names(page)
    page.context.clear_cookies()
    page.context.add_cookies([session_cookie_for(bob, live_server.url)])
    kept_for_offline(page)
    page.context.set_offline(True)
    page.goto(reverse("home"))
    expect(page.locator("body")).to_have_attribute("data-offline-owner", owner_key(bob))
    assert alices_caches and not set(alices_caches) & set(cache_names(page))


def test_a_page_loading_while_the_worker_makes_the_runners_cache_never_deletes_it(open_page, alice):
    # The worker opens the runner's cache, then puts its mark in; a file fetched in between looks for the
    # runner's copies and must not take the new cache for an empty leftover.
    page = kept_for_offline(open_page(OFFLINE_LAPTOP, user=alice))
    kept = page.evaluate(
        """async () => {
            const config = JSON.parse(document.getElementById("offline-config").textContent);
            const worker = navigator.serviceWorker.controller;
            const owner = document.body.dataset.offlineOwner;
            const results = [];
            for (let round = 0; round < 6; round += 1) {
                await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
                const reply = new MessageChannel();
                const answered = new Promise((resolve) => { reply.port1.onmessage = resolve; });
                const fetching = [];
                worker.postMessage({type: "remember", owner: owner, shell: config.shell, pages: config.pages,
                                    library: []}, [reply.port2]);
                for (let burst = 0; burst < 20; burst += 1) {
                    for (const url of config.shell) {
                        fetching.push(fetch(url, {cache: "no-store"}).catch(() => null));
                    }
                    await new Promise((resolve) => setTimeout(resolve, 0));
                }
                await answered;
                await Promise.all(fetching);
                results.push((await caches.keys()).includes("backtrack-" + owner));
            }
            return results;
        }"""
    )
    assert all(kept), kept
