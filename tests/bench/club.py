"""A club on PostgreSQL: `DATABASE_URL=postgres://... python -m tests.bench.club [--queries]`.

One runner with a three-year journal, on a database of their own (backtrack_club_lone), and the same runner
among 999 more with three years each (backtrack_club, see tests.bench.club_fill), both databases made on
DATABASE_URL's server and dropped here. Rounds alternate between the two, so a machine busy with other work
slows both alike; each round times every page (the median of several views). Prints each page's time alone
and in the club (the median round) and the club's time as a ratio to the lone runner's: the median of the
rounds' ratios and the lowest and highest of them. The goal is within 10% for every page.

A first view is the one after a write (the journal's version changed: the insights computed again): after
logging today (the journal's past read from the shared cache, its recent rows from the database) or after
an edit of its past (every row read); a repeated view reads the insights from the shared cache. With
--queries it also prints the slowest SQL statements of a first view of each page, alone and in the club.
"""

import os
import statistics
import sys
import time

DATABASE_NAME = "backtrack_club"
LONE_DATABASE_NAME = "backtrack_club_lone"
CLUB_SIZE = 1000
ROUNDS = 5
VIEWS_A_ROUND = 5
PAGES = [
    ("home", "home"),
    ("history", "history"),
    ("/insights/", "insights"),
    ("/api/insights/", "api_insights"),
]


# The kinds of view: whether the journal's version changes before it, and its past's too (as after a write
# of today's entries, or of an old one), or neither.
VIEW_KINDS = {"today": (True, False), "past": (True, True), "repeated": (False, False)}


def view_ms(client, path, kind="past"):
    """Milliseconds of one view of a kind (VIEW_KINDS): a first view follows a change of the journal's
    version, as after a write."""
    from tracker import journal_version

    first, past = VIEW_KINDS[kind]
    if first:
        journal_version.changed({client.runner_id}, past=past)
    started = time.perf_counter()
    response = client.get(path)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise RuntimeError(f"{path} answered {response.status_code}")
    return elapsed


def measure_round(client, figures):
    """Adds to figures {(page, kind of view): [median ms of each round]} one round of every page."""
    from django.urls import reverse

    for label, name in PAGES:
        path = reverse(name)
        for kind in VIEW_KINDS:
            view_ms(client, path, kind)  # warm up: another kind of view ran last
            timings = [view_ms(client, path, kind) for _ in range(VIEWS_A_ROUND)]
            figures.setdefault((label, kind), []).append(statistics.median(timings))


def use_database(name):
    """Points Django's connection at another database of the same server (closed first, reopened on use)."""
    from django.db import connection

    connection.close()
    connection.settings_dict["NAME"] = name


def _admin_connection():
    """A connection to the server's maintenance database, from which databases are made and dropped."""
    import psycopg
    from django.db import connection

    settings = connection.settings_dict
    return psycopg.connect(
        host=settings["HOST"], port=settings["PORT"] or None, user=settings["USER"],
        password=settings["PASSWORD"] or None, dbname="postgres", autocommit=True,
    )  # fmt: skip


def copy_database(source, copy):
    """The lone runner's database as it is now, before the club is added: CREATE DATABASE ... TEMPLATE."""
    use_database(source)  # a template must have no connection open
    with _admin_connection() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{source}"')


def drop_database(name):
    with _admin_connection() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def slowest_queries(client, label, count=4):
    """The slowest SQL statements of a first view of each page, to find what a big database slows down."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    print(f"slowest statements of a first view after an edit of the past, {label}:")
    for page, name in PAGES:
        with CaptureQueriesContext(connection) as captured:
            view_ms(client, reverse(name), "past")
        statements = sorted(captured.captured_queries, key=lambda query: -float(query["time"]))
        total = sum(float(query["time"]) for query in statements) * 1000
        print(f"  {page}: {len(statements)} statements, {total:.1f} ms in the database")
        for query in statements[:count]:
            print(f"    {float(query['time']) * 1000:6.1f} ms  {query['sql'][:150]}")


def report(alone, club):
    print(f"per-runner pages, ms: median of {ROUNDS} rounds (each the median of {VIEWS_A_ROUND} views)")
    print(
        f"  {'page':<15} {'view':<9} {'alone':>7} {'club':>7}   club / alone: median (lowest-highest round)"
    )
    worst = 0.0
    for key in alone:
        ratios = [in_club / on_own for in_club, on_own in zip(club[key], alone[key], strict=True)]
        ratio = statistics.median(ratios)
        worst = max(worst, ratio)
        print(
            f"  {key[0]:<15} {key[1]:<9} {statistics.median(alone[key]):7.1f} "
            f"{statistics.median(club[key]):7.1f}   {ratio:.2f}x ({min(ratios):.2f}-{max(ratios):.2f})"
        )
    print(f"  slowest page against its lone time: {worst:.2f}x (goal: 1.10x)")


def run():
    from django.conf import settings
    from django.test import Client

    from tests.bench.club_fill import analyse_tables, copy_journal_to_club, fill_shared_cache, make_members
    from tests.bench.journal import make_runner

    user, size = make_runner("club-runner", days=3 * 365)
    client = Client()
    client.force_login(user)  # the session is copied with the database: the same login works in both
    client.runner_id = user.pk
    analyse_tables()
    print(f"the runner: {size['checkins']} check-ins, {size['workouts']} workouts, {size['runs']} runs")
    measure_round(client, {})  # the runner's entries in the shared cache, copied for the members below
    copy_database(DATABASE_NAME, LONE_DATABASE_NAME)

    use_database(DATABASE_NAME)
    started = time.perf_counter()
    members = make_members(CLUB_SIZE - 1)
    rows = copy_journal_to_club(user.pk, members)
    cache_cap = settings.CACHES["default"].get("OPTIONS", {}).get("MAX_ENTRIES", 20_000)
    cached = fill_shared_cache(members, up_to=cache_cap - 100)
    analyse_tables()
    print(
        f"the club: {CLUB_SIZE} runners, "
        + ", ".join(f"{count:,} rows in {table}" for table, count in rows.items())
        + f", {cached:,} more cache entries; filled in {time.perf_counter() - started:.0f} s"
    )
    alone, club = {}, {}
    for _round in range(ROUNDS):
        use_database(LONE_DATABASE_NAME)
        measure_round(client, alone)
        use_database(DATABASE_NAME)
        measure_round(client, club)
    report(alone, club)
    if "--queries" in sys.argv:
        use_database(LONE_DATABASE_NAME)
        slowest_queries(client, "alone")
        use_database(DATABASE_NAME)
        slowest_queries(client, "in the club")


def main():
    given_url = os.environ.get("DATABASE_URL", "")
    if not given_url.startswith("postgres"):
        print(
            "the club bench needs DATABASE_URL naming a PostgreSQL server (it makes its own database there)"
        )
        return 2
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment, teardown_test_environment

    connection.settings_dict.setdefault("TEST", {})["NAME"] = DATABASE_NAME
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        run()
    finally:
        use_database(DATABASE_NAME)
        drop_database(LONE_DATABASE_NAME)
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()
    return 0


if __name__ == "__main__":
    sys.exit(main())
