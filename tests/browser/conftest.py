"""Playwright (sync API) driving Debian's Chromium against pytest-django's live server.

Every page opened through these fixtures fails its test on a console error, an uncaught exception or a
Content-Security-Policy violation, so a page that works only because the browser forgave it does not pass.
"""

import os
from pathlib import Path

import pytest
from django.db import connections
from playwright.sync_api import sync_playwright

from tests.browser.helpers import LAPTOP, PHONE, PROBLEMS, session_cookie_for

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# The policy violation event is not always echoed to the console; report it there so it is always seen.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    const what = `${event.violatedDirective} blocked ${event.blockedURI}`;
    console.error(`Content Security Policy violation: ${what}`);
});
"""
BROWSER_TESTS = Path(__file__).parent


def pytest_collection_modifyitems(items):
    for item in items:
        if BROWSER_TESTS in item.path.parents:
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """Fail the test itself (not its teardown) when a page it opened complained."""
    result = yield
    problems = item.stash.get(PROBLEMS, [])
    if problems:
        raise AssertionError("The browser reported problems:\n  " + "\n  ".join(problems))
    return result


def _keep_serialized_database(start):
    """Run start() and give the database connections Django hands out afterwards the test database's
    serialized copy, which serialized rollback restores after each test.

    Django keeps connections in context-local storage; once Playwright's sync API has started its event loop,
    this thread gets new connection objects, which lack the copy made when the test database was created.
    """
    copies = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    started = start()
    for alias, contents in copies.items():
        connections[alias]._test_serialized_contents = contents
    return started


@pytest.fixture(scope="session")
def browser(django_db_setup):
    # Playwright's sync API runs an event loop in this thread; Django's ORM would refuse to run beside it.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    manager = sync_playwright()
    playwright = _keep_serialized_database(manager.__enter__)
    try:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
    finally:
        manager.__exit__(None, None, None)
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def allowed_console_errors():
    """Append text to expect a console error containing it (a test that visits a 404 on purpose)."""
    return []


@pytest.fixture
def open_page(request, browser, live_server, django_db_serialized_rollback, allowed_console_errors):
    """open_page(device=LAPTOP, user=None): a fresh page at the live server, logged in as user if given.

    Serialized rollback puts the seeded library back after each test, since a live server needs real commits.
    """
    problems = request.node.stash.setdefault(PROBLEMS, [])
    contexts = []

    def watch(message):
        url = message.location.get("url", "?")
        if message.type != "error" or any(text in message.text for text in allowed_console_errors):
            return
        if url.endswith("/favicon.ico"):
            return  # asked for by the browser itself, not by the page
        problems.append(f"console error on {url}: {message.text}")

    def open_(device=LAPTOP, user=None):
        # Service workers only where a test asks for them ({"service_workers": "allow"}): once a runner's
        # page has loaded, the worker goes on fetching the pages it keeps, which would race the database's
        # reset between tests.
        context = browser.new_context(base_url=live_server.url, **{"service_workers": "block", **device})
        contexts.append(context)
        context.add_init_script(REPORT_CSP_VIOLATIONS)
        if user is not None:
            context.add_cookies([session_cookie_for(user, live_server.url)])
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.on("console", watch)
        page.on("pageerror", lambda error: problems.append(f"uncaught exception: {error}"))
        return page

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture
def page(open_page):
    return open_page()


@pytest.fixture
def phone_page(open_page):
    return open_page(PHONE)


@pytest.fixture
def alice_page(open_page, alice):
    return open_page(user=alice)


@pytest.fixture
def alice_phone_page(open_page, alice):
    return open_page(PHONE, user=alice)
