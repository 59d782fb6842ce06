"""Background imports: `python -m tests.bench.import_jobs [activities]`.

A Strava-like zip of 600 one-hour GPX runs (tests/activity_factories.py, each on its own day) is posted to
POST /runs/import/ with Accept: application/json: the time to the 202 answer, then the time a worker
(`manage.py work --burst`, in this process) takes to read the job, as activities a second. On a fresh
SQLite file in a temporary folder.
"""

import datetime
import io
import os
import sys
import tempfile
import time
import zipfile


def strava_like_zip(count):
    from tests.activity_factories import START, make_gpx

    one_hour = make_gpx(3600)
    day = START.strftime("%Y-%m-%d").encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for number in range(count):
            other_day = (START - datetime.timedelta(days=number)).strftime("%Y-%m-%d").encode()
            archive.writestr(f"export/activities/{number}.gpx", one_hour.replace(day, other_day))
    return buffer.getvalue()


def main(count):
    folder = tempfile.mkdtemp()
    os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.core.management import call_command
    from django.test import Client

    from tracker.models import ImportJob, Run

    call_command("migrate", verbosity=0)
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(User.objects.create_user("bench"))
    data = strava_like_zip(count)
    started = time.perf_counter()
    response = client.post(
        "/runs/import/", {"files": [SimpleUploadedFile("export.zip", data)]}, HTTP_ACCEPT="application/json"
    )
    answered = time.perf_counter() - started
    assert response.status_code == 202, response.content[:300]
    started = time.perf_counter()
    call_command("work", "--burst", verbosity=0)
    worked = time.perf_counter() - started
    job = ImportJob.objects.get()
    print(f"{count} one-hour GPX runs in a {len(data) / 2**20:.1f} MB zip")
    print(f"  202 answer: {answered * 1000:.0f} ms")
    rate = job.done / worked
    print(f"  worker: {worked:.1f} s, {rate:.1f} activities/s, {Run.objects.count()} runs, job {job.status}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 600)
