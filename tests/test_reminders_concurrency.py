"""Two app servers running `send_reminders` at the same moment send each runner's e-mail once.

The senders are two processes of their own, released together, on the database the suite runs on: a copy
of the test database in a SQLite file (WAL, as deployed), or the PostgreSQL test database itself (run the
suite with DATABASE_URL naming PostgreSQL). Each holds its own connection, as two servers would.
"""

import json
import os
import sqlite3
import subprocess
import sys
import time
from urllib.parse import quote

import pytest
from django.db import connection

from tests.base import make_user
from tests.fresh_process import PROJECT_ROOT
from tests.reminder_factories import remind, utc
from tracker.models import ReminderSent

RUNNERS = 40
MOMENT = utc(2026, 6, 3, 8, 0)


def database_for_other_processes(tmp_path):
    """DATABASE_URL for another process to see what this test has committed."""
    if connection.vendor == "sqlite":
        # The test database lives in this process's memory: copy it to a file the senders can share.
        path = tmp_path / "shared.sqlite3"
        copy = sqlite3.connect(path)
        connection.ensure_connection()
        connection.connection.backup(copy)
        copy.execute("PRAGMA journal_mode=WAL")
        copy.close()
        return f"sqlite:///{path}"
    database = connection.settings_dict
    login = quote(database["USER"]) + (f":{quote(database['PASSWORD'])}" if database["PASSWORD"] else "")
    return f"postgres://{login}@{database['HOST']}:{database['PORT']}/{database['NAME']}"


def start_sender(name, database_url, folder):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    environment.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="tracker.settings",
        DJANGO_EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
    )
    return subprocess.Popen(  # noqa: S603 - our own interpreter and module, fixed arguments
        [sys.executable, "-m", "tests.reminder_sender", MOMENT.isoformat(), str(folder), name],
        cwd=PROJECT_ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def release_together(senders, folder, timeout=60):
    """Wait until every sender is ready, then let them all start at once; their outputs."""
    deadline = time.monotonic() + timeout
    while not all((folder / f"{name}.ready").exists() for name in senders):
        assert time.monotonic() < deadline, "a sender never got ready"
        assert all(process.poll() is None for process in senders.values()), "a sender stopped early"
        time.sleep(0.01)
    (folder / "go").touch()
    outputs = {name: process.communicate(timeout=timeout) for name, process in senders.items()}
    for name, process in senders.items():
        assert process.returncode == 0, outputs[name][1]
    return {name: json.loads(out) for name, (out, _err) in outputs.items()}


@pytest.mark.django_db(transaction=True)
def test_two_senders_at_the_same_moment_email_each_runner_once(tmp_path):
    runners = [make_user(f"runner{number}") for number in range(RUNNERS)]
    for runner in runners:
        remind(runner, hour=8)
    database_url = database_for_other_processes(tmp_path)
    senders = {name: start_sender(name, database_url, tmp_path) for name in ("first", "second")}
    sent = release_together(senders, tmp_path)
    addresses = sent["first"] + sent["second"]
    assert sorted(addresses) == sorted(runner.email for runner in runners)
    if connection.vendor != "sqlite":  # the SQLite senders wrote to their own copy
        assert ReminderSent.objects.filter(sent_at__isnull=False).count() == RUNNERS
