"""Zips: a Strava bulk export imports once, and unsafe archives are refused whole."""

import gzip
import io
import stat
import struct
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.import_job_client import import_json, import_page
from tracker import run_import
from tracker.importers import safety
from tracker.models import Run
from tracker.templatetags.journal_format import climb

REAL = Path(__file__).parent / "files" / "real"
URL = "/runs/import/"
CSV_HEADER = (
    '"Activity ID","Activity Date","Activity Name","Activity Type","Activity Description",'
    '"Elapsed Time","Distance","Filename"\n'
)


def real(name):
    return (REAL / name).read_bytes()


def make_zip(entries):
    """A zip of {name: bytes}; a ZipInfo may stand in for the name."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def make_strava_export():
    """Five listed activities (two of them not runs, one entered by hand with no file), one file the CSV
    does not list, and the other folders of a real export."""
    rows = [
        '1001,"Jun 11, 2017, 2:34:09 PM","Strides","Run","",57,0.16,"activities/1001.fit.gz"',
        '1002,"Jun 12, 2017, 4:09:22 PM","Commute","Ride","",60,0.46,"activities/1002.fit.gz"',
        '1003,"Jun 11, 2017, 2:32:51 PM","Dog walk","Walk","",45,0.07,"activities/1003.fit"',
        '1004,"Sep 27, 2021, 2:13:10 PM","Hill reps","Run","",3558,11.27,"activities/1004.fit.gz"',
        '1005,"Aug 5, 2010, 2:23:59 PM","Lake loop","Trail Run","",7190,4.58,"activities/1005.gpx.gz"',
        '1006,"Jan 2, 2020, 9:00:00 AM","Treadmill, typed in","Run","",1800,5.0,""',
    ]
    return make_zip(
        {
            "export_42/activities.csv": CSV_HEADER + "\n".join(rows) + "\n",
            "export_42/activities/1001.fit.gz": gzip.compress(real("fit/garmin-fenix-5-run.fit")),
            "export_42/activities/1002.fit.gz": gzip.compress(real("fit/garmin-fenix-5-bike.fit")),
            "export_42/activities/1003.fit": real("fit/garmin-fenix-5-walk.fit"),
            "export_42/activities/1004.fit.gz": gzip.compress(
                real("fit/strava-android-app-201.10-b1218918.fit")
            ),
            "export_42/activities/1005.gpx.gz": gzip.compress(real("gpx/cerknicko-jezero.gpx")),
            "export_42/activities/2001.gpx": real("gpx/korita-zbevnica.gpx"),
            "export_42/activities/.DS_Store": b"\0\0\0\1Bud1",
            "export_42/routes/1.gpx": real("gpx/route.gpx"),
            "export_42/profile.csv": "Athlete ID,Email\n42,runner@example.org\n",
            "export_42/media/photo.jpg": b"\xff\xd8\xff\xe0 not really a photo",
        }
    )


def upload_zip(client, data, name="export.zip"):
    # A zip is read in the background: this is the finished job's answer.
    response = import_json(client, [SimpleUploadedFile(name, data)])
    return response.json()["files"]


def summary(files):
    return sorted((file["name"].rsplit("/", 1)[-1], file["status"]) for file in files)


def test_a_strava_export_imports_its_runs_and_skips_the_rest(alice, alice_client):
    files = upload_zip(alice_client, make_strava_export())
    assert summary(files) == [
        ("1001.fit.gz", "imported"),
        ("1002.fit.gz", "not_a_run"),
        ("1003.fit", "not_a_run"),
        ("1004.fit.gz", "imported"),
        ("1005.gpx.gz", "imported"),
        ("2001.gpx", "imported"),
    ]


def test_a_strava_export_imported_twice_adds_nothing_the_second_time(alice, alice_client):
    upload_zip(alice_client, make_strava_export())
    files = upload_zip(alice_client, make_strava_export())
    assert Run.objects.filter(user=alice).count() == 4
    assert {file["status"] for file in files} == {"duplicate", "not_a_run"}


def test_the_csv_names_the_runs_and_its_type_sets_the_surface(alice, alice_client):
    upload_zip(alice_client, make_strava_export())
    lake = Run.objects.get(user=alice, distance_m=4580)
    assert lake.notes == "Lake loop" and lake.surface == "trail" and lake.origin == "strava"


def test_a_run_the_csv_calls_a_run_is_a_trail_run_when_it_climbs_like_one(alice, alice_client):
    upload_zip(alice_client, make_strava_export())
    surfaces = dict(Run.objects.filter(user=alice).values_list("distance_m", "surface"))
    # Korita, unlisted, climbs 47 m a km; the "Hill reps" Run, whose file has no climb, stays road.
    assert (surfaces[14914], surfaces[11274]) == ("trail", "road")


def test_the_result_page_shows_the_climb_of_runs_from_a_zip(alice, alice_client):
    response = import_page(alice_client, [SimpleUploadedFile("export.zip", make_strava_export())])
    lake = Run.objects.get(user=alice, distance_m=4580)
    assert (
        f"{climb(lake.ascent_m, 'km')} up, {climb(lake.descent_m, 'km')} down</p>"
        in response.content.decode()
    )


def test_the_csv_says_why_a_listed_activity_is_not_a_run(alice_client):
    files = upload_zip(alice_client, make_strava_export())
    assert {file["reason"] for file in files if file["status"] == "not_a_run"} == {
        "not a run (ride)",
        "not a run (walk)",
    }


def test_a_zip_of_plain_activity_files_imports_each_of_them(alice, alice_client):
    data = make_zip(
        {"a.fit": real("fit/garmin-fenix-5-run.fit"), "b/c.gpx": real("gpx/cerknicko-jezero.gpx")}
    )
    assert summary(upload_zip(alice_client, data)) == [("a.fit", "imported"), ("c.gpx", "imported")]


def test_the_same_run_in_a_zip_and_loose_is_a_duplicate(alice, alice_client):
    upload_zip(alice_client, make_zip({"runs/a.fit.gz": gzip.compress(real("fit/garmin-fenix-5-run.fit"))}))
    loose = SimpleUploadedFile("a.fit", real("fit/garmin-fenix-5-run.fit"))
    response = alice_client.post(URL, {"files": [loose]}, HTTP_ACCEPT="application/json")
    assert response.json()["files"][0]["status"] == "duplicate"


def test_a_zip_bomb_is_refused_and_nothing_in_it_imports(alice, alice_client):
    data = make_zip({"a.fit": real("fit/garmin-fenix-5-run.fit"), "bomb.gpx": b"\0" * (20 * 1024 * 1024)})
    files = upload_zip(alice_client, data)
    assert files == [
        {
            "name": "export.zip",
            "status": "failed",
            "reason": "refused: bomb.gpx expands more than 100 times (a zip bomb?)",
            "run": None,
        }
    ]
    assert not Run.objects.filter(user=alice).exists()


def test_a_gzip_bomb_is_refused_while_it_unpacks(alice_client):
    bomb = SimpleUploadedFile("run.gpx.gz", gzip.compress(b" " * (20 * 1024 * 1024)))
    response = alice_client.post(URL, {"files": [bomb]}, HTTP_ACCEPT="application/json")
    assert response.json()["files"][0]["reason"].startswith("refused: it expands more than 100 times")


@pytest.mark.parametrize("name", ["../escape.fit", "/etc/escape.fit", "a/../../escape.fit", "C:\\escape.fit"])
def test_a_zip_with_a_path_outside_itself_is_refused(alice, alice_client, name):
    data = make_zip({"a.fit": real("fit/garmin-fenix-5-run.fit"), name: real("fit/garmin-fenix-5-run.fit")})
    files = upload_zip(alice_client, data)
    assert files[0]["reason"].startswith("refused: the zip holds a path outside itself")
    assert not Run.objects.filter(user=alice).exists()


def test_a_zip_entry_that_lies_about_its_size_is_not_unpacked_past_it(alice_client):
    data = bytearray(make_zip({"big.gpx": b"<gpx>" + b" " * (2 * 1024 * 1024) + b"</gpx>"}))
    # Claim 1,000 bytes unpacked, in the local header and in the central directory.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = data.index(signature)
        data[start + offset : start + offset + 4] = (1000).to_bytes(4, "little")
    files = upload_zip(alice_client, bytes(data))
    assert files[0]["status"] == "failed"
    assert files[0]["reason"] == "the file is damaged inside the zip"


def test_symbolic_links_in_a_zip_are_ignored(alice_client):
    link = zipfile.ZipInfo("link.fit")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(link, "/etc/passwd")
        archive.writestr("a.fit", real("fit/garmin-fenix-5-run.fit"))
    assert summary(upload_zip(alice_client, buffer.getvalue())) == [("a.fit", "imported")]


def test_a_zip_of_more_than_2000_files_is_refused(alice_client):
    data = make_zip({f"run-{number}.gpx": b"" for number in range(2001)})
    assert upload_zip(alice_client, data)[0]["reason"] == "refused: more than 2,000 files in one zip"


def test_a_zip_declaring_a_huge_number_of_entries_is_refused_before_they_are_listed(
    alice_client, monkeypatch
):
    data = make_zip({f"run-{number}.gpx": b"" for number in range(4001)})
    monkeypatch.setattr(zipfile.ZipFile, "infolist", lambda self: pytest.fail("the entries were listed"))
    assert upload_zip(alice_client, data)[0]["reason"] == "refused: more than 2,000 files in one zip"


def test_a_zip_that_unpacks_past_the_upload_limit_is_refused(alice_client, monkeypatch):
    monkeypatch.setattr(safety, "MAX_UNPACKED_BYTES", 1024 * 1024)
    data = make_zip({f"run-{number}.gpx": bytes(range(256)) * 1024 for number in range(5)})
    assert upload_zip(alice_client, data)[0]["reason"] == "refused: the zip unpacks to more than 1 MB"


def test_a_damaged_zip_says_so(alice_client):
    data = make_strava_export()[:5000]
    assert upload_zip(alice_client, data)[0]["reason"] == "the zip file is damaged"


def test_a_zip_with_no_activity_files_says_so(alice_client):
    data = make_zip({"notes.txt": b"nothing to see"})
    assert upload_zip(alice_client, data)[0]["reason"] == "no activity files in this zip"


def directory_only_zip(listed, declared):
    """A zip of `listed` central directory entries whose end record declares only `declared` of them, behind
    one empty local header so that it starts like any zip."""
    entry = struct.Struct("<4s6H3I5H2I")
    names = [f"{number:07d}.gpx".encode() for number in range(listed)]
    directory = b"".join(
        entry.pack(b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0, 0, 0, 0, 0, 0) + name
        for name in names
    )
    end = struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, declared, declared, len(directory), 0, 0)
    return b"PK\x03\x04" + bytes(26) + directory + end


def test_a_zip_listing_far_more_files_than_it_declares_is_refused_before_zipfile_parses_it(
    alice_client, monkeypatch
):
    data = directory_only_zip(listed=50_000, declared=1)
    monkeypatch.setattr(safety.zipfile, "ZipFile", lambda *args: pytest.fail("zipfile parsed the list"))
    assert upload_zip(alice_client, data)[0]["reason"] == "refused: more than 2,000 files in one zip"


def zip64(entries, declare=None):
    """A ZIP64 archive (its real figures in the ZIP64 end record), declaring `declare` entries there."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 0)  # makes zipfile write the ZIP64 end records
        data = bytearray(make_zip(entries))
    if declare is not None:
        record = data.rindex(b"PK\x06\x06")
        data[record + 24 : record + 40] = declare.to_bytes(8, "little") * 2
    return bytes(data)


