"""A simulated runner: logs workouts, check-ins and runs and reads its pages until the time is up."""

import datetime
import http.client
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

from tests.load.client import Browser, find_post_form
from tests.load.fields import fill_journal_form

WRITES = {"workout": "log_workout", "checkin": "log_checkin", "run": "log_run"}
READS = {"home": "home", "insights": "insights", "history": "history"}
# A runner mostly reads; each write is a form page fetched, then posted.
WEIGHTS = {"workout": 2, "checkin": 2, "run": 2, "home": 3, "insights": 2, "history": 1}
MAX_ACTIONS_PER_SECOND = 200


@dataclass
class Sample:
    action: str
    status: int | None  # None: no HTTP answer (connection refused, reset, timed out)
    seconds: float
    at: float  # time.monotonic() when the request ended


@dataclass
class Recorder:
    samples: list = field(default_factory=list)
    acknowledged: dict = field(default_factory=lambda: {kind: set() for kind in WRITES})
    rejections: Counter = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, sample):
        with self.lock:
            self.samples.append(sample)

    def acknowledge(self, kind, username, date):
        with self.lock:
            self.acknowledged[kind].add((username, date))

    def reject(self, why):
        with self.lock:
            self.rejections[why] += 1


def timed(recorder, action, browser, method, path, fields=None):
    """Send a request and record it; None when no HTTP answer came back."""
    started = time.perf_counter()
    try:
        response = browser.request(method, path, fields)
    except (OSError, http.client.HTTPException):
        recorder.add(Sample(action, None, time.perf_counter() - started, time.monotonic()))
        return None
    recorder.add(Sample(action, response.status, response.seconds, time.monotonic()))
    return response


def log_in(browser, login_path, username, password):
    page = browser.request("GET", login_path)
    form = find_post_form(page.text, login_path)
    form.fill("username", username)
    form.fill("password", password)
    answer = browser.request("POST", form.action, form.values)
    if answer.status not in {302, 303}:
        raise RuntimeError(f"{username} could not log in: HTTP {answer.status}")


class SimulatedRunner:
    def __init__(self, username, browser: Browser, routes, recorder, rng):
        self.username, self.browser, self.routes = username, browser, routes
        self.recorder, self.rng = recorder, rng
        self.days_back = Counter()  # every write of a kind gets its own date, so each one can be found again
        # A subclass may add actions of its own, with their weights, and dispatch them in read().
        self.weights = {
            action: weight for action, weight in WEIGHTS.items() if (WRITES | READS)[action] in routes
        }

    def run_until(self, deadline):
        actions, weights = list(self.weights), list(self.weights.values())
        try:
            for _ in range(int(MAX_ACTIONS_PER_SECOND * max(deadline - time.monotonic(), 0)) + 1):
                if time.monotonic() >= deadline:
                    break
                action = self.rng.choices(actions, weights)[0]
                if action in WRITES:
                    self.write(action)
                else:
                    self.read(action)
        except Exception as error:  # noqa: BLE001 - reported as a failure of the run, not lost in a thread
            self.recorder.reject(f"{self.username} stopped: {type(error).__name__}: {error}")

    def read(self, action):
        timed(self.recorder, action, self.browser, "GET", self.routes[READS[action]])

    def write(self, kind):
        path = self.routes[WRITES[kind]]
        page = timed(self.recorder, f"{kind} form", self.browser, "GET", path)
        if page is None or page.status != 200:
            return
        date = datetime.date.today() - datetime.timedelta(days=self.days_back[kind])
        self.days_back[kind] += 1
        form = find_post_form(page.text, path)
        fill_journal_form(form, kind, date, self.rng)
        answer = timed(self.recorder, f"{kind} save", self.browser, "POST", form.action, form.values)
        if answer is None:
            return
        if answer.status in {302, 303}:
            self.recorder.acknowledge(kind, self.username, date)
        elif answer.status == 200:
            self.recorder.reject(f"{kind}: {form.errors_hint(answer.text)}")
