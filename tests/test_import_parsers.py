"""The activity readers on real files: bytes in, a plain Activity or a reason a person understands out."""

import gzip
import math
from pathlib import Path

import fitdecode
import pytest
from defusedxml import ElementTree as ET

from tracker.importers.activity_files import read_activity, unpack
from tracker.importers.fit import read_fit
from tracker.importers.gpx import read_gpx
from tracker.importers.records import ActivityFileError
from tracker.importers.sports import RUN, WALK, classify
from tracker.importers.tcx import read_tcx

REAL = Path(__file__).parent / "files" / "real"

# The devices' own session totals, read once from each file's session message (total_distance, metres).
FENIX_5_RUN_M = 157.56
FENIX_2_RUN_M = 9008.22
STRAVA_APP_RUN_M = 11274.04


def real(name):
    return (REAL / name).read_bytes()


def read(name):
    data = real(name)
    return read_activity(name, unpack(name, data))[1]


def failure(name):
    with pytest.raises(ActivityFileError) as caught:
        read(name)
    return caught.value.reason


def track_length(name):
    """The track's own length, computed here independently: haversine between consecutive points of each
    segment, 2D, as the importer documents."""
    root = ET.fromstring(real(name).removeprefix(b"\xef\xbb\xbf"))
    total = 0.0
    for segment in root.iter():
        if not segment.tag.endswith("trkseg"):
            continue
        points = [(float(p.get("lat")), float(p.get("lon"))) for p in segment if p.tag.endswith("trkpt")]
        for (lat1, lon1), (lat2, lon2) in zip(points, points[1:], strict=False):
            a = (
                math.sin(math.radians(lat2 - lat1) / 2) ** 2
                + math.cos(math.radians(lat1))
                * math.cos(math.radians(lat2))
                * math.sin(math.radians(lon2 - lon1) / 2) ** 2
            )
            total += 2 * 6371000 * math.asin(math.sqrt(a))
    return total


def test_the_fenix_5_run_has_the_distance_the_watch_recorded():
    assert read("fit/garmin-fenix-5-run.fit").distance_m == pytest.approx(FENIX_5_RUN_M, rel=0.005)


def test_the_fenix_2_run_has_the_distance_time_and_climb_the_watch_recorded():
    activity = read("fit/activity-small-fenix2-run.fit")
    assert activity.distance_m == pytest.approx(FENIX_2_RUN_M, rel=0.005)
    assert (activity.duration_s, activity.ascent_m, activity.descent_m) == (2832.0, 64, 61)
    assert activity.started_at.isoformat() == "2015-08-15T14:45:08+00:00"


def test_the_strava_app_fit_imports_its_session_totals_and_says_so():
    activity = read("fit/strava-android-app-201.10-b1218918.fit")
    assert activity.distance_m == pytest.approx(STRAVA_APP_RUN_M, rel=0.005)
    assert activity.duration_s == 3558.0
    assert "fault at byte 7471" in activity.note and "session totals" in activity.note


def test_the_walk_and_the_ride_are_not_runs():
    walk, ride = read("fit/garmin-fenix-5-walk.fit"), read("fit/garmin-fenix-5-bike.fit")
    assert classify(walk.sport, walk.sub_sport).kind == WALK
    assert classify(ride.sport, ride.sub_sport).label == "ride"


def test_a_fit_file_cut_short_fails_because_it_ends_early():
    assert failure("fit/activity-unexpected-eof.fit") == "the file ends early"


def test_a_fit_file_with_a_broken_header_fails_as_damaged():
    assert failure("fit/activity-settings-corruptheader.fit").startswith("the file is damaged")


def test_a_settings_fit_file_holds_no_activity():
    assert failure("fit/Settings.fit") == "no activity in this FIT file"


def fenix2_with_a_fault():
    """The Fenix 2 run with one record header in the middle pointed at a local message no definition
    introduced, as some writers do: (the bytes, the fault's offset)."""
    data = bytearray(real("fit/activity-small-fenix2-run.fit"))
    offset = _record_header_offset(bytes(data), record_number=1000)
    data[offset] = 0x0F
    return bytes(data), offset


