"""gunicorn's access log, as the documented set-up writes it, names a shared report by its id and never
prints a share link's token, whether the link opens or not."""

import http.client
import os
import subprocess
import sys

import pytest

from tests.load.server import PROJECT_ROOT, Gunicorn

MAKE_A_SHARE = """
import datetime
from django.contrib.auth.models import User
from tracker.shares import create_share
runner = User.objects.create_user("physio-log-runner")
share, token = create_share(runner, datetime.date(2026, 1, 1), datetime.date(2026, 3, 1), days=7)
print(share.pk, token)
"""


def manage(environment, *arguments):
    command = [sys.executable, "manage.py", *arguments]
    finished = subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        command, cwd=PROJECT_ROOT, env=environment, capture_output=True, text=True, check=True
    )
    return finished.stdout


@pytest.fixture(scope="module")
def logged(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gunicorn-shares")
    environment = {**os.environ, "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}"}
    manage(environment, "migrate", "--noinput", "-v", "0")
    share_id, token = manage(environment, "shell", "-c", MAKE_A_SHARE).split()[-2:]
    server = Gunicorn(environment, folder / "error.log", workers=1, access_log_path=folder / "access.log")
    wrong = token[:-4] + "abcd"
    try:
        server.start("/static/css/app.css")
        for path in (f"/shared/{token}/", f"/shared/{wrong}/", f"/shared/{token}/report.pdf"):
            connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
            connection.request("GET", path)
            connection.getresponse().read()
            connection.close()
    finally:
        server.stop()
    return {"log": (folder / "access.log").read_text(), "id": share_id, "token": token, "wrong": wrong}


def test_an_opened_share_is_logged_by_its_id(logged):
    assert f'"GET /shared/[share {logged["id"]}]/" 200' in logged["log"]
    assert f'"GET /shared/[share {logged["id"]}]/report.pdf" 200' in logged["log"]


def test_a_link_that_opens_nothing_is_logged_without_its_token(logged):
    assert '"GET /shared/[token hidden]/" 404' in logged["log"]


def test_no_token_reaches_the_log(logged):
    assert logged["token"] not in logged["log"]
    assert logged["wrong"] not in logged["log"]
