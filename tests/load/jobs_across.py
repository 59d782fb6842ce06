"""A background import started through one app server, run by a worker process of its own, and read through
the other server: the job, its uploaded bytes and its results live in the shared database alone."""

import http.client
import io
import json
import subprocess
import sys
import time
import uuid
import zipfile

from tests.activity_factories import make_gpx
from tests.load.across import AlternatingBrowser
from tests.load.runner import log_in
from tests.load.server import PROJECT_ROOT

IMPORT_PATH = "/runs/import/"
ACTIVITIES = 3
WORKER_TIMEOUT_S = 120


def activities_zip():
    """A zip of a few short runs: a zip always goes to a worker, whatever its size."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for number in range(ACTIVITIES):
            # A run on another day each: the same start time twice would be the same run, a duplicate.
            track = make_gpx(600, name=f"Load run {number}").replace(
                b"2024-05-01", f"2024-05-0{number + 1}".encode()
            )
            archive.writestr(f"run-{number}.gpx", track)
    return buffer.getvalue()


def post_file(browser, path, field, filename, data, server):
    """A multipart POST of one file with the browser's cookies and CSRF token, asking for JSON."""
    boundary = uuid.uuid4().hex
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; filename="{filename}"\r\n'
            "Content-Type: application/zip\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    port = browser.ports[server]
    origin = f"http://{browser.host}:{port}"
    headers = {
        "Host": f"{browser.host}:{port}",
        "Content-Type": f"multipart/form-data; boundary={boundary}",
        "Accept": "application/json",
        "Cookie": "; ".join(f"{name}={value}" for name, value in browser.cookies.items()),
        "Origin": origin,
        "Referer": origin + path,
        "X-CSRFToken": browser.cookies.get("csrftoken", ""),
    }
    connection = http.client.HTTPConnection(browser.host, port, timeout=60)
    try:
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def run_worker(environment):
    """A worker started apart from both servers (`manage.py work --burst`: every queued job, then exit)."""
    started = time.monotonic()
    finished = subprocess.run(  # noqa: S603 - our own interpreter and a fixed command
        [sys.executable, "manage.py", "work", "--burst"],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=WORKER_TIMEOUT_S,
        check=False,
    )
    return finished.returncode, time.monotonic() - started


def has_import_jobs():
    from django.urls import NoReverseMatch, reverse

    try:
        reverse("import_job_status", args=[uuid.uuid4()])
    except NoReverseMatch:
        return False
    return True


def background_import_across_servers(ports, login_path, username, password, environment):
    """(passed, words): the job started through the first server, finished by the worker, read through the
    second. Where the project has no background imports yet, nothing is checked and it says so."""
    if not has_import_jobs():
        return True, "background import: the project has no import jobs yet, not checked"
    browser = AlternatingBrowser("127.0.0.1", ports, login_path)
    log_in(browser, login_path, username, password)
    status, body = post_file(browser, IMPORT_PATH, "files", "export.zip", activities_zip(), server=0)
    if status != 202:
        return False, f"background import: a zip through port {ports[0]} answered {status}, not 202"
    status_url = json.loads(body)["status_url"]
    returncode, seconds = run_worker(environment)
    answer = browser.request("GET", status_url, server=1)
    job = json.loads(answer.body) if answer.status == 200 else {}
    statuses = [entry.get("status") for entry in job.get("files", [])]
    imported = [status for status in statuses if status == "imported"]
    passed = returncode == 0 and job.get("job", {}).get("status") == "done" and len(imported) == ACTIVITIES
    words = (
        f"background import: a zip of {ACTIVITIES} runs posted through port {ports[0]} (202), the worker "
        f"process ran it in {seconds:.1f} s (exit {returncode}), port {ports[1]} reads the job as "
        f"{job.get('job', {}).get('status', answer.status)} with {len(imported)} of {ACTIVITIES} imported "
        f"({', '.join(statuses)})"
    )
    return passed, words
