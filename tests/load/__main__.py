"""Load and fault test: gunicorn on a fresh database, simulated runners here, then the rows counted.

    python -m tests.load [--seconds 30] [--runners 16] [--kill-worker]

DATABASE_URL naming PostgreSQL runs it on a fresh database on that server (created and dropped here);
otherwise on a new SQLite file in a temporary folder. Exits non-zero on any lost write, 5xx, "database is
locked" or other error.
"""

import argparse
import os
import random
import shutil
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.load import database
from tests.load.client import Browser
from tests.load.report import summarise
from tests.load.runner import READS, WRITES, Recorder, SimulatedRunner, log_in
from tests.load.server import Gunicorn

PASSWORD = "load-test-password-7f3k"  # noqa: S105 - accounts of a throwaway database


def parse_arguments(argv):
    parser = argparse.ArgumentParser(prog="python -m tests.load", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30, help="how long the runners keep going (30)")
    parser.add_argument("--runners", type=int, default=16, help="simulated runners at once (16)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2)")
    parser.add_argument("--threads", type=int, default=1, help="threads per worker; 1 = sync workers")
    parser.add_argument("--kill-worker", action="store_true", help="SIGKILL one worker halfway through")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the runners' choices")
    return parser.parse_args(argv)


def server_environment(database_url):
    environment = {name: value for name, value in os.environ.items() if not name.startswith("DJANGO_")}
    environment.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="tracker.settings",
        DJANGO_DEBUG="false",  # as deployed: no debug pages, no query log in memory
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        AXES_FAILURE_LIMIT="1000",
    )
    return environment


def log_everyone_in(port, usernames, login_path):
    browsers = {username: Browser("127.0.0.1", port) for username in usernames}
    if login_path is None:
        raise RuntimeError("the project has no login page yet")
    # Through the real login form, all at once: each costs the server a deliberately slow password hash.
    with ThreadPoolExecutor(max_workers=8) as pool:
        logins = [
            pool.submit(log_in, browser, login_path, name, PASSWORD) for name, browser in browsers.items()
        ]
        for login in logins:
            login.result(timeout=120)
    return browsers


def drive(arguments, server, browsers, routes):
    """Run every simulated runner in its own thread until the time is up; kill a worker halfway if asked."""
    recorder = Recorder()
    started = time.monotonic()
    deadline = started + arguments.seconds
    runners = [
        SimulatedRunner(username, browser, routes, recorder, random.Random(f"{arguments.seed}-{username}"))
        for username, browser in browsers.items()
    ]
    threads = [threading.Thread(target=runner.run_until, args=(deadline,), daemon=True) for runner in runners]
    for thread in threads:
        thread.start()
    kill_time = None
    if arguments.kill_worker:
        time.sleep(arguments.seconds / 2)
        pid = server.kill_one_worker()
        kill_time = time.monotonic()
        print(f"killed gunicorn worker {pid} with SIGKILL at {kill_time - started:.1f} s")
        replaced = server.wait_for_workers(pid, arguments.workers, timeout_s=arguments.seconds)
        print(f"workers {time.monotonic() - kill_time:.1f} s after the kill: {replaced}")
    for thread in threads:
        # A request can take up to its timeout after the deadline; a thread still alive then is abandoned.
        thread.join(timeout=max(deadline - time.monotonic(), 0) + 35)
    return recorder, time.monotonic() - started, kill_time


def main(argv=None):
    arguments = parse_arguments(argv)
    folder = Path(tempfile.mkdtemp(prefix="backtrack-load-"))
    given_url = os.environ.get("DATABASE_URL", "")
    database_url = database.fresh_database_url(given_url, folder)
    on_postgres = database_url.startswith("postgres")
    server = Gunicorn(
        server_environment(database_url), folder / "gunicorn.log", arguments.workers, arguments.threads
    )
    try:
        if on_postgres:
            database.create_postgres_database(database_url)
        database.set_up_django(database_url)
        usernames = database.create_runners(arguments.runners, PASSWORD)
        routes = database.routes_that_exist(["login", "routines:library", *WRITES.values(), *READS.values()])
        database.close_connections()
        print(
            f"database: {'PostgreSQL' if on_postgres else 'SQLite'}, {len(usernames)} runners, gunicorn "
            f"{arguments.workers} workers x {arguments.threads} threads, {arguments.seconds:g} s"
        )
        missing = [name for name in [*WRITES.values(), *READS.values()] if name not in routes]
        if missing:
            print(f"pages not in the project yet, not visited: {', '.join(missing)}")
        server.start(routes["routines:library"])
        browsers = log_everyone_in(server.port, usernames, routes.get("login"))
        recorder, seconds, kill_time = drive(arguments, server, browsers, routes)
        server.stop()
        verdict = summarise(recorder, seconds, database.stored_writes(usernames), server.log(), kill_time)
        print("\n".join(verdict.lines))
        return 0 if verdict.passed else 1
    finally:
        server.stop()
        database.close_connections()
        if on_postgres:
            database.drop_postgres_database(database_url)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
