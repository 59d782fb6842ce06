"""Long recordings: GPX and TCX files are read in one pass, in far less memory than their own bytes, within
the time one file may take, and with the very figures gpxpy gives."""

import gzip
import time
import tracemalloc
from pathlib import Path

import gpxpy
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.activity_factories import make_gpx, make_tcx
from tracker import run_import
from tracker.importers.activity_files import read_activity
from tracker.importers.gpx import read_gpx
from tracker.importers.records import OutOfTime
from tracker.importers.safety import UnpackBudget, gunzip
from tracker.importers.tcx import read_tcx

REAL = Path(__file__).parent / "files" / "real"
TRACKS = ["cerknicko-jezero", "cerknicko-jezero-without-elevations", "korita-zbevnica", "Mojstrovka"]
# Enough points that a reader holding the file (or its points) shows it, few enough to stay quick.
POINTS = 10_000


def peak_bytes_while(action):
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def gpxpys_figures(data):
    document = gpxpy.parse(data.decode("utf-8-sig"))
    return (document.length_2d(), *document.get_uphill_downhill())


def figures(activity):
    return (activity.distance_m, activity.ascent_m, activity.descent_m)


def test_it_reads_a_long_gpx_in_a_fifth_of_the_files_size():
    data = make_gpx(POINTS)
    assert peak_bytes_while(lambda: read_gpx(data)) < len(data) / 5


def test_it_reads_a_long_tcx_in_a_fifth_of_the_files_size():
    data = make_tcx(POINTS)
    assert peak_bytes_while(lambda: read_tcx(data)) < len(data) / 5


def test_it_holds_a_gzipped_file_once_while_unpacking_it():
    data = make_gpx(POINTS)
    packed = gzip.compress(data)
    # Twice the file would mean the parts and their joined copy were held at once.
    assert peak_bytes_while(lambda: gunzip(packed, UnpackBudget())) < 1.5 * len(data)


@pytest.mark.parametrize("name", TRACKS)
def test_it_gives_gpxpys_distance_and_climb_for_the_real_tracks(name):
    data = (REAL / "gpx" / f"{name}.gpx").read_bytes()
    assert figures(read_gpx(data)) == pytest.approx(gpxpys_figures(data), rel=1e-9)


def test_it_gives_gpxpys_distance_and_climb_for_a_track_in_several_segments():
    data = make_gpx(3000, segments=3)
    assert figures(read_gpx(data)) == pytest.approx(gpxpys_figures(data), rel=1e-9)


def test_it_leaves_out_the_pauses_between_segments():
    activity = read_gpx(make_gpx(3000, segments=3))
    # A point a second: each segment of 1,000 points spans 999 s, and the two gaps are not counted.
    assert activity.duration_s == 3 * 999


def test_a_long_tcx_has_the_distance_and_time_of_its_laps():
    activity = read_tcx(make_tcx(3000, laps=3))
    assert activity.duration_s == 3000
    assert activity.distance_m == pytest.approx(read_tcx(make_tcx(3000, laps=1)).distance_m, abs=0.2)


@pytest.mark.parametrize(("reader", "data"), [(read_gpx, make_gpx(100)), (read_tcx, make_tcx(100))])
def test_it_stops_reading_at_the_deadline(reader, data):
    with pytest.raises(OutOfTime):
        reader(data, deadline=time.monotonic() - 1)


@pytest.mark.parametrize(("name", "data"), [("run.gpx", make_gpx(100)), ("run.tcx", make_tcx(100))])
def test_reading_any_activity_heeds_the_deadline(name, data):
    with pytest.raises(OutOfTime):
        read_activity(name, data, deadline=time.monotonic() - 1)


def test_a_gpx_that_outlasts_the_time_one_file_may_take_fails_with_a_reason(alice_client, monkeypatch):
    monkeypatch.setattr(run_import, "ONE_FILE_TIME_LIMIT_S", -1)
    upload = SimpleUploadedFile("long.gpx", make_gpx(100))
    response = alice_client.post("/runs/import/", {"files": [upload]}, HTTP_ACCEPT="application/json")
    assert response.json()["files"][0]["reason"] == "too large to read in the time one upload may take"
