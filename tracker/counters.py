"""Counting requests in fixed windows of time, shared by every app server through the database.

One statement a count: an insert that adds one to the window's row when it exists (an upsert, which SQLite
3.35+ and PostgreSQL both run atomically), returning the new count. The shared cache could hold the counts
too, but Django's database cache needs about a dozen queries for an add and an increment.
"""

import time

from django.db import connection

from tracker.models import WindowCount

# The model's own table (Meta.db_table); the values go in as parameters.
_UPSERT = (
    'INSERT INTO "tracker_windowcount" ("name", "window_end", "count") VALUES (%s, %s, 1) '
    'ON CONFLICT ("name", "window_end") DO UPDATE SET "count" = "tracker_windowcount"."count" + 1 '
    'RETURNING "count"'
)


def window_end(seconds, now=None):
    now = time.time() if now is None else now
    return (int(now // seconds) + 1) * seconds


def count_one(name, seconds):
    """Adds one to `name`'s count in the current window of `seconds`; returns (count, window end)."""
    ends = window_end(seconds)
    with connection.cursor() as cursor:
        cursor.execute(_UPSERT, [name, ends])
        count = cursor.fetchone()[0]
    if count == 1:  # the first of a window: clear the windows that have closed
        WindowCount.objects.filter(window_end__lt=time.time()).delete()
    return count, ends


def current_count(name, seconds):
    found = WindowCount.objects.filter(name=name, window_end=window_end(seconds)).values_list(
        "count", flat=True
    )
    return next(iter(found), 0)
