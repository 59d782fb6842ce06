"""The insights read a journal with a fixed number of queries: a month and three years cost the same."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.base import make_exercise, make_user
from tests.factories_insights import ending_on, lapse_climber, write_journal
from tracker.models import Profile


def runner_with(username, days, lapse_count):
    user = make_user(username)
    today = Profile.objects.get(user=user).today()
    series = lapse_climber(seed=2, days=days, lapse_count=lapse_count)
    exercises = [make_exercise(f"{username}-plank"), make_exercise(f"{username}-bridge")]
    write_journal(user, ending_on(series, today), exercises, irritated_times=3)
    return user


def queries_for(client, user, url):
    client.force_login(user)
    client.get(url)  # the first request may warm caches (content types, session)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_api_costs_the_same_queries_for_a_month_and_three_years(client, db):
    month = runner_with("month", days=30, lapse_count=0)
    years = runner_with("years", days=3 * 365, lapse_count=10)
    assert queries_for(client, month, "/api/insights/") == queries_for(client, years, "/api/insights/")


def test_the_page_costs_the_same_queries_for_a_month_and_three_years(client, db):
    month = runner_with("month", days=30, lapse_count=0)
    years = runner_with("years", days=3 * 365, lapse_count=10)
    assert queries_for(client, month, "/insights/") == queries_for(client, years, "/insights/")


def test_the_api_reads_the_journal_in_a_handful_of_queries(client, db):
    years = runner_with("years", days=3 * 365, lapse_count=10)
    assert queries_for(client, years, "/api/insights/") <= 9
