# ruff: noqa: S608 - the only names formatted into SQL here are the cache table's, quoted, from settings
"""The database cache the app servers share: a write is one statement, and the table still stays near its
cap however many entries are written (tracker.shared_cache)."""

import datetime

import pytest
import time_machine
from django.conf import settings
from django.core.cache import caches
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from tracker.shared_cache import SharedDatabaseCache

pytestmark = pytest.mark.django_db

MOMENT = datetime.datetime(2026, 3, 16, 12, 0, tzinfo=datetime.UTC)


def table_cache(**options):
    return SharedDatabaseCache(settings.CACHE_TABLE, {"OPTIONS": options})


def rows_in_table():
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(settings.CACHE_TABLE)}")
        return cursor.fetchone()[0]


def test_the_app_uses_it_unless_redis_is_configured():
    assert isinstance(caches["default"], SharedDatabaseCache)


def test_what_is_set_is_read_back_and_a_second_set_replaces_it():
    shared = table_cache()
    shared.set("insights", {"weeks": (1.5, 2.0)}, 60)
    assert shared.get("insights") == {"weeks": (1.5, 2.0)}
    shared.set("insights", [3], None)
    assert shared.get("insights") == [3]
    assert shared.get_many(["insights", "missing"]) == {"insights": [3]}


def test_an_entry_expires_after_its_timeout():
    shared = table_cache()
    with time_machine.travel(MOMENT, tick=False):
        shared.set("token", "a", 60)
    with time_machine.travel(MOMENT + datetime.timedelta(seconds=61), tick=False):
        assert shared.get("token") is None
        assert shared.add("token", "b", 60)  # an expired entry can be added again, as Django's cache allows
        assert shared.get("token") == "b"
        assert not shared.add("token", "c", 60)
        assert shared.touch("token", 120)


def test_a_write_inside_a_transaction_that_rolls_back_leaves_nothing():
    shared = table_cache()
    with pytest.raises(RuntimeError), transaction.atomic():
        shared.set("kept", 1)
        raise RuntimeError
    assert shared.get("kept") is None


def test_writes_do_not_count_the_table_each_time():
    shared = table_cache(CHECK_EVERY=50)
    shared.set("first", 0)  # the process's first write counts it
    with CaptureQueriesContext(connection) as queries:
        for number in range(20):
            shared.set(f"key-{number}", number)
    statements = [query["sql"] for query in queries if settings.CACHE_TABLE in query["sql"]]
    assert len(statements) == 20
    assert not any("COUNT(" in statement.upper() for statement in statements)


def test_the_table_stays_near_its_cap_however_many_entries_are_written():
    shared = table_cache(MAX_ENTRIES=30, CULL_FREQUENCY=3, CHECK_EVERY=5)
    for number in range(400):
        shared.set(f"entry-{number}", "x" * 100)
        assert rows_in_table() <= 30 + 5 + 1
    assert shared.get("entry-399") == "x" * 100
