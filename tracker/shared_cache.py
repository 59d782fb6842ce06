# ruff: noqa: S608 - the only names formatted into SQL here are the cache table's, quoted, from settings
"""The database cache that several app servers share (settings.CACHES without REDIS_URL).

Django's DatabaseCache counts every row of its table before each write, to keep it under MAX_ENTRIES, then
looks the key up and inserts or updates it. Once a club fills the table (20,000 entries), the count alone
took 3-5 ms on PostgreSQL, several times on a page that stores its insights after a write: a runner's first
view of /insights/ cost 1.26 times what it did on a database of their own. Here a write is one statement
(an upsert), and the table is counted on the first write of a process and then one write in CHECK_EVERY:
between two counts it may pass MAX_ENTRIES by that many entries per process, and is then culled as Django
culls it (the expired entries, then a CULL_FREQUENCY-th of the rest).

`add` and `touch` keep Django's own way: they are rare here (a lost journal version drawn again).
"""

import base64
import datetime
import itertools
import pickle

from django.conf import settings
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.db import DatabaseCache
from django.db import DatabaseError, connections, router, transaction
from django.utils import timezone

UPSERT_VENDORS = {"postgresql", "sqlite"}


class SharedDatabaseCache(DatabaseCache):
    def __init__(self, table, params):
        super().__init__(table, params)
        self._check_every = max(int(params.get("OPTIONS", {}).get("CHECK_EVERY", 100)), 1)
        self._writes = itertools.count()  # next() is atomic under the GIL, so threads share it safely

    def _base_set(self, mode, key, value, timeout=DEFAULT_TIMEOUT):
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        if mode != "set" or connection.vendor not in UPSERT_VENDORS:
            return super()._base_set(mode, key, value, timeout)
        if next(self._writes) % self._check_every == 0:
            self._cull_when_full(db, connection)
        quote = connection.ops.quote_name
        table, key_column, value_column, expires_column = map(
            quote, (self._table, "cache_key", "value", "expires")
        )
        upsert = (
            f"INSERT INTO {table} ({key_column}, {value_column}, {expires_column}) VALUES (%s, %s, %s) "
            f"ON CONFLICT ({key_column}) DO UPDATE SET {value_column} = EXCLUDED.{value_column}, "
            f"{expires_column} = EXCLUDED.{expires_column}"
        )
        # Stored as Django's DatabaseCache stores it, so its get() reads it back.
        encoded = base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1")
        expires = connection.ops.adapt_datetimefield_value(self._expiry(timeout))
        try:
            # A savepoint inside a caller's transaction: a failed write must not break the caller's.
            with transaction.atomic(using=db), connection.cursor() as cursor:
                cursor.execute(upsert, [key, encoded, expires])
        except DatabaseError:
            return False  # as Django's: a cache write that fails is a miss later, not an error now
        return True

    def _expiry(self, timeout):
        timeout = self.get_backend_timeout(timeout)
        if timeout is None:
            return datetime.datetime.max.replace(microsecond=0)
        zone = datetime.UTC if settings.USE_TZ else None
        return datetime.datetime.fromtimestamp(timeout, tz=zone).replace(microsecond=0)

    def _cull_when_full(self, db, connection):
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(self._table)}")
            (count,) = cursor.fetchone()
            if count > self._max_entries:
                self._cull(db, cursor, timezone.now().replace(microsecond=0), count)
