"""Values no reader was written for: impossible time offsets, and whatever else trips a reader. Each is
treated as unknown, or fails its own file with a plain reason; never a 500, and never at the cost of the
other files of the upload."""

import datetime
import logging
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.activity_factories import make_gpx, make_tcx
from tests.test_import_strava import make_zip
from tracker.importers.gpx import read_gpx
from tracker.importers.records import ActivityFileError
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
    response = client.post(URL, {"files": [SimpleUploadedFile(name, data)]}, HTTP_ACCEPT="application/json")
    assert response.status_code == 200, response.content
    return [(file["name"], file["status"], file["reason"]) for file in response.json()["files"]]


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


def test_an_infinite_elevation_fails_its_file_with_a_reason():
    data = re.sub(rb"<ele>[^<]*</ele>", b"<ele>inf</ele>", make_gpx(20), count=1)
    with pytest.raises(ActivityFileError, match="impossible coordinates or elevations"):
        read_gpx(data)
