"""`manage.py backup` copies a live SQLite database consistently, even while other connections write."""

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tracker.management.commands.backup import backup_sqlite

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def run_backup(database_url, *arguments):
    """Run the command in its own process, as an operator would, against the database at database_url."""
    environment = {**os.environ, "DATABASE_URL": database_url, "DJANGO_ENV": "development"}
    environment.pop("DJANGO_DEBUG", None)
    return subprocess.run(  # noqa: S603 - our own interpreter and manage.py, fixed arguments
        [sys.executable, "manage.py", "backup", *map(str, arguments)],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def make_live_database(path, runs=200):
    """A WAL database of two tables that each transaction writes together, like an entry and its log."""
    connection = sqlite3.connect(path, isolation_level=None, timeout=20)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE run (id INTEGER PRIMARY KEY, km REAL NOT NULL, notes TEXT NOT NULL)")
    connection.execute("CREATE TABLE run_log (run_id INTEGER PRIMARY KEY REFERENCES run (id))")
    for number in range(runs):
        add_run(connection, number)
    return connection


def add_run(connection, number):
    connection.execute("BEGIN IMMEDIATE")
    connection.execute(
        "INSERT INTO run (id, km, notes) VALUES (?, ?, ?)", (number, number / 10, f"run {number}")
    )
    connection.execute("INSERT INTO run_log (run_id) VALUES (?)", (number,))
    connection.execute("COMMIT")


def read_runs(path):
    connection = sqlite3.connect(path)
    try:
        runs = connection.execute("SELECT id, km, notes FROM run ORDER BY id").fetchall()
        logged = [row[0] for row in connection.execute("SELECT run_id FROM run_log ORDER BY run_id")]
        return runs, logged
    finally:
        connection.close()


def test_it_copies_committed_rows_while_another_connection_holds_a_write_transaction(tmp_path):
    live = tmp_path / "live.sqlite3"
    writer = make_live_database(live)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO run (id, km, notes) VALUES (9999, 1.0, 'not committed')")
    result = run_backup(f"sqlite:///{live}", tmp_path / "copy.sqlite3")
    writer.execute("ROLLBACK")
    writer.close()
    assert result.returncode == 0, result.stderr
    assert read_runs(tmp_path / "copy.sqlite3") == read_runs(live)


def test_it_copies_a_consistent_snapshot_while_a_writer_keeps_committing(tmp_path):
    live = tmp_path / "live.sqlite3"
    make_live_database(live, runs=100).close()
    started, stop = threading.Event(), threading.Event()

    def keep_writing():
        connection = sqlite3.connect(live, isolation_level=None, timeout=20)
        for number in range(100, 20_000):  # bounded, in case the backup never finishes
            add_run(connection, number)
            started.set()
            if stop.is_set():
                break
        connection.close()

    writer = threading.Thread(target=keep_writing)
    writer.start()
    started.wait(timeout=10)
    source = sqlite3.connect(live)
    backup_sqlite(source, tmp_path / "copy.sqlite3")  # what the command runs on the configured database
    source.close()
    stop.set()
    writer.join(timeout=30)
    runs, logged = read_runs(tmp_path / "copy.sqlite3")
    assert [run[0] for run in runs] == logged == list(range(len(runs)))
    assert len(runs) > 100


def test_a_restored_copy_holds_the_same_rows_as_the_original(tmp_path):
    live = tmp_path / "live.sqlite3"
    source = make_live_database(live)
    backup_sqlite(source, tmp_path / "copy.sqlite3")
    source.close()
    restored = tmp_path / "restored.sqlite3"
    (tmp_path / "copy.sqlite3").replace(restored)
    assert read_runs(restored) == read_runs(live)


def test_it_refuses_to_overwrite_an_existing_file_without_force(tmp_path):
    existing = tmp_path / "copy.sqlite3"
    existing.write_text("yesterday's backup")
    with pytest.raises(CommandError, match="--force"):
        call_command("backup", str(existing))
    assert existing.read_text() == "yesterday's backup"


def test_with_force_it_replaces_an_existing_backup(tmp_path):
    live = tmp_path / "live.sqlite3"
    make_live_database(live, runs=3).close()
    (tmp_path / "copy.sqlite3").write_text("yesterday's backup")
    result = run_backup(f"sqlite:///{live}", tmp_path / "copy.sqlite3", "--force")
    assert result.returncode == 0, result.stderr
    assert len(read_runs(tmp_path / "copy.sqlite3")[0]) == 3


def test_on_postgresql_it_points_to_pg_dump_and_fails(tmp_path):
    result = run_backup("postgres://nobody@127.0.0.1:1/none", tmp_path / "copy.sqlite3")
    assert result.returncode != 0
    assert "pg_dump" in result.stderr
    assert not (tmp_path / "copy.sqlite3").exists()
