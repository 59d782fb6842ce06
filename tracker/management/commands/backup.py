"""Write a consistent copy of the live SQLite database, safe to run while the app is serving.

A plain file copy of a database in WAL mode can miss committed pages still in the -wal file, or catch a page
half-written; SQLite's online backup reads one consistent snapshot through a normal connection instead.
"""

import os
import sqlite3
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections


def backup_sqlite(source, target_path):
    """Copy the database open on `source` (a sqlite3 connection) to target_path, replacing it atomically.

    The copy is written beside the target and renamed into place, so a failed backup never leaves a
    half-written file where a good one is expected.
    """
    target_path = Path(target_path)
    descriptor, partial_name = tempfile.mkstemp(prefix=f".{target_path.name}.", dir=target_path.parent)
    os.close(descriptor)
    try:
        target = sqlite3.connect(partial_name)
        try:
            # pages=-1 copies everything in one step under one read snapshot: WAL writers carry on meanwhile.
            source.backup(target, pages=-1)
            check = target.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            target.close()
        if check != "ok":
            raise CommandError(f"The copy failed SQLite's integrity check: {check}")
        os.replace(partial_name, target_path)
    except BaseException:
        Path(partial_name).unlink(missing_ok=True)
        raise


class Command(BaseCommand):
    help = "Back up the live SQLite database to PATH with SQLite's online backup (PostgreSQL: pg_dump)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="Where to write the copy, e.g. backups/backtrack-2025-06-01.sqlite3")
        parser.add_argument("--force", action="store_true", help="Replace PATH if it already exists.")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="Which configured database to copy.")

    def handle(self, *args, path, force, database, **options):
        target_path = Path(path).expanduser().resolve()
        if target_path.exists() and not force:
            raise CommandError(f"{target_path} already exists; pass --force to replace it.")
        if not target_path.parent.is_dir():
            raise CommandError(f"The folder {target_path.parent} does not exist.")
        connection = connections[database]
        if connection.vendor != "sqlite":
            raise CommandError(
                f"The database is {connection.display_name}, not SQLite: back it up with that server's own "
                'tool, e.g. `pg_dump --format=custom --file=backtrack.dump "$DATABASE_URL"` for PostgreSQL.'
            )
        if connection.is_in_memory_db():
            # Only a test's database lives in memory; it is reachable only through Django's own connection.
            connection.ensure_connection()
            backup_sqlite(connection.connection, target_path)
        else:
            source = sqlite3.connect(connection.settings_dict["NAME"], timeout=20)
            try:
                backup_sqlite(source, target_path)
            finally:
                source.close()
        self.stdout.write(self.style.SUCCESS(f"Backed up the database to {target_path}"))