def test_a_fit_file_with_a_fault_before_its_session_imports_the_records_before_it():
    data, offset = fenix2_with_a_fault()
    activity = read_fit(data)
    assert f"before a fault at byte {offset}" in activity.note
    assert 0 < activity.distance_m < FENIX_2_RUN_M


def _record_header_offset(data, record_number):
    seen = 0
    with fitdecode.FitReader(data, keep_raw_chunks=True, check_crc=fitdecode.CrcCheck.DISABLED) as reader:
        for frame in reader:
            if isinstance(frame, fitdecode.FitDataMessage) and frame.name == "record":
                seen += 1
                if seen == record_number:
                    return frame.chunk.offset
    raise AssertionError("the file has fewer records")


@pytest.mark.parametrize(
    "name", ["gpx/cerknicko-jezero.gpx", "gpx/korita-zbevnica.gpx", "gpx/Mojstrovka.gpx"]
)
def test_a_gpx_distance_is_within_1_percent_of_the_tracks_own_length(name):
    assert read(name).distance_m == pytest.approx(track_length(name), rel=0.01)


def test_a_gpx_with_several_tracks_adds_their_segments_but_not_the_pauses_between_them():
    activity = read("gpx/cerknicko-jezero.gpx")
    # 14:23:59 to 16:23:49 is 7,190 s; the recording itself was 4,239 s of it.
    assert activity.duration_s == 4239
    assert round(activity.ascent_m) == 223


def test_a_gpx_whose_first_track_has_no_times_takes_its_time_from_the_timed_tracks():
    activity = read("gpx/korita-zbevnica.gpx")
    assert activity.started_at.isoformat() == "2010-10-03T09:36:30+00:00"
    # The active log's two tracks: 09:36:30 to 10:52:22 (4,552 s) and 10:57:10 to 13:19:31 (8,541 s).
    assert activity.duration_s == 4552 + 8541
    assert "Part of the track has no times" in activity.note


def test_a_gpx_without_elevations_has_no_climb_and_still_its_distance():
    activity = read("gpx/cerknicko-jezero-without-elevations.gpx")
    assert (activity.ascent_m, activity.descent_m) == (0, 0)
    assert activity.distance_m == pytest.approx(read("gpx/cerknicko-jezero.gpx").distance_m)


def test_a_gpx_with_few_times_keeps_its_date_and_leaves_its_time_unknown():
    activity = read("gpx/cerknicko-without-times.gpx")
    assert activity.started_at.date().isoformat() == "2010-08-05"
    assert activity.duration_s is None


def test_a_gpx_whose_times_are_all_one_instant_is_dated_by_the_file():
    activity = read("gpx/Mojstrovka.gpx")
    assert activity.started_at.isoformat() == "2010-12-14T06:17:04+00:00"
    assert "no usable times" in activity.note


def test_a_gpx_with_an_empty_segment_reads_the_other_one():
    assert read("gpx/track-with-empty-segment.gpx").distance_m == pytest.approx(85.95, abs=0.1)


def test_a_gpx_with_a_byte_order_mark_and_only_a_waypoint_has_no_track():
    assert failure("gpx/unicode_with_bom.gpx") == "no track in this GPX"


def test_a_gpx_with_only_a_route_says_so():
    assert failure("gpx/route.gpx").startswith("no track in this GPX: it holds a planned route")


def test_the_type_is_found_from_the_content_not_the_name():
    kind, activity = read_activity("run.gpx", real("fit/garmin-fenix-5-run.fit"))
    assert kind == "fit"


def test_an_empty_file_says_it_is_empty():
    with pytest.raises(ActivityFileError, match="the file is empty"):
        read_activity("run.fit", b"")


def test_a_text_file_named_fit_is_not_a_fit_file():
    with pytest.raises(ActivityFileError, match="not a FIT file"):
        read_activity("run.fit", b"hello, this is not a watch file")


