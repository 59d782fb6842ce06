"""Time the insights for a three-year journal and print the figures: `python -m tests.bench`.

The journal (about 1,100 pain check-ins, 600 workouts, 700 runs) goes into a throwaway database: a new SQLite
file in a temporary folder, or, when DATABASE_URL names PostgreSQL, Django's test database on that server
(created and dropped here). Nothing is left behind in the working tree.
"""

import os
import platform
import sys

from tests.bench.throwaway import REPEATS, in_throwaway_database, median_ms


def count_queries(action):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        action()
    return len(queries)


def main():
    in_throwaway_database(run_bench)


def run_bench():
    import numpy as np
    from django.db import connection
    from django.test import Client

    from tests.bench.journal import add_stray_check_in, make_runner
    from tests.factories_insights import lapse_climber
    from tracker.insights import analyse
    from tracker.series import journal_for

    years, size = make_runner("three-years", days=3 * 365)
    month, _ = make_runner("one-month", days=30)
    lapsing, _ = make_runner("in-a-lapse", days=3 * 365, days_since_session=15)
    stray, _ = make_runner("stray-1900", days=3 * 365)
    add_stray_check_in(stray)
    journal = journal_for(years)
    series = journal.series
    decade = lapse_climber(seed=10, days=3650, lapse_count=30, sessions_a_week=4.9, missing_share=0.0)
    shifts = analyse(series).slack_off
    client = Client()
    client.force_login(years)
    small = Client()
    small.force_login(month)
    lapsing_client = Client()
    lapsing_client.force_login(lapsing)
    stray_client = Client()
    stray_client.force_login(stray)
    report_url = share_three_years(years)

    print(f"Backtrack insights bench on {connection.vendor} ({connection.settings_dict['NAME']})")
    print(
        f"machine: {platform.platform()}, {os.cpu_count()} CPUs, {platform.processor() or platform.machine()}"
    )
    print(f"Python {sys.version.split()[0]}, numpy {np.__version__}")
    print(
        f"journal: {series.days} days, {size['checkins']} pain check-ins, {size['workouts']} workouts, "
        f"{size['runs']} runs; {shifts.lapses_compared} lapses compared with their shifted copies"
    )
    print(f"median of {REPEATS} runs (min-max), milliseconds:")
    rows = [
        ("engine alone (tracker.insights.analyse)", lambda: analyse(series), None),
        ("engine alone, ten years (3,650 days)", lambda: analyse(decade), None),
        ("series queries (tracker.series.journal_for)", lambda: journal_for(years), None),
        (
            "GET /api/insights/",
            lambda: client.get("/api/insights/"),
            small_and_large(small, client, "/api/insights/"),
        ),
        (
            "GET /api/insights/, the same with a row dated 1900",
            lambda: stray_client.get("/api/insights/"),
            None,
        ),
        ("GET /insights/", lambda: client.get("/insights/"), small_and_large(small, client, "/insights/")),
        ("GET / (home, not in a lapse)", lambda: client.get("/"), None),
        ("GET a shared report, three years", lambda: Client().get(report_url), None),
        ("GET its PDF (budget: 1 s)", lambda: Client().get(report_url + "report.pdf"), None),
        ("GET / (home, 15 days into a lapse: warning)", lambda: lapsing_client.get("/"), None),
    ]
    for label, action, queries in rows:
        median, fastest, slowest = median_ms(action)
        counted = queries or f"{count_queries(action)} queries"
        print(f"  {label:<46} {median:7.1f}  ({fastest:.1f}-{slowest:.1f})  {counted}")
    verdict = client.get("/api/insights/").json()["slack_off"]
    print(
        f"bench runner's verdict: {verdict['verdict']} (p = {verdict['p_value']}, lag {verdict['lag_days']})"
    )


def share_three_years(user):
    """A share of the whole three years, notes included, with a weekly activity rating: its report URL."""
    import datetime

    from tracker.psfs import save_activities, save_assessment
    from tracker.shares import create_share

    today = user.profile.today()
    start = today - datetime.timedelta(days=3 * 365 - 1)
    activities = save_activities(user, ["Running downhill", "Sitting at work", "Tying my shoes"])
    for week in range(156):
        save_assessment(
            user, start + datetime.timedelta(weeks=week), dict.fromkeys(activities, 3 + week // 30)
        )
    _share, token = create_share(user, start, today, days=14, include_notes=True)
    return f"/shared/{token}/"


def small_and_large(small, large, url):
    month, years = count_queries(lambda: small.get(url)), count_queries(lambda: large.get(url))
    return f"{month} queries for 1 month, {years} for 3 years"


if __name__ == "__main__":
    main()
