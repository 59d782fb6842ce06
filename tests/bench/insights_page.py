"""The insights page for a one-year and a ten-year journal: `python -m tests.bench.insights_page`.

Prints, for each, the time of a first view after logging today's entries (the journal's version changed:
its recent rows read, its past from the cache, the insights computed and the charts drawn), of a first view
after an edit of the journal's past (every row read), and of a repeated view (the insights read from the
cache); the ten-year figures as ratios to the one-year ones; and the bytes a phone downloads for the
page: its HTML, CSS and JS, raw and compressed. On SQLite the times are this process's processor time (the
database works inside it), so a busy machine stretches them less than the wall clock.
"""

import gzip
import time
from pathlib import Path

from tests.bench.throwaway import in_throwaway_database, median_ms

STATIC = Path(__file__).resolve().parents[2] / "static"


def compressed(data):
    """(gzip, brotli or None) sizes: brotli where the package is installed, as the static files use it."""
    try:
        import brotli
    except ImportError:
        return len(gzip.compress(data, 6)), None
    return len(gzip.compress(data, 6)), len(brotli.compress(data, quality=11))


def page_assets(html):
    """The CSS and JS files the page loads from /static/, read from the source folder."""
    import re

    names = re.findall(r'(?:href|src)="/static/([^"]+\.(?:css|js))"', html)
    return [STATIC / name for name in names if (STATIC / name).exists()]


def run():
    from django.db import connection
    from django.test import Client

    from tests.bench.journal import make_runner
    from tracker import journal_version

    clients, users = {}, {}
    for label, days in (("1 year", 365), ("10 years", 3650)):
        user, _size = make_runner(label.replace(" ", "-"), days=days)
        client = Client()
        client.force_login(user)
        clients[label], users[label] = client, user

    def first_view(client, user, past):
        # As after a write: the journal's version changes, and nothing kept under the old one is read. A
        # write of today's entries leaves the journal's past kept (past=False); an edit of an old entry
        # does not, and the whole journal is read again.
        journal_version.changed({user.pk}, past=past)
        client.get("/insights/")

    # On SQLite the database works inside this process too: its processor time is the page's whole cost.
    in_process = connection.vendor == "sqlite"
    clock = time.process_time if in_process else time.perf_counter
    measured = "processor time" if in_process else "wall-clock time"
    print(
        f"GET /insights/, median of 9 (min-max), milliseconds of {measured}; ten years as a ratio to one year"
    )
    kinds = ("first view after logging today", "first view after editing the past", "repeated view")
    figures = {}
    for label, client in clients.items():
        user = users[label]
        figures[label] = (
            median_ms(lambda c=client, u=user: first_view(c, u, past=False), clock=clock),
            median_ms(lambda c=client, u=user: first_view(c, u, past=True), clock=clock),
            median_ms(lambda c=client: c.get("/insights/"), clock=clock),
        )
        shown = "   ".join(
            f"{kind.removeprefix('first view ')} {median:.1f} ({low:.1f}-{high:.1f})"
            for kind, (median, low, high) in zip(kinds, figures[label], strict=True)
        )
        print(f"  {label:<9} {shown}")
    for index, kind in enumerate(kinds):
        ratio = figures["10 years"][index][0] / figures["1 year"][index][0]
        low = figures["10 years"][index][1] / figures["1 year"][index][2]
        high = figures["10 years"][index][2] / figures["1 year"][index][1]
        print(f"  ten years / one year, {kind}: {ratio:.2f}x (spread {low:.2f}-{high:.2f})")

    print("bytes on the wire for the page (raw / gzip / brotli), KB:")
    for label, client in clients.items():
        html = client.get("/insights/").content
        assets = [path.read_bytes() for path in page_assets(html.decode())]
        rows = [("HTML", html), (f"CSS and JS ({len(assets)} files)", b"".join(assets))]
        total_gzip = total_brotli = 0
        for name, data in rows:
            zipped, brotli_size = compressed(data)
            total_gzip += zipped
            total_brotli += brotli_size or zipped
            shown = "-" if brotli_size is None else f"{brotli_size / 1024:.0f}"
            print(f"  {label:<9} {name:<22} {len(data) / 1024:6.0f} / {zipped / 1024:4.0f} / {shown}")
        print(
            f"  {label:<9} {'all':<22} gzip {total_gzip / 1024:.0f} KB, brotli {total_brotli / 1024:.0f} KB"
        )


if __name__ == "__main__":
    in_throwaway_database(run)
