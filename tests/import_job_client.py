"""POST /runs/import/ as a script or the form does, for tests about what an import reads: a large upload
(a zip, say) becomes a background job, which the worker (`manage.py work --burst`, in this process) reads at
once, so the answer returned is the finished job's, the same as a synchronous one."""

import contextlib

from django.core.management import call_command
from django.db import connection

URL = "/runs/import/"


def run_the_worker():
    """`manage.py work --burst` in this process, inside the test's transaction.

    Between tasks the worker closes connections that look stale, as Django does between requests, and in a
    test every connection looks so: it sits in the transaction that holds the test's rows. On PostgreSQL that
    would close it mid-test (SQLite's in-memory test database is never closed), so while the worker runs the
    check leaves the connection be, as Django's own test client keeps its connection open between requests.
    """
    with _connection_kept():
        call_command("work", "--burst", verbosity=0)


@contextlib.contextmanager
def _connection_kept():
    check = connection.close_if_unusable_or_obsolete
    connection.close_if_unusable_or_obsolete = lambda: None
    try:
        yield
    finally:
        connection.close_if_unusable_or_obsolete = check


def import_json(client, files):
    """The JSON answer: the synchronous one, or a job's final status with its `files` list."""
    response = client.post(URL, {"files": files}, HTTP_ACCEPT="application/json")
    if response.status_code != 202:
        return response
    run_the_worker()
    return client.get(response.json()["status_url"], HTTP_ACCEPT="application/json")


def import_page(client, files):
    """The page with the results: the import page, or the finished job's page."""
    response = client.post(URL, {"files": files})
    if response.status_code != 302 or "/runs/import/jobs/" not in response["Location"]:
        return response
    run_the_worker()
    return client.get(response["Location"])
