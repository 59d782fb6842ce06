"""Importing activity files through POST /runs/import/: what the runner sees for each file, and what lands
in the journal."""

import datetime
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.base import make_run
from tests.test_import_parsers import fenix2_with_a_fault
from tracker import run_import
from tracker.importers import fit as fit_reader
from tracker.models import Profile, Run
from tracker.views import data as data_views

REAL = Path(__file__).parent / "files" / "real"
URL = "/runs/import/"


def real_upload(name, as_name=None):
    path = REAL / name
    return SimpleUploadedFile(as_name or path.name, path.read_bytes())


def import_json(client, *names):
    response = client.post(
        URL, {"files": [real_upload(name) for name in names]}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 200, response.content
    return response.json()["files"]


def statuses(files):
    return {file["name"]: (file["status"], file["reason"]) for file in files}


def test_the_url_is_the_one_the_design_names():
    assert reverse("import_runs") == URL


def test_the_fenix_runs_import_with_the_distances_their_watches_recorded(alice, alice_client):
    import_json(alice_client, "fit/garmin-fenix-5-run.fit", "fit/activity-small-fenix2-run.fit")
    assert sorted(Run.objects.for_user(alice).values_list("distance_m", flat=True)) == [158, 9008]


def test_an_imported_fit_keeps_the_watchs_time_and_climb(alice, alice_client):
    import_json(alice_client, "fit/activity-small-fenix2-run.fit")
    run = Run.objects.get(user=alice)
    assert (run.duration_s, run.ascent_m, run.descent_m, run.origin) == (2832, 64, 61, "fit")


def test_a_run_is_dated_by_its_start_in_the_runners_time_zone(alice, alice_client):
    Profile.objects.filter(user=alice).update(time_zone="Pacific/Auckland")
    import_json(alice_client, "fit/garmin-fenix-5-run.fit")
    # 14:34 UTC on 11 June is 02:34 on the 12th in New Zealand.
    assert Run.objects.get(user=alice).date == datetime.date(2017, 6, 12)


def test_the_walk_and_the_ride_are_listed_as_not_runs(alice, alice_client):
    files = import_json(alice_client, "fit/garmin-fenix-5-walk.fit", "fit/garmin-fenix-5-bike.fit")
    assert statuses(files) == {
        "garmin-fenix-5-walk.fit": ("not_a_run", "not a run (walk)"),
        "garmin-fenix-5-bike.fit": ("not_a_run", "not a run (ride)"),
    }
    assert not Run.objects.filter(user=alice).exists()


def test_walks_import_when_the_runner_counts_them(alice, alice_client):
    Profile.objects.filter(user=alice).update(include_walks=True)
    files = import_json(alice_client, "fit/garmin-fenix-5-walk.fit")
    assert files[0]["status"] == "imported"


def test_bad_files_fail_with_a_reason_and_the_good_one_still_imports(alice, alice_client):
    files = import_json(
        alice_client,
        "fit/activity-unexpected-eof.fit",
        "fit/Settings.fit",
        "gpx/route.gpx",
        "fit/garmin-fenix-5-run.fit",
    )
    assert [(file["status"], file["reason"][:30]) for file in files] == [
        ("failed", "the file ends early"),
        ("failed", "no activity in this FIT file"),
        ("failed", "no track in this GPX: it holds"),
        ("imported", ""),
    ]
    assert Run.objects.filter(user=alice).count() == 1


def test_an_empty_file_is_reported_and_the_others_still_import(alice, alice_client):
    uploads = [SimpleUploadedFile("empty.gpx", b""), real_upload("fit/garmin-fenix-5-run.fit")]
    response = alice_client.post(URL, {"files": uploads}, HTTP_ACCEPT="application/json")
    assert [(file["status"], file["reason"]) for file in response.json()["files"]] == [
        ("failed", "the file is empty"),
        ("imported", ""),
    ]


def test_a_failed_file_leaves_nothing_behind(alice, alice_client):
    import_json(alice_client, "fit/activity-settings-corruptheader.fit", "gpx/unicode_with_bom.gpx")
    assert not Run.objects.filter(user=alice).exists()


def test_the_strava_app_fit_imports_its_session_totals_and_says_so(alice, alice_client):
    files = import_json(alice_client, "fit/strava-android-app-201.10-b1218918.fit")
    assert files[0]["run"]["distance_km"] == 11.274
    assert "session totals" in files[0]["reason"]


def test_the_gpx_files_with_quirks_import(alice, alice_client):
    files = import_json(
        alice_client,
        "gpx/cerknicko-jezero.gpx",
        "gpx/korita-zbevnica.gpx",
        "gpx/Mojstrovka.gpx",
        "gpx/track-with-empty-segment.gpx",
    )
    assert [file["run"]["distance_km"] for file in files] == [4.58, 14.914, 2.701, 0.086]


def test_the_same_file_imported_again_is_a_duplicate(alice, alice_client):
    import_json(alice_client, "fit/garmin-fenix-5-run.fit")
    files = import_json(alice_client, "fit/garmin-fenix-5-run.fit")
    assert files[0]["status"] == "duplicate"
    assert Run.objects.filter(user=alice).count() == 1


def test_a_run_that_started_within_a_minute_of_one_in_the_journal_is_a_duplicate(alice, alice_client):
    started = datetime.datetime(2017, 6, 11, 14, 34, 50, tzinfo=datetime.timezone.utc)
    make_run(alice, date=started.date(), km=0.2, started_at=started)
    files = import_json(alice_client, "fit/garmin-fenix-5-run.fit")
    assert files[0]["status"] == "duplicate"
    assert "within a minute" in files[0]["reason"]


def test_a_run_two_minutes_apart_is_not_a_duplicate(alice, alice_client):
    started = datetime.datetime(2017, 6, 11, 14, 36, 30, tzinfo=datetime.timezone.utc)
    make_run(alice, date=started.date(), km=0.2, started_at=started)
    assert import_json(alice_client, "fit/garmin-fenix-5-run.fit")[0]["status"] == "imported"


def test_an_import_out_of_time_reads_one_file_and_says_how_to_go_on(alice, alice_client, monkeypatch):
    monkeypatch.setattr(run_import, "IMPORT_TIME_BUDGET_S", -1)
    files = import_json(alice_client, "fit/garmin-fenix-5-run.fit", "gpx/cerknicko-jezero.gpx")
    assert [file["status"] for file in files] == ["imported", "failed"]
    assert "Upload the same files again to go on" in files[1]["reason"]


def test_uploading_again_after_running_out_of_time_imports_the_rest(alice, alice_client, monkeypatch):
    monkeypatch.setattr(run_import, "IMPORT_TIME_BUDGET_S", -1)
    names = ("fit/garmin-fenix-5-run.fit", "gpx/cerknicko-jezero.gpx")
    import_json(alice_client, *names)
    files = import_json(alice_client, *names)
    assert [file["status"] for file in files] == ["duplicate", "imported"]


def test_the_json_answer_has_the_documented_shape(alice_client):
    files = import_json(alice_client, "fit/activity-small-fenix2-run.fit", "fit/Settings.fit")
    assert files[0] == {
        "name": "activity-small-fenix2-run.fit",
        "status": "imported",
        "reason": "",
        "run": {
            "date": "2015-08-15",
            "distance_km": 9.008,
            "duration_min": 47.2,
            "ascent_m": 64,
            "descent_m": 61,
        },
    }
    assert files[1] == {
        "name": "Settings.fit",
        "status": "failed",
        "reason": "no activity in this FIT file",
        "run": None,
    }


def test_the_result_page_lists_every_file_with_counts_at_the_top(alice_client):
    uploads = [real_upload("fit/garmin-fenix-5-run.fit"), real_upload("fit/garmin-fenix-5-bike.fit")]
    response = alice_client.post(URL, {"files": uploads})
    text = response.content.decode()
    assert "<strong>1</strong> imported" in text and "<strong>1</strong> not a run" in text
    assert "garmin-fenix-5-bike.fit</strong>" in text and "Not a run (ride)" in text


def test_the_result_line_of_a_fit_shows_its_ascent_and_descent(alice_client):
    response = alice_client.post(URL, {"files": [real_upload("fit/activity-small-fenix2-run.fit")]})
    assert "in 0:47:12, 64 m up, 61 m down</p>" in response.content.decode()


def test_korita_answers_with_its_time_and_descent_in_the_json(alice_client):
    run = import_json(alice_client, "gpx/korita-zbevnica.gpx")[0]["run"]
    # The timed tracks' 13,093 s; the climb of all three tracks.
    assert (run["duration_min"], run["ascent_m"], run["descent_m"]) == (218.2, 704, 710)


def test_the_result_page_shows_distances_in_the_runners_units(alice, alice_client):
    Profile.objects.filter(user=alice).update(units="mi")
    response = alice_client.post(URL, {"files": [real_upload("gpx/cerknicko-jezero.gpx")]})
    assert "2.8 mi on 5 Aug 2010" in response.content.decode()


def test_bob_importing_the_same_file_gets_his_own_run(alice_client, bob, bob_client):
    import_json(alice_client, "fit/garmin-fenix-5-run.fit")
    files = import_json(bob_client, "fit/garmin-fenix-5-run.fit")
    assert files[0]["status"] == "imported"
    assert Run.objects.filter(user=bob).count() == 1


def test_a_post_without_files_asks_for_one(alice_client):
    response = alice_client.post(URL, {}, HTTP_ACCEPT="application/json")
    assert response.status_code == 400
    assert response.json() == {"files": [], "error": "Choose at least one file."}


def test_an_upload_over_the_limit_is_refused_with_a_message(alice, alice_client, monkeypatch):
    monkeypatch.setattr(data_views, "MAX_UPLOAD_BYTES", 1000)
    response = alice_client.post(URL, {"files": [real_upload("fit/garmin-fenix-5-run.fit")]})
    assert response.status_code == 413
    assert "larger than 100 MB" in response.content.decode()
    assert not Run.objects.filter(user=alice).exists()


def test_more_files_than_a_request_may_carry_are_refused_with_advice(alice_client, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 2
    uploads = [real_upload("gpx/route.gpx", f"{number}.gpx") for number in range(3)]
    response = alice_client.post(URL, {"files": uploads}, HTTP_ACCEPT="application/json")
    assert response.status_code == 400
    assert response.json()["error"].startswith("Too many files at once. Put them in a zip")


def test_the_import_page_is_private(client, db):
    response = client.get(URL)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_import_page_loads_its_script_and_works_without_it(alice_client):
    text = alice_client.get(URL).content.decode()
    assert 'src="/static/js/import.js"' in text
    assert 'enctype="multipart/form-data"' in text and 'name="files"' in text


@pytest.mark.parametrize("header", ["application/json", "application/json, text/plain, */*"])
def test_the_endpoint_answers_json_when_asked(alice_client, header):
    response = alice_client.post(URL, {"files": [real_upload("gpx/route.gpx")]}, HTTP_ACCEPT=header)
    assert response["Content-Type"] == "application/json"


def test_a_single_file_over_the_activity_limit_fails_without_being_read(alice_client, monkeypatch):
    monkeypatch.setattr(run_import, "MAX_ACTIVITY_BYTES", 1000)
    files = import_json(alice_client, "fit/garmin-fenix-5-run.fit")
    assert files[0]["reason"].startswith("too large: one activity file may be up to")


def queries_to_import(client, names):
    with CaptureQueriesContext(connection) as queries:
        import_json(client, *names)
    return len(queries)


def test_checking_files_against_the_journal_takes_the_same_queries_however_many_files(alice_client):
    names = ["fit/garmin-fenix-5-run.fit", "fit/activity-small-fenix2-run.fit", "gpx/korita-zbevnica.gpx"]
    import_json(alice_client, *names)
    assert queries_to_import(alice_client, names[:1]) == queries_to_import(alice_client, names)


def test_a_run_keeps_its_name_in_its_notes_but_not_how_its_file_was_read(alice, alice_client):
    import_json(alice_client, "gpx/korita-zbevnica.gpx", "fit/strava-android-app-201.10-b1218918.fit")
    assert sorted(Run.objects.filter(user=alice).values_list("notes", flat=True)) == ["", "03-OCT-10"]


def test_a_run_read_from_part_of_a_damaged_file_says_so_in_its_notes(alice, alice_client):
    data, _ = fenix2_with_a_fault()
    alice_client.post(URL, {"files": [SimpleUploadedFile("cut.fit", data)]}, HTTP_ACCEPT="application/json")
    assert Run.objects.get(user=alice).notes == run_import.PARTIAL_NOTE


def test_the_result_page_links_to_the_history_only_when_runs_were_added(alice_client):
    upload = real_upload("fit/garmin-fenix-5-run.fit")
    first = alice_client.post(URL, {"files": [upload]}).content.decode()
    again = alice_client.post(URL, {"files": [real_upload("fit/garmin-fenix-5-run.fit")]}).content.decode()
    assert "See the new runs in your history" in first
    assert "See the new runs in your history" not in again


def test_a_fit_file_too_slow_to_read_in_time_fails_and_the_next_is_left_for_another_upload(
    alice_client, monkeypatch
):
    # The FIT reader's clock says its time is up; the upload's own clock does not.
    monkeypatch.setattr(fit_reader, "monotonic", lambda: float("inf"))
    files = import_json(alice_client, "fit/activity-small-fenix2-run.fit", "fit/garmin-fenix-5-run.fit")
    assert files[0]["reason"] == "too large to read in the time one upload may take"
    assert files[1]["reason"] == run_import.OUT_OF_TIME
