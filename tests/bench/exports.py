"""The journal CSV and the data zip for one, three and ten years: `python -m tests.bench.exports`.

Prints, for each, the time to the first byte and to the last (through Django's test client, so without a
server in between), the peak of Python's memory while the answer is made and read (tracemalloc, measured in a
run of its own, since tracing slows everything), the SQL queries, and the answer's size.
"""

import statistics
import time
import tracemalloc

from tests.bench.throwaway import in_throwaway_database

REPEATS = 5
EXPORTS = (("CSV", "/journal/export.csv"), ("zip", "/my-data/download/"))
SPANS = (("1 year", 365), ("3 years", 1095), ("10 years", 3650))


def chunks(response):
    """The answer's pieces as the server would send them: a streamed one piece by piece, else at once."""
    if response.streaming:
        return response.streaming_content
    return iter([response.content])


def timed_download(client, url):
    """(ms to the first byte, ms to the last, bytes)."""
    started = time.perf_counter()
    pieces = chunks(client.get(url))
    size = len(next(pieces, b""))
    first = time.perf_counter()
    size += sum(len(piece) for piece in pieces)
    return (first - started) * 1000, (time.perf_counter() - started) * 1000, size


def peak_mb(client, url):
    tracemalloc.start()
    try:
        for _piece in chunks(client.get(url)):
            pass
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def query_count(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        for _piece in chunks(client.get(url)):
            pass
    return len(queries)


def _spread(timings):
    return f"{statistics.median(timings):6.1f} ({min(timings):.1f}-{max(timings):.1f})"


def run():
    from django.test import Client

    from tests.bench.journal import make_runner

    print(f"exports, median of {REPEATS} (min-max) ms; peak MB by tracemalloc in a run of its own")
    for label, days in SPANS:
        user, size = make_runner("runner-" + label.replace(" ", "-"), days=days)
        client = Client()
        client.force_login(user)
        print(f"  {label}: {size['workouts']} workouts, {size['checkins']} check-ins, {size['runs']} runs")
        for kind, url in EXPORTS:
            timed_download(client, url)  # warm up
            runs = [timed_download(client, url) for _ in range(REPEATS)]
            first = [figures[0] for figures in runs]
            total = [figures[1] for figures in runs]
            print(
                f"    {kind:<4} first byte {_spread(first)}   all {_spread(total)}"
                f"   peak {peak_mb(client, url):6.2f} MB   {query_count(client, url):3d} queries"
                f"   {runs[0][2] / 1024:6.0f} KB"
            )


if __name__ == "__main__":
    in_throwaway_database(run)
