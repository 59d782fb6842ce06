"""A runner's phone without a signal, in Chromium: what the service worker keeps, what waits in IndexedDB."""

import re
import time

from django.urls import reverse
from playwright.sync_api import expect

from tests.browser.helpers import LAPTOP, PHONE
from tracker.models import PainCheckin, Run, Workout

# The browser tests block service workers unless asked (tests/browser/conftest.py); these need them.
OFFLINE_PHONE = {**PHONE, "service_workers": "allow"}
OFFLINE_LAPTOP = {**LAPTOP, "service_workers": "allow"}

# How long the worker may take to keep a first visit's pages and files (some fifty of them).
KEEPING_MS = 30_000
WAITING = re.compile(r"^(\d+) (entry|entries) waiting to send")


def kept_for_offline(page):
    """Open today's page and wait until the worker has kept what a runner needs without a signal."""
    page.goto(reverse("home"))
    page.wait_for_selector("body[data-offline-ready]", state="attached", timeout=KEEPING_MS)
    return page


def status(page):
    return page.locator("#offline-status")


def waiting_count(page):
    """The number the page says is waiting, or 0 when it says none."""
    match = WAITING.match(status(page).inner_text().strip())
    return int(match.group(1)) if match else 0


def expect_waiting(page, count):
    if count:
        expect(status(page)).to_have_text(WAITING)
        expect(status(page)).to_contain_text(
            f"{count} {'entry' if count == 1 else 'entries'} waiting to send"
        )
    else:
        expect(status(page)).not_to_contain_text("waiting to send")


def queued(page):
    """The entries waiting in this browser's IndexedDB queue, as the page's own store reads them."""
    return page.evaluate(
        """async () => {
            const names = (await indexedDB.databases()).map((database) => database.name);
            if (!names.includes("backtrack-offline")) return [];
            return await window.BacktrackOffline.store.entries(document.body.dataset.offlineOwner || "");
        }"""
    )


def cache_names(page):
    return page.evaluate("async () => await caches.keys()")


def kept_paths(page):
    """The paths of everything in the browser's caches."""
    return page.evaluate(
        """async () => {
            const paths = [];
            for (const name of await caches.keys()) {
                const cache = await caches.open(name);
                for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
            }
            return paths;
        }"""
    )


def check_in_offline(page, score):
    page.goto(reverse("log_checkin"))
    page.get_by_role("group", name=re.compile(r"^Back pain")).get_by_text(score, exact=True).click()
    page.get_by_role("button", name="Save check-in").click()
    expect(kept_notice(page)).to_be_visible()


def run_offline(page, distance, time_text):
    page.goto(reverse("log_run"))
    page.get_by_label("Distance (km)").fill(distance)
    page.get_by_label("Time (h:mm:ss)").fill(time_text)
    page.get_by_role("button", name="Save run").click()
    expect(kept_notice(page)).to_be_visible()


def kept_notice(page):
    return page.locator("#offline-notices").get_by_text("Kept on this phone")


def routine_offline(page):
    page.goto(reverse("home"))
    page.get_by_role("button", name=re.compile("Did my routine today")).click()
    # Back on today's page (from its copy), which says what was kept.
    expect(kept_notice(page)).to_contain_text("Core basics on")


def journal_counts(user):
    return (
        PainCheckin.objects.filter(user=user).count(),
        Run.objects.filter(user=user).count(),
        Workout.objects.filter(user=user).count(),
    )


def wait_for_journal(user, expected, seconds=15):
    """The journal's counts once they reach `expected` (or as they are after `seconds`): the browser sends
    on its own, so the test waits for the database rather than for the page."""
    deadline = time.monotonic() + seconds
    while journal_counts(user) != expected and time.monotonic() < deadline:
        time.sleep(0.1)
    return journal_counts(user)
