"""XML activity files in the encodings XML allows: UTF-8 with or without a byte order mark, and UTF-16 in
either byte order, with a byte order mark or only declared. Each is known by its content and read alike."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.activity_factories import make_tcx
from tracker.importers.activity_files import kind_of, read_activity
from tracker.importers.records import ActivityFileError

REAL = Path(__file__).parent / "files" / "real"
TRACKS = ["gpx/cerknicko-jezero.gpx", "gpx/korita-zbevnica.gpx", "gpx/track-with-empty-segment.gpx"]
BYTE_ORDER_MARKS = {"le": b"\xff\xfe", "be": b"\xfe\xff"}
UTF16_FORMS = [("le", True), ("be", True), ("le", False), ("be", False)]


def as_utf16(data, byte_order, with_mark):
    """The same XML in UTF-16, its declaration saying so; without the mark, only the declaration does."""
    text = data.decode("utf-8-sig")
    declaration, rest = text.split("?>", 1)
    declaration = declaration.replace('encoding="UTF-8"', 'encoding="UTF-16"').replace(
        'encoding="utf-8"', 'encoding="UTF-16"'
    )
    encoded = (declaration + "?>" + rest).encode(f"utf-16-{byte_order}")
    return (BYTE_ORDER_MARKS[byte_order] if with_mark else b"") + encoded


def distance(name, data):
    """(kind, distance) of `data` uploaded as `name`; "download" says nothing, so the content must."""
    kind, activity = read_activity(name, data)
    return kind, activity.distance_m


@pytest.mark.parametrize("track", TRACKS)
@pytest.mark.parametrize(("byte_order", "with_mark"), UTF16_FORMS)
def test_a_utf16_gpx_reads_as_its_utf8_original(track, byte_order, with_mark):
    original = (REAL / track).read_bytes()
    assert distance("download", as_utf16(original, byte_order, with_mark)) == distance("download", original)


@pytest.mark.parametrize(("byte_order", "with_mark"), UTF16_FORMS)
def test_a_utf16_tcx_is_known_by_its_content(byte_order, with_mark):
    assert kind_of("download", as_utf16(make_tcx(20), byte_order, with_mark)) == "tcx"


def test_a_utf16_tcx_reads_as_its_utf8_original():
    original = make_tcx(20)
    assert distance("run.tcx", as_utf16(original, "be", True)) == distance("run.tcx", original)


def test_a_utf8_gpx_with_a_byte_order_mark_reads_as_one_without():
    original = (REAL / "gpx/cerknicko-jezero.gpx").read_bytes()
    assert distance("download", b"\xef\xbb\xbf" + original) == distance("download", original)


def test_utf16_that_is_no_xml_is_not_an_activity():
    with pytest.raises(ActivityFileError, match="not an activity file"):
        read_activity("download", "hello, this is a letter".encode("utf-16"))


def test_a_utf16_gpx_uploads_and_imports(alice_client):
    data = as_utf16((REAL / "gpx/cerknicko-jezero.gpx").read_bytes(), "le", True)
    upload = SimpleUploadedFile("lake.gpx", data)
    response = alice_client.post("/runs/import/", {"files": [upload]}, HTTP_ACCEPT="application/json")
    assert response.json()["files"][0]["run"]["distance_km"] == 4.58
