"""Road or trail: an imported run is a trail run when its file says so, or when it climbs like one."""

from django.core.files.uploadedfile import SimpleUploadedFile

from tests.activity_factories import make_gpx, make_tcx, with_session_byte
from tests.test_import_parsers import real
from tracker.importers.terrain import climbs_like_a_trail
from tracker.models import Run

FIT_SUB_SPORT_TRAIL = 3
# make_gpx's rolling hills climb about 39 m per km; 3,000 points are 5.2 km, 800 points 1.4 km.
HILLY_5_KM_POINTS = 3000
HILLY_1_4_KM_POINTS = 800


def imported_surface(client, user, name, data):
    response = client.post(
        "/runs/import/", {"files": [SimpleUploadedFile(name, data)]}, HTTP_ACCEPT="application/json"
    )
    assert response.json()["files"][0]["status"] == "imported", response.json()
    return Run.objects.get(user=user).surface


def test_korita_climbing_704_m_over_15_km_is_a_trail_run(alice, alice_client):
    assert imported_surface(alice_client, alice, "korita.gpx", real("gpx/korita-zbevnica.gpx")) == "trail"


def test_a_flat_run_is_a_road_run(alice, alice_client):
    # 9 km and 64 m of climb: 7 m per km.
    data = real("fit/activity-small-fenix2-run.fit")
    assert imported_surface(alice_client, alice, "flat.fit", data) == "road"


def test_a_fit_whose_sub_sport_is_trail_is_a_trail_run_however_flat(alice, alice_client):
    data = with_session_byte(real("fit/garmin-fenix-5-run.fit"), "sub_sport", FIT_SUB_SPORT_TRAIL)
    assert imported_surface(alice_client, alice, "trail.fit", data) == "trail"


def test_a_gpx_typed_trail_running_is_a_trail_run_however_flat(alice, alice_client):
    data = make_gpx(HILLY_5_KM_POINTS, sport="trail_running", hills_m=0.05)
    assert imported_surface(alice_client, alice, "trail.gpx", data) == "trail"


def test_a_gpx_typed_road_running_is_a_road_run_however_it_climbs(alice, alice_client):
    data = make_gpx(HILLY_5_KM_POINTS, sport="road_running")
    assert imported_surface(alice_client, alice, "road.gpx", data) == "road"


def test_a_run_that_names_no_surface_and_climbs_like_a_trail_is_a_trail_run(alice, alice_client):
    assert imported_surface(alice_client, alice, "hills.tcx", make_tcx(HILLY_5_KM_POINTS)) == "trail"


def test_a_short_hilly_jog_is_a_road_run(alice, alice_client):
    assert imported_surface(alice_client, alice, "jog.gpx", make_gpx(HILLY_1_4_KM_POINTS)) == "road"


def test_a_walk_round_a_lake_whose_climb_is_gps_fixes_settling_is_a_road_run(alice, alice_client):
    # 223 m of climb over 4.6 km, 154 m of it in three short segments as the GPS found its fix.
    data = real("gpx/cerknicko-jezero.gpx")
    assert imported_surface(alice_client, alice, "lake.gpx", data) == "road"


def test_the_line_is_25_m_of_climb_a_km_over_2_km_or_more():
    assert climbs_like_a_trail(2000, 50)
    assert not climbs_like_a_trail(2000, 49.9)
    assert not climbs_like_a_trail(1999, 100)