def test_a_gpx_declaring_entities_is_refused():
    bomb = b'<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa">]><gpx>&a;</gpx>'
    with pytest.raises(ActivityFileError, match="entities"):
        read_gpx(bomb)


def test_a_gpx_with_a_doctype_is_refused():
    data = real("gpx/track-with-empty-segment.gpx").replace(
        b"<gpx", b'<!DOCTYPE gpx SYSTEM "http://example.org/gpx.dtd">\n<gpx', 1
    )
    with pytest.raises(ActivityFileError, match="refused: the GPX has a DOCTYPE"):
        read_gpx(data)


def test_a_gpx_cut_short_ends_early():
    with pytest.raises(ActivityFileError, match="the file ends early"):
        read_gpx(real("gpx/cerknicko-jezero.gpx")[:5000])


TCX = b"""<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
 <Activities><Activity Sport="%s"><Id>2024-03-02T07:30:00Z</Id>
  <Lap StartTime="2024-03-02T07:30:00Z"><TotalTimeSeconds>1500</TotalTimeSeconds>
   <DistanceMeters>5000.5</DistanceMeters>
   <Track>
    <Trackpoint><Time>2024-03-02T07:30:00Z</Time><AltitudeMeters>100</AltitudeMeters></Trackpoint>
    <Trackpoint><Time>2024-03-02T07:40:00Z</Time><AltitudeMeters>140</AltitudeMeters></Trackpoint>
    <Trackpoint><Time>2024-03-02T07:55:00Z</Time><AltitudeMeters>110</AltitudeMeters></Trackpoint>
   </Track></Lap>
  <Lap StartTime="2024-03-02T07:55:00Z"><TotalTimeSeconds>300.5</TotalTimeSeconds>
   <DistanceMeters>999.5</DistanceMeters></Lap>
 </Activity></Activities>
</TrainingCenterDatabase>"""


def test_a_tcx_adds_up_its_laps():
    activity = read_tcx(TCX % b"Running")
    assert (activity.distance_m, activity.duration_s) == (6000.0, 1800.5)
    assert activity.started_at.isoformat() == "2024-03-02T07:30:00+00:00"


def test_a_tcx_climb_comes_from_its_trackpoint_altitudes():
    activity = read_tcx(TCX % b"Running")
    assert activity.ascent_m > 0 and activity.descent_m > 0


def test_a_tcx_ride_is_not_a_run():
    activity = read_tcx(TCX % b"Biking")
    assert classify(activity.sport).kind not in (RUN, WALK)


def test_a_gzipped_tcx_is_read_by_its_content():
    kind, activity = read_activity("x.tcx.gz", unpack("x.tcx.gz", gzip.compress(TCX % b"Running")))
    assert kind == "tcx"


def test_a_gz_name_on_content_a_browser_already_unpacked_still_reads():
    kind, activity = read_activity("x.fit.gz", unpack("x.fit.gz", real("fit/garmin-fenix-5-run.fit")))
    assert kind == "fit"


@pytest.mark.parametrize(
    ("sport", "sub_sport", "unknown_is_run", "expected"),
    [
        ("running", "trail", True, ("run", "trail run", "trail")),
        ("fitness_equipment", "treadmill", True, ("run", "treadmill run", "treadmill")),
        ("Trail Run", None, False, ("run", "trail run", "trail")),
        ("trail_running", None, True, ("run", "trail run", "trail")),
        ("running", "street", True, ("run", "run", "road")),
        ("9", None, True, ("run", "run", None)),
        ("hiking", None, True, ("walk", "hike", "trail")),
        ("E-Bike Ride", None, False, ("other", "ride", None)),
        ("Weight Training", None, False, ("other", "weight training", None)),
        ("jkljkl", None, True, ("run", "run", None)),
        ("training", None, True, ("other", "training", None)),
    ],
)
def test_sports_are_sorted_into_runs_walks_and_the_rest(sport, sub_sport, unknown_is_run, expected):
    found = classify(sport, sub_sport, unknown_is_run=unknown_is_run)
    assert (found.kind, found.label, found.surface) == expected
