"""Each page of a one-year and a ten-year journal against a bare Django view, on one gunicorn:
`python -m tests.bench.pages_throughput`.

The figure is how many times longer a page takes than the bare view (one per-runner count through the same
middleware), from requests a second with four local clients, in rounds; median and the rounds' range. The
insights are computed on the first request after a write and read from the shared cache after that, as on a
real server between a runner's entries. The same figures, ten years against one, show what grows with the
journal.
"""

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.bench.api_throughput import rate
from tests.load.client import Browser
from tests.load.runner import log_in
from tests.load.server import PROJECT_ROOT, Gunicorn

ROUNDS = 3
PATHS = {
    "bare view": "/bench/bare/",
    "home": "/",
    "history": "/history/",
    "/insights/": "/insights/",
    "/api/insights/": "/api/insights/",
    "export CSV": "/journal/export.csv",
    "data zip": "/my-data/download/",
}
JOURNALS = {"1 year": 365, "10 years": 3650}


def seed(environment):
    """The two runners, written by a child interpreter on the bench's database."""
    code = "import django; django.setup()\nfrom tests.bench.journal import make_runner\n" + "".join(
        f"make_runner({name!r}, days={days})\n" for name, days in runner_names().items()
    )
    subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, env=environment, check=True)  # noqa: S603


def runner_names():
    return {label.replace(" ", "-"): days for label, days in JOURNALS.items()}


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    import django

    django.setup()  # only to read the test accounts' password; the bench's database is the server's
    from tests.base import PASSWORD

    with tempfile.TemporaryDirectory(prefix="backtrack-pages-") as folder:
        environment = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{Path(folder) / 'bench.sqlite3'}",
            "DJANGO_SETTINGS_MODULE": "tests.bench.throughput_settings",
        }
        migrate = [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"]
        subprocess.run(migrate, cwd=PROJECT_ROOT, env=environment, check=True, capture_output=True)  # noqa: S603
        seed(environment)
        server = Gunicorn(environment, Path(folder) / "gunicorn.log", workers=2)
        server.start("/library/")
        try:
            figures = {}
            for label, name in zip(JOURNALS, runner_names(), strict=True):
                browser = Browser("127.0.0.1", server.port)
                log_in(browser, "/accounts/login/", name, PASSWORD)
                figures[label] = measure(server.port, browser.cookies)
        finally:
            server.stop()
    report(figures)


def measure(port, cookies):
    rates = {page: [] for page in PATHS}
    for _round in range(ROUNDS):
        for page, path in PATHS.items():
            rates[page].append(rate(port, cookies, path))
    return rates


def report(figures):
    print(f"Pages against a bare view, gunicorn 2 sync workers, 4 local clients, {ROUNDS} rounds (SQLite):")
    print(f"  {'page':<16}" + "".join(f"{label:>26}" for label in JOURNALS))
    for page in list(PATHS)[1:]:
        cells = []
        for label in JOURNALS:
            bare, this = figures[label]["bare view"], figures[label][page]
            times = [one / max(other, 0.01) for one, other in zip(bare, this, strict=True)]
            cells.append(f"{statistics.median(times):6.1f}x ({min(times):.1f}-{max(times):.1f})")
        print(f"  {page:<16}" + "".join(f"{cell:>26}" for cell in cells))
    bare = {label: statistics.median(figures[label]["bare view"]) for label in JOURNALS}
    print("  bare view: " + ", ".join(f"{label} {value:.0f} requests/s" for label, value in bare.items()))


if __name__ == "__main__":
    main()
