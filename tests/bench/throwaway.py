"""What every bench shares: a throwaway database and a median timer.

The database is a new SQLite file in a temporary folder, or, when DATABASE_URL names PostgreSQL, Django's
test database on that server (created and dropped here). Nothing is left behind in the working tree.
"""

import os
import statistics
import tempfile
import time
from pathlib import Path

REPEATS = 9


def median_ms(action, repeats=REPEATS, clock=time.perf_counter):
    """(median, fastest, slowest) milliseconds of `action`, after one run to warm up. With
    clock=time.process_time, the processor time of this process: where all the work is done here (a test
    client on SQLite), other work on a busy machine does not stretch it as it does the wall clock."""
    action()  # warm up: imports, caches, the first connection
    timings = []
    for _ in range(repeats):
        started = clock()
        action()
        timings.append((clock() - started) * 1000)
    return statistics.median(timings), min(timings), max(timings)


def in_throwaway_database(bench):
    """Sets Django up on a fresh database, runs `bench()`, and drops the database whatever happens."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    with tempfile.TemporaryDirectory(prefix="backtrack-bench-") as folder:
        import django

        django.setup()
        from django.db import connection
        from django.test.utils import setup_test_environment, teardown_test_environment

        if connection.vendor == "sqlite":
            connection.settings_dict.setdefault("TEST", {})["NAME"] = str(Path(folder) / "bench.sqlite3")
        setup_test_environment()
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            bench()
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
            teardown_test_environment()
