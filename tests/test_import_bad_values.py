"""Values no reader was written for: impossible time offsets, control characters in names, and whatever
else trips a reader. Each is cleaned, treated as unknown, or fails its own file with a plain reason; never a
500, and never at the cost of the other files of the upload."""

import datetime
import io
import logging
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.activity_factories import make_gpx, make_tcx
from tests.import_job_client import import_json
from tests.test_import_strava import CSV_HEADER, make_zip
from tracker.importers.gpx import read_gpx
from tracker.importers.records import Activity, ActivityFileError
from tracker.importers.safety import UnpackBudget
from tracker.importers.strava import open_archive
from tracker.importers.tcx import parse_time, read_tcx
from tracker.models import Profile, Run
from tracker.run_import import UNREADABLE

REAL = Path(__file__).parent / "files" / "real"
URL = "/runs/import/"


def real(name):
    return (REAL / name).read_bytes()


def with_offset(data, offset):
    """The file with every UTC time ("...Z") given `offset` instead."""
    return data.replace(b"Z<", offset + b"<").replace(b'Z"', offset + b'"')


def upload(client, name, data):
    response = import_json(client, [SimpleUploadedFile(name, data)])  # a zip's job, read at once
    assert response.status_code == 200, response.content
    return [(file["name"], file["status"], file["reason"]) for file in response.json()["files"]]


def strava_export(activity_name):
    row = f'1005,"Aug 5, 2010, 2:23:59 PM","{activity_name}","Run","",7190,4.58,"activities/1005.gpx"'
    return make_zip(
        {"activities.csv": CSV_HEADER + row + "\n", "activities/1005.gpx": real("gpx/cerknicko-jezero.gpx")}
    )


@pytest.mark.parametrize("offset", ["+24:00", "-24:00", "+99:99", "+2400"])
def test_a_time_with_an_offset_of_a_day_or_more_is_no_time(offset):
    assert parse_time(f"2024-03-02T07:30:00{offset}") is None


def test_a_time_pushed_before_the_year_1_is_no_time():
    assert parse_time("0001-01-01T00:30:00+01:00") is None


def test_a_tcx_whose_activity_id_has_an_impossible_offset_is_dated_by_its_first_lap():
    data = make_tcx(20).replace(b"Z</Id>", b"+24:00</Id>")
    assert read_tcx(data).started_at == datetime.datetime(2024, 5, 1, 7, 0, tzinfo=datetime.timezone.utc)


def test_a_gpx_whose_times_all_have_an_impossible_offset_has_no_usable_times():
    activity = read_gpx(with_offset(make_gpx(20), b"+24:00"))
    assert activity.started_at is None
    assert activity.note == "The track has no usable times."


def test_a_zip_with_a_bad_offset_tcx_between_good_files_imports_the_good_ones(alice, alice_client):
    data = make_zip(
        {
            "a.fit": real("fit/garmin-fenix-5-run.fit"),
            "b.tcx": with_offset(make_tcx(20), b"+24:00"),
            "c.gpx": real("gpx/cerknicko-jezero.gpx"),
        }
    )
    assert upload(alice_client, "runs.zip", data) == [
        ("a.fit", "imported", ""),
        ("b.tcx", "failed", "no usable times in this file, so the run's date is unknown"),
        ("c.gpx", "imported", ""),
    ]
    assert Run.objects.filter(user=alice).count() == 2


def year_one_gpx():
    """A GPX from a device whose clock was never set: times just after midnight on 1 January of the year 1,
    which in any time zone west of UTC fall before the first day a date can hold."""
    return make_gpx(20, name="Secret route").replace(b"2024-05-01T07:", b"0001-01-01T00:")


def test_a_file_a_reader_trips_over_fails_alone_with_a_plain_reason(alice, alice_client):
    Profile.objects.filter(user=alice).update(time_zone="America/New_York")
    data = make_zip({"a.gpx": year_one_gpx(), "b.fit": real("fit/garmin-fenix-5-run.fit")})
    assert upload(alice_client, "runs.zip", data) == [
        ("a.gpx", "failed", UNREADABLE),
        ("b.fit", "imported", ""),
    ]


def test_the_log_names_the_error_but_quotes_nothing_of_the_file(alice, alice_client, caplog):
    Profile.objects.filter(user=alice).update(time_zone="America/New_York")
    with caplog.at_level(logging.ERROR):
        upload(alice_client, "year-one.gpx", year_one_gpx())
    assert "OverflowError" in caplog.text
    assert "Secret route" not in caplog.text and "0001-01-01" not in caplog.text


def test_an_activity_keeps_no_control_characters_in_its_words():
    activity = Activity(None, 1000.0, name="Morning\x00 run\x07\r\n\twith Ana", sport="run\x1b")
    assert (activity.name, activity.sport) == ("Morning run\n\twith Ana", "run")


def test_a_gpx_track_name_with_a_carriage_return_character_reference_comes_out_plain():
    # XML forbids NUL even as a reference; a carriage return is the one control it can smuggle in.
    assert read_gpx(make_gpx(20, name="Lake&#13;loop")).name == "Lakeloop"


def test_a_tcx_note_with_a_carriage_return_character_reference_comes_out_plain():
    assert read_tcx(make_tcx(20, notes="Hill&#13;reps")).name == "Hillreps"


def test_a_strava_listing_keeps_no_nul_in_its_name():
    archive = open_archive(io.BytesIO(strava_export("Morning\x00 run")), UnpackBudget())
    assert archive.listing_for(archive.members[0]).name == "Morning run"


def test_a_nul_in_a_strava_activity_name_is_left_out_of_the_runs_notes(alice, alice_client):
    statuses = upload(alice_client, "export.zip", strava_export("Lake\x00 loop"))
    assert statuses[0][1] == "imported"
    assert Run.objects.get(user=alice).notes == "Lake loop"


def test_an_infinite_elevation_fails_its_file_with_a_reason():
    data = re.sub(rb"<ele>[^<]*</ele>", b"<ele>inf</ele>", make_gpx(20), count=1)
    with pytest.raises(ActivityFileError, match="impossible coordinates or elevations"):
        read_gpx(data)
