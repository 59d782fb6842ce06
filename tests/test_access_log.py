"""The access log of the documented gunicorn set-up (gunicorn.conf.py) says method, path and status, and
nothing that could identify a runner or what they searched for."""

import http.client
import os

import pytest

from tests.load.server import Gunicorn

STYLESHEET = "/static/css/app.css"


@pytest.fixture(scope="module")
def access_log(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gunicorn")
    environment = {**os.environ, "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}"}
    server = Gunicorn(environment, folder / "error.log", workers=1, access_log_path=folder / "access.log")
    try:
        server.start(STYLESHEET)
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        headers = {"Referer": "https://example.org/my-pain-diary", "User-Agent": "RunnerPhone/1.0"}
        connection.request("GET", f"{STYLESHEET}?q=sciatica", headers=headers)
        connection.getresponse().read()
        connection.close()
    finally:
        server.stop()
    return (folder / "access.log").read_text()


def test_it_logs_the_method_path_and_status(access_log):
    assert f'"GET {STYLESHEET}" 200' in access_log


def test_it_logs_no_query_string(access_log):
    assert "sciatica" not in access_log


def test_it_logs_neither_referer_nor_user_agent(access_log):
    assert "my-pain-diary" not in access_log
    assert "RunnerPhone" not in access_log
