"""Whatever the bytes, the readers answer with their own error and a reason, never a crash."""

import datetime
import io
import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.importers.activity_files import read_activity, unpack
from tracker.importers.fit import read_fit
from tracker.importers.gpx import read_gpx
from tracker.importers.journal_csv import JournalCsvError, read_journal_csv
from tracker.importers.records import ActivityFileError
from tracker.importers.safety import UnpackBudget
from tracker.importers.strava import open_archive
from tracker.importers.tcx import read_tcx

REAL = Path(__file__).parent / "files" / "real"
SEEDS = [
    (REAL / "fit/garmin-fenix-5-run.fit").read_bytes(),
    (REAL / "gpx/track-with-empty-segment.gpx").read_bytes(),
]
FAST = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def damaged_real_files(draw):
    """A real file with a few bytes changed and maybe cut short: close enough to get past the first checks."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    rng = random.Random(draw(st.integers(0, 2**32)))
    for _ in range(draw(st.integers(1, 12))):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data[: draw(st.integers(0, len(data)))])


ANY_BYTES = st.one_of(st.binary(max_size=2000), damaged_real_files())


def only_our_error(reader, data):
    try:
        reader(data)
    except ActivityFileError as error:
        assert error.reason


@FAST
@given(ANY_BYTES)
def test_the_fit_reader_only_raises_its_own_error(data):
    only_our_error(read_fit, data)


@FAST
@given(ANY_BYTES)
def test_the_gpx_reader_only_raises_its_own_error(data):
    only_our_error(read_gpx, data)


@FAST
@given(ANY_BYTES)
def test_the_tcx_reader_only_raises_its_own_error(data):
    only_our_error(read_tcx, data)


@FAST
@given(ANY_BYTES, st.sampled_from(["a.fit", "a.gpx.gz", "a.tcx", "noname"]))
def test_reading_any_file_only_raises_its_own_error(data, name):
    only_our_error(lambda raw: read_activity(name, unpack(name, raw)), data)


@FAST
@given(st.binary(max_size=2000).map(lambda tail: b"PK\x03\x04" + tail))
def test_opening_any_zip_only_raises_its_own_error(data):
    only_our_error(lambda raw: open_archive(io.BytesIO(raw), UnpackBudget()), data)


@FAST
@given(st.binary(max_size=500) | st.text(max_size=500).map(str.encode))
def test_the_journal_csv_reader_only_raises_its_own_error(data):
    try:
        read_journal_csv(io.BytesIO(data), loggable_slugs={"crunches"}, latest_date=datetime.date(2030, 1, 1))
    except JournalCsvError as error:
        assert error.problems