def test_a_zip64_archive_imports_its_runs(alice_client):
    data = zip64({"a.fit": real("fit/garmin-fenix-5-run.fit"), "b.gpx": real("gpx/cerknicko-jezero.gpx")})
    assert summary(upload_zip(alice_client, data)) == [("a.fit", "imported"), ("b.gpx", "imported")]


def test_a_zip64_archive_declaring_too_many_files_is_refused(alice_client):
    data = zip64({"a.fit": real("fit/garmin-fenix-5-run.fit")}, declare=5000)
    assert upload_zip(alice_client, data)[0]["reason"] == "refused: more than 2,000 files in one zip"


def test_a_zip_too_large_to_keep_in_memory_is_read_from_its_temporary_file(alice, alice_client, settings):
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1024
    upload_zip(alice_client, make_strava_export())
    assert Run.objects.filter(user=alice).count() == 4


def test_the_result_page_puts_a_zips_files_under_its_name(alice_client):
    data = make_zip({"runs/a.fit": real("fit/garmin-fenix-5-run.fit")})
    response = import_page(alice_client, [SimpleUploadedFile("watch.zip", data)])
    text = response.content.decode()
    assert "From <strong>watch.zip</strong>" in text
    assert '<span class="text-body-secondary">runs/</span><strong>a.fit</strong>' in text


def test_an_upload_out_of_time_leaves_the_next_zip_unopened(alice, monkeypatch):
    monkeypatch.setattr(run_import, "IMPORT_TIME_BUDGET_S", -1)
    first, second = (make_zip({f"{n}.fit": real("fit/garmin-fenix-5-run.fit")}) for n in (1, 2))
    uploads = [SimpleUploadedFile("first.zip", first), SimpleUploadedFile("second.zip", second)]
    # Zips sent to the web page are read by a worker, with no time limit in all; the API reads them at once.
    files = [result.as_json() for result in run_import.import_uploads(alice, uploads)]
    assert [(file["name"], file["status"]) for file in files] == [
        ("1.fit", "imported"),
        ("second.zip", "failed"),
    ]
    assert "Upload the same files again to go on" in files[1]["reason"]
