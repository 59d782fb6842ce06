"""Two app servers, one PostgreSQL: `python -m tests.load.two_servers [--seconds 30] [--runners 16]`.

Two gunicorns on two ports share a fresh database (backtrack_load2, created and dropped on the server that
DATABASE_URL names) and nothing else: no Redis unless REDIS_URL is set. Every simulated runner's requests
alternate between them, so each login, form and its post, write and read crosses from one to the other.
Besides the single server's verdict (no error, no lost acknowledged write), it checks what the servers must
share: sessions, a lockout, the insights cache (no stale read after a write), the API's rate count, and a
background import started on one server, run by a separate worker process and read on the other.
"""

import argparse
import os
import random
import secrets
import shutil
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.load import database
from tests.load.__main__ import PASSWORD, server_environment
from tests.load.across import (
    PROBE_KM,
    AlternatingBrowser,
    AlternatingRunner,
    lockout_is_shared,
    rate_count_is_shared,
)
from tests.load.jobs_across import background_import_across_servers
from tests.load.report import summarise
from tests.load.runner import READS, WRITES, Recorder, log_in
from tests.load.server import Gunicorn

DATABASE_NAME = "backtrack_load2"
LOCKOUT_LIMIT = 5
API_RATE_LIMIT = 10
API_RATE_WINDOW = ("h", 3600)  # an hour's window: a short check rarely straddles two


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        prog="python -m tests.load.two_servers", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--seconds", type=float, default=30, help="how long the runners keep going (30)")
    parser.add_argument("--runners", type=int, default=16, help="simulated runners at once (16)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers of each server (2)")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the runners' choices")
    return parser.parse_args(argv)


def shared_environment(database_url):
    """What two servers of one deployment share: the database, the secret key and the settings."""
    environment = server_environment(database_url)
    environment.update(
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),  # one key, as a deployment gives every server
        AXES_FAILURE_LIMIT=str(LOCKOUT_LIMIT),
        DJANGO_API_RATE=f"{API_RATE_LIMIT}/{API_RATE_WINDOW[0]}",
    )
    return environment


def start_both(servers, ready_path):
    with ThreadPoolExecutor(max_workers=len(servers)) as pool:
        for started in [pool.submit(server.start, ready_path) for server in servers]:
            started.result()


def stop_both(servers):
    with ThreadPoolExecutor(max_workers=len(servers)) as pool:
        list(pool.map(lambda server: server.stop(), servers))


def log_everyone_in(ports, usernames, login_path):
    """Through the real login form, its page from one server and the post to the other."""
    browsers = {name: AlternatingBrowser("127.0.0.1", ports, login_path) for name in usernames}
    with ThreadPoolExecutor(max_workers=8) as pool:
        logins = [
            pool.submit(log_in, browser, login_path, name, PASSWORD) for name, browser in browsers.items()
        ]
        for login in logins:
            login.result(timeout=120)
    for browser in browsers.values():
        browser.logged_in = True
    return browsers


def drive(arguments, browsers, routes):
    recorder, freshness = Recorder(), []
    started = time.monotonic()
    deadline = started + arguments.seconds
    runners = [
        AlternatingRunner(
            username,
            browser,
            routes,
            recorder,
            random.Random(f"{arguments.seed}-{username}"),
            freshness=freshness,
        )
        for username, browser in browsers.items()
    ]
    threads = [threading.Thread(target=runner.run_until, args=(deadline,), daemon=True) for runner in runners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=max(deadline - time.monotonic(), 0) + 35)
    return recorder, freshness, time.monotonic() - started


def insights_computed():
    """How many times the insights were computed: an entry in the shared table each (None on Redis)."""
    from django.conf import settings
    from django.db import connection

    if settings.CACHES["default"].get("LOCATION") != "backtrack_cache":
        return None  # Redis (REDIS_URL), or a cache this count cannot read
    with connection.cursor() as cursor:
        cursor.execute(
            'SELECT count(*) FROM "backtrack_cache" WHERE cache_key LIKE %s AND cache_key NOT LIKE %s',
            ["%insights:%", "%:charts%"],
        )
        return cursor.fetchone()[0]


