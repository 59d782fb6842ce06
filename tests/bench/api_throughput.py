"""The API's list endpoint against a bare Django view on one gunicorn: `python -m tests.bench.api_throughput`.

Both answer the demo runner (a year: about 190 runs) through the same middleware and session: the bare view
counts their runs, GET /api/v1/runs/ lists a page of 50 of them with django-ninja. Each is loaded in turn by
four client processes for a few seconds, three rounds, and the ratio of requests a second is printed with its
spread. The client runs on the same machine, so the figures are for comparison, not capacity.
"""

import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.load.client import Browser
from tests.load.runner import log_in
from tests.load.server import PROJECT_ROOT, Gunicorn

CLIENTS = 4
SECONDS = 5
ROUNDS = 5
PATHS = {"bare Django view (one count)": "/bench/bare/", "GET /api/v1/runs/ (a page of 50)": "/api/v1/runs/"}


def hammer(arguments):
    """Requests answered 200 in SECONDS by one client process."""
    port, cookies, path = arguments
    browser = Browser("127.0.0.1", port)
    browser.cookies = dict(cookies)
    answered, deadline = 0, time.monotonic() + SECONDS
    while time.monotonic() < deadline:
        answered += browser.request("GET", path).status == 200
    return answered


def rate(port, cookies, path):
    with multiprocessing.Pool(CLIENTS) as pool:
        return sum(pool.map(hammer, [(port, cookies, path)] * CLIENTS)) / SECONDS


def main():
    with tempfile.TemporaryDirectory(prefix="backtrack-throughput-") as folder:
        environment = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{Path(folder) / 'bench.sqlite3'}",
            "DJANGO_SETTINGS_MODULE": "tests.bench.throughput_settings",
            "DJANGO_API_RATE": "100000000/m",
        }
        for command in (["migrate", "--noinput", "-v", "0"], ["ensure_demo"]):
            subprocess.run(  # noqa: S603 - our own interpreter and manage.py
                [sys.executable, "manage.py", *command], cwd=PROJECT_ROOT, env=environment, check=True,
                capture_output=True,
            )  # fmt: skip
        server = Gunicorn(environment, Path(folder) / "gunicorn.log", workers=2)
        server.start("/library/")
        try:
            browser = Browser("127.0.0.1", server.port)
            log_in(browser, "/accounts/login/", "demo", "backtrack-demo")
            figures = {label: [] for label in PATHS}
            for _round in range(ROUNDS):
                for label, path in PATHS.items():
                    figures[label].append(rate(server.port, browser.cookies, path))
        finally:
            server.stop()
    print(
        f"API throughput, gunicorn 2 sync workers, {CLIENTS} local clients, {ROUNDS} rounds of {SECONDS} s:"
    )
    for label, rates in figures.items():
        print(
            f"  {label:<36} {statistics.median(rates):7.1f} requests/s  ({min(rates):.1f}-{max(rates):.1f})"
        )
    bare, api = figures.values()
    ratios = [one / other for one, other in zip(api, bare, strict=True)]
    rounds = ", ".join(f"{ratio:.2f}" for ratio in ratios)
    print(f"  API / bare view: {statistics.median(ratios):.2f} (rounds: {rounds})")


if __name__ == "__main__":
    main()
