"""The TCX reader's ways through a file: times as devices write them, trackpoints with or without their own
distances and positions, an overgrown trackpoint, and files that break off or are not TCX at all."""

import re

import pytest

from tests.activity_factories import make_gpx, make_tcx
from tracker.importers.records import ActivityFileError
from tracker.importers.tcx import read_tcx
from tracker.importers.xml_safety import WHOLE_AT_MOST

POINTS = 600


def without(data, *names):
    """`data` without any element of these names, nor what they hold."""
    for name in names:
        data = re.sub(rb"<%s>.*?</%s>" % (name.encode(), name.encode()), b"", data)
    return data


def trackpoints_only(data):
    """A TCX whose laps give no totals, so that distance and time come from the trackpoints."""
    return re.sub(rb"(<Lap [^>]*>)<TotalTimeSeconds>.*?</DistanceMeters>", rb"\1", data)


def shifted_two_hours_east(data):
    return re.sub(rb"T07:(\d\d):(\d\d)Z", lambda found: b"T09:%s:%s+02:00" % (found[1], found[2]), data)


@pytest.fixture(scope="module")
def plain():
    return read_tcx(trackpoints_only(make_tcx(POINTS)))


def test_a_tcx_without_lap_totals_takes_its_distance_and_time_from_the_trackpoints(plain):
    # make_tcx writes the last trackpoint's cumulative distance to a tenth of a metre; a point a second.
    assert plain.distance_m == read_tcx(make_tcx(POINTS)).distance_m
    assert plain.duration_s == POINTS - 1


def test_times_with_milliseconds_give_the_same_start_and_time(plain):
    activity = read_tcx(trackpoints_only(make_tcx(POINTS)).replace(b"Z<", b".000Z<"))
    assert (activity.started_at, activity.duration_s) == (plain.started_at, plain.duration_s)


def test_times_written_at_an_offset_give_the_same_start_and_time(plain):
    activity = read_tcx(shifted_two_hours_east(trackpoints_only(make_tcx(POINTS))))
    assert (activity.started_at, activity.duration_s) == (plain.started_at, plain.duration_s)


def test_a_fraction_of_a_second_counts_in_the_time(plain):
    data = trackpoints_only(make_tcx(POINTS)).replace(b"07:09:59Z<", b"07:09:59.250Z<")
    assert read_tcx(data).duration_s == plain.duration_s + 0.25


def test_trackpoints_without_their_own_distance_are_measured_along_their_positions(plain):
    activity = read_tcx(without(trackpoints_only(make_tcx(POINTS)), "DistanceMeters"))
    # The positions are written to seven decimals, a centimetre, and the distances to a tenth of a metre.
    assert activity.distance_m == pytest.approx(plain.distance_m, abs=0.5)


def test_trackpoints_without_positions_still_give_distance_time_and_climb(plain):
    activity = read_tcx(without(trackpoints_only(make_tcx(POINTS)), "Position"))
    assert (activity.distance_m, activity.duration_s) == (plain.distance_m, plain.duration_s)
    assert (activity.ascent_m, activity.descent_m) == (plain.ascent_m, plain.descent_m)


def test_a_trackpoint_too_large_to_hold_whole_counts_as_any_other(plain):
    extension = b"<Extensions>" + b"<Speed>3.1</Speed>" * (20 * WHOLE_AT_MOST) + b"</Extensions></Trackpoint>"
    data = trackpoints_only(make_tcx(POINTS)).replace(b"</Trackpoint>", extension, 3)
    assert read_tcx(data) == plain


def test_a_long_tcx_cut_short_ends_early():
    data = make_tcx(POINTS)
    with pytest.raises(ActivityFileError, match="the file ends early"):
        read_tcx(data[: len(data) // 2])


def test_a_gpx_read_as_tcx_is_not_a_tcx_even_when_it_breaks_off():
    with pytest.raises(ActivityFileError, match="^not a TCX file$"):
        read_tcx(make_gpx(POINTS)[:5000])