def sharing_lines(browsers, freshness, ports, computed, insights_reads):
    """(passed, lines) for sessions and the insights cache across the servers."""
    logged_out = [event for browser in browsers.values() for event in browser.sent_to_login]
    stale = [check for check in freshness if not check[0]]
    across = sum(1 for _fresh, written, read in freshness if written != read)
    lines = [
        f"sessions: {len(logged_out)} requests sent back to the login page after logging in",
        f"insights probes: {len(freshness) // len(ports)} runs of {PROBE_KM} km (dated yesterday, beside the "
        "runs above), each then read through both servers",
        f"insights after a write: {len(freshness)} reads ({across} through the other server), "
        f"{len(stale)} stale",
    ]
    if computed is not None:
        lines.append(f"insights computed {computed} times for {insights_reads} reads, in the shared cache")
    passed = not logged_out and not stale and across > 0
    if not across:
        lines.append("no write was read back through the other server: the freshness check did not run")
    return passed, lines


def checks_before_load(ports, routes, check_users):
    login_path = routes["login"]
    lockout_user, rate_user = check_users[:2]
    lockout = lockout_is_shared("127.0.0.1", ports, login_path, lockout_user, PASSWORD, LOCKOUT_LIMIT)
    rate = rate_count_is_shared(
        "127.0.0.1", ports, login_path, rate_user, PASSWORD, API_RATE_LIMIT, API_RATE_WINDOW[1]
    )
    return [lockout, rate]


def main(argv=None):
    arguments = parse_arguments(argv)
    given_url = os.environ.get("DATABASE_URL", "")
    if not given_url.startswith("postgres"):
        print(
            "the two-server load test needs DATABASE_URL naming a PostgreSQL server (it makes its database)"
        )
        return 2
    folder = Path(tempfile.mkdtemp(prefix="backtrack-load2-"))
    database_url = database.fresh_database_url(given_url, folder, DATABASE_NAME)
    environment = shared_environment(database_url)
    servers = [Gunicorn(environment, folder / f"gunicorn-{name}.log", arguments.workers) for name in "ab"]
    try:
        database.create_postgres_database(database_url)
        database.set_up_django(database_url)
        usernames = database.create_runners(arguments.runners + 3, PASSWORD)
        runners, check_users = usernames[: arguments.runners], usernames[arguments.runners :]
        routes = database.routes_that_exist(["login", "routines:library", *WRITES.values(), *READS.values()])
        database.close_connections()
        start_both(servers, routes["routines:library"])
        ports = [server.port for server in servers]
        print(
            f"database: PostgreSQL, {len(runners)} runners alternating between two gunicorns (ports "
            f"{ports[0]} and {ports[1]}, {arguments.workers} workers each), {arguments.seconds:g} s"
        )
        # The checks' logins and the runners' cost a slow password hash each: they go on side by side.
        with ThreadPoolExecutor(max_workers=1) as pool:
            checking = pool.submit(checks_before_load, ports, routes, check_users)
            browsers = log_everyone_in(ports, runners, routes["login"])
            checks = checking.result(timeout=120)
        recorder, freshness, seconds = drive(arguments, browsers, routes)
        checks.append(
            background_import_across_servers(ports, routes["login"], check_users[2], PASSWORD, environment)
        )
        stop_both(servers)
        logs = "".join(server.log() for server in servers)
        verdict = summarise(recorder, seconds, database.stored_writes(runners), logs)
        reads = sum(1 for sample in recorder.samples if sample.action in {"api insights", "insights"})
        shared, lines = sharing_lines(browsers, freshness, ports, insights_computed(), reads)
        lines += [words for _passed, words in checks if words]
        passed = verdict.passed and shared and all(check_passed for check_passed, _words in checks)
        print("\n".join(verdict.lines[:-1] + lines))
        print(f"{verdict.lines[-1].split('->')[0]}->  {'PASS' if passed else 'FAIL'} (both servers)")
        return 0 if passed else 1
    finally:
        stop_both(servers)
        database.close_connections()
        database.drop_postgres_database(database_url)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
