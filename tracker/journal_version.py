"""A version for each runner's journal that every write changes, kept in the shared cache.

The insights are computed once per version (see `tracker.insights_cache`): a view after a write reads the
journal again, and every other view costs a cache read. The version is a random token rather than a count,
so losing it (a cache flushed or culled) only means one recomputation: a new token is drawn on the next read.

Every way a journal row is written goes through here: a model's save and delete (forms, the API, the admin,
`objects.create`) and a queryset's update, delete, bulk_create and bulk_update (imports, the API's replacing
of a workout's exercises). Deleting a whole account skips it: its keys name a user id never used again.

The token changes at once, so the writing transaction never reads its own stale insights, and again after
the commit: a reader elsewhere that drew the first token before the rows were visible may have cached the
journal without them under it. A write already committed (no transaction open) changes it once.

A background import commits a transaction a file and reads no insights itself: it holds its changes
(`changes_held`) and announces them once after each file's commit.
"""

import contextlib
import contextvars
import datetime
import secrets

from django.core.cache import cache
from django.db import models, transaction

LIBRARY = "library"
TIMEOUT = None  # a version never expires; only a write or a flushed cache replaces it


def version_key(owner):
    return f"journal-version:{owner}"


def past_version_key(owner):
    """A second token per journal, changed only by writes that may touch its past (see `recent_from`)."""
    return f"journal-past-version:{owner}"


def recent_from(today=None):
    """The first day of last month (by the server's UTC date): rows dated from it on are the journal's
    recent part, read afresh on every computation; the rows before, its past, are kept under the past
    version, which adding or changing a recent row leaves alone. A month or two of rows to read, whatever
    the journal's length; the past is read again once a month, as the boundary moves."""
    today = today or datetime.datetime.now(datetime.UTC).date()
    return (today.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)


def all_recent(days):
    """Whether writes dated `days` leave every reader's past alone: each a known date on or after tomorrow's
    boundary, the later one (a server whose clock runs up to a day ahead may already keep its past up to it).
    A date not known (None) may be a past one."""
    tomorrow = datetime.datetime.now(datetime.UTC).date() + datetime.timedelta(days=1)
    boundary = recent_from(tomorrow)
    return all(isinstance(day, datetime.date) and day >= boundary for day in days)


def _new_tokens(keys):
    cache.set_many({key: secrets.token_hex(8) for key in keys}, TIMEOUT)


def _keys(owners, past):
    keys = {version_key(owner) for owner in owners}
    if past:
        keys |= {past_version_key(owner) for owner in owners if owner != LIBRARY}
    return keys


# The owners whose changes wait to be announced, while a writer holds them (`changes_held`).
_held = contextvars.ContextVar("journal_version_held", default=None)


def changed(owners, past=True):
    """The journals (user ids), or the library (LIBRARY), that a write just changed; past=False when it
    wrote only recent rows (every date it wrote, before and after: `all_recent`)."""
    keys = _keys({owner for owner in owners if owner is not None}, past)
    if not keys:
        return
    held = _held.get()
    if held is not None:
        held |= keys
        return
    _announce(keys)


def _announce(keys):
    _new_tokens(keys)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: _new_tokens(keys))


@contextlib.contextmanager
def changes_held():
    """For a writer that commits one transaction after another and reads no insights in between: its
    changes wait, and the `publish` it is given announces them at once, after a transaction has committed
    (inside an outer transaction, again at that one's commit, as any write). Whatever is still held is
    announced on the way out, an error included, so a committed row never stays under an old version."""
    held = set()
    token = _held.set(held)

    def publish():
        if held:
            keys = set(held)
            held.clear()
            _announce(keys)

    try:
        yield publish
    finally:
        _held.reset(token)
        publish()


def current(owners, key_for=version_key):
    """{owner: token}, drawing a token for any owner the cache has lost (the first drawn wins). With
    key_for=past_version_key, the tokens of their pasts."""
    keys = {key_for(owner): owner for owner in owners}
    found = cache.get_many(keys)
    for key in keys.keys() - found.keys():
        cache.add(key, secrets.token_hex(8), TIMEOUT)
        found[key] = cache.get(key)
    return {owner: found[key] for key, owner in keys.items()}


class ChangesJournalQuerySet(models.QuerySet):
    """Bulk writes that change the journal version of every runner whose rows they touch."""

    owner_field = "user_id"

    def _owners(self):
        return set(self.order_by().values_list(self.owner_field, flat=True).distinct())

    def _owners_of(self, rows):
        return {self.model.journal_owner_of(row) for row in rows}

    def update(self, **values):
        owners = self._owners()
        updated = super().update(**values)
        changed(owners)
        return updated

    def delete(self):
        owners = self._owners()
        deleted = super().delete()
        changed(owners)
        return deleted

    def bulk_create(self, rows, *args, **kwargs):
        created = super().bulk_create(rows, *args, **kwargs)
        recent = all_recent(self.model.journal_date_of(row) for row in created)
        changed(self._owners_of(created), past=not recent)
        return created

    def bulk_update(self, rows, *args, **kwargs):
        rows = list(rows)
        updated = super().bulk_update(rows, *args, **kwargs)
        changed(self._owners_of(rows))
        return updated


class JournalEntry(models.Model):
    """A row of a runner's journal: saving or deleting it changes the journal's version (and its past's,
    unless the row was and stays recent). Bulk updates and deletes always change both: which dates they
    touched is not known without reading them."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        past = not self._stays_recent()
        super().save(*args, **kwargs)
        changed({self.journal_owner_of(self)}, past=past)
        self._date_as_read = self.journal_date_of(self)

    def delete(self, *args, **kwargs):
        owner, past = self.journal_owner_of(self), not self._stays_recent()
        deleted = super().delete(*args, **kwargs)
        changed({owner}, past=past)
        return deleted

    def _stays_recent(self):
        """Recent now and, for a row already saved, as it was read or last saved (unknown: not recent)."""
        if self._state.adding and self.pk is not None:
            return False  # a new object given an id overwrites that row, whatever its date was
        dates = [self.journal_date_of(self)]
        if not self._state.adding:
            dates.append(getattr(self, "_date_as_read", None))
        return all_recent(dates)

    @classmethod
    def from_db(cls, db, field_names, values):
        row = super().from_db(db, field_names, values)
        row._date_as_read = cls.journal_date_of(row)  # a save may move the row from its past
        return row

    @classmethod
    def journal_owner_of(cls, row):
        return row.user_id

    @classmethod
    def journal_date_of(cls, row):
        """The row's date, when known without a query; None (a date that may be past) otherwise."""
        return row.__dict__.get("date")


def _library_changed(**_signal):
    changed({LIBRARY})


def watch_library():
    """The insights name an irritating exercise and its alternatives from the library: a curator's edit there
    changes the library's version."""
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from routines.models import Exercise

    post_save.connect(_library_changed, sender=Exercise, dispatch_uid="library-version-save")
    post_delete.connect(_library_changed, sender=Exercise, dispatch_uid="library-version-delete")
    m2m_changed.connect(
        _library_changed, sender=Exercise.alternatives.through, dispatch_uid="library-version-alternatives"
    )
