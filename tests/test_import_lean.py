"""A long recording imported without holding more than its file: a FIT's records counted as they are
decoded, and an upload's bytes read once. Speed is in tests/bench/imports.py, not here."""

import datetime

from django.core.files.uploadedfile import TemporaryUploadedFile

from tests.activity_factories import make_gpx
from tests.fit_factory import make_fit
from tests.test_import_large_files import peak_bytes_while
from tracker.importers.fit import read_fit
from tracker.importers.safety import read_upload

# Enough records that holding them shows beside the file (about 20 bytes each in it), few enough to be quick.
RECORDS = 5_000


def test_it_reads_a_long_fit_in_less_than_the_files_size():
    data = make_fit(RECORDS)
    # The records kept as a list took over ten times the file.
    assert peak_bytes_while(lambda: read_fit(data)) < len(data)


def test_a_long_fit_without_a_session_takes_its_time_and_distance_from_its_records():
    activity = read_fit(make_fit(RECORDS, with_session=False))
    assert activity.duration_s == RECORDS - 1
    assert activity.distance_m == read_fit(make_fit(RECORDS)).distance_m


def test_a_fit_without_a_session_is_dated_by_its_first_record():
    activity = read_fit(make_fit(10, with_session=False))
    assert activity.started_at == datetime.datetime(2024, 5, 1, 7, 0, tzinfo=datetime.timezone.utc)


def test_it_holds_an_uploaded_file_once_after_peeking_at_its_first_bytes():
    data = make_gpx(10_000)
    upload = TemporaryUploadedFile("run.gpx", "application/gpx+xml", len(data), None)
    upload.write(data)
    upload.seek(0)
    upload.read(4)  # is it a zip? as the import asks before reading the file
    upload.seek(0)
    try:
        # Twice the file would be the file object's buffer joined to the rest.
        assert peak_bytes_while(lambda: read_upload(upload)) < 1.2 * len(data)
    finally:
        upload.close()
