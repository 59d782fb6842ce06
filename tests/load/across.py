"""What two app servers must share, seen from outside: one browser whose requests alternate between them.

A runner logs in through one server and goes on through the other (sessions in the database); a write
through one shows at once in GET /api/insights/ through the other (the insights cache is shared and the
journal version changes on every write); failed logins counted by one lock the account on the other
(django-axes keeps attempts in the database); the API's rate count is one count across both.
"""

import datetime
import json
import time

from tests.load.client import Browser, find_post_form
from tests.load.fields import fill_journal_form
from tests.load.runner import READS, SimulatedRunner, log_in, timed

API_INSIGHTS = "/api/insights/"
API_RATE_PATH = "/api/v1/checkins/"
# A probe's run has a distance no other write uses, so the week's total tells whether it was counted.
PROBE_KM = 7.3


class AlternatingBrowser(Browser):
    """One set of cookies (a browser ignores the port), each request to the next server in turn."""

    def __init__(self, host, ports, login_path=None):
        super().__init__(host, ports[0])
        self.ports, self.turn = list(ports), 0
        self.login_path = login_path
        self.logged_in = False
        self.sent_to_login = []  # (method, path, port) of each request answered with the login page

    def request(self, method, path, fields=None, server=None):
        """`server` (an index into ports) pins the request; otherwise it goes to the next server in turn."""
        if server is None:
            server, self.turn = self.turn, (self.turn + 1) % len(self.ports)
        self.port = self.ports[server]
        response = super().request(method, path, fields)
        response.port = self.port
        redirected_to_login = response.status in {302, 303} and self.login_path is not None
        if self.logged_in and redirected_to_login and response.location.startswith(self.login_path):
            self.sent_to_login.append((method, path, self.port))
        return response


def weekly_km_total(response):
    weekly = json.loads(response.body)["mileage"]["weekly"]
    return round(sum(week["km"] or 0 for week in weekly), 1)


class AlternatingRunner(SimulatedRunner):
    """The load's simulated runner, plus an insights probe: read, write a run, read again on each server."""

    PROBE = "insights probe"

    def __init__(self, *arguments, freshness, **keywords):
        super().__init__(*arguments, **keywords)
        self.freshness = freshness  # a shared list of (fresh: bool, written through port, read through port)
        if "log_run" in self.routes:
            self.weights[self.PROBE] = 1

    def read(self, action):
        if action == self.PROBE:
            self.probe_insights()
        else:
            answer = timed(self.recorder, action, self.browser, "GET", self.routes[READS[action]])
            if answer is not None and answer.status != 200:
                self.recorder.reject(f"{action} answered {answer.status} through port {answer.port}")

    def probe_insights(self):
        before = timed(self.recorder, "api insights", self.browser, "GET", API_INSIGHTS)
        if before is None or before.status != 200:
            return
        path = self.routes["log_run"]
        page = timed(self.recorder, "probe run form", self.browser, "GET", path)
        if page is None or page.status != 200:
            return
        # Yesterday: today's date in the runner's own time zone may still be the machine's yesterday.
        date = datetime.date.today() - datetime.timedelta(days=1)
        form = find_post_form(page.text, path)
        fill_journal_form(form, "run", date, self.rng)
        form.fill("distance", f"{PROBE_KM}")
        saved = timed(self.recorder, "probe run save", self.browser, "POST", form.action, form.values)
        if saved is None or saved.status not in {302, 303}:
            self.recorder.reject(f"the probe's run was not saved: {saved.status if saved else 'no answer'}")
            return
        expected = round(weekly_km_total(before) + PROBE_KM, 1)
        for _server in self.browser.ports:  # the next read goes to the other server, then to this one
            after = timed(self.recorder, "api insights", self.browser, "GET", API_INSIGHTS)
            if after is None or after.status != 200:
                return
            fresh = abs(weekly_km_total(after) - expected) < 0.15
            with self.recorder.lock:
                self.freshness.append((fresh, saved.port, after.port))
            if not fresh:
                self.recorder.reject(
                    f"stale insights through port {after.port} after a run saved through port {saved.port}"
                )


def lockout_is_shared(host, ports, login_path, username, password, failure_limit):
    """Failed logins spread over both servers lock the account on both: (passed, what happened)."""
    browser = AlternatingBrowser(host, ports)
    statuses = []
    for attempt in range(failure_limit):
        page = browser.request("GET", login_path, server=attempt % len(ports))
        form = find_post_form(page.text, login_path)
        form.fill("username", username)
        form.fill("password", password + "-wrong")
        statuses.append(browser.request("POST", form.action, form.values, server=attempt % len(ports)).status)
    refused = []
    for server in range(len(ports)):
        page = browser.request("GET", login_path, server=server)
        form = find_post_form(page.text, login_path)
        form.fill("username", username)
        form.fill("password", password)
        refused.append(browser.request("POST", form.action, form.values, server=server).status)
    passed = all(status not in {302, 303} for status in refused) and all(
        status not in {302, 303} for status in statuses
    )
    words = (
        f"lockout: {failure_limit} wrong passwords alternating between the servers answered {statuses}; "
        f"the right one then answered {refused} (a 302 would be a login)"
    )
    return passed, words


def window_end(seconds):
    """The end of the current fixed window, as tracker.counters counts them."""
    return (int(time.time() // seconds) + 1) * seconds


def rate_count_is_shared(host, ports, login_path, username, password, limit, window_s):
    """An API rate of `limit` a window counted once across both servers: (passed, what happened).

    A window can close between the requests (they are fixed windows of `window_s`); then the run is
    made again in the next one, once."""
    for _attempt in range(2):
        browser = AlternatingBrowser(host, ports, login_path)
        log_in(browser, login_path, username, password)
        started_in = window_end(window_s)
        statuses = [browser.request("GET", API_RATE_PATH).status for _ in range(limit + 2)]
        if window_end(window_s) == started_in:
            break
        time.sleep(max(0.0, started_in - time.time()) + 0.1)
    passed = statuses == [200] * limit + [429, 429]
    words = (
        f"API rate {limit} per {window_s} s, {limit + 2} requests alternating between the servers: "
        f"{statuses.count(200)} answered 200, then {statuses[limit:]}"
    )
    return passed, words
