"""The journal CSV and "download my data" are streamed, and still hold exactly the bytes other tools read.

The expected files in tests/files/exports were written by the exports as they were before streaming (each
built whole in memory) for the journal of tests/export_factories.py.
"""

import datetime
import io
import re
import zipfile
from pathlib import Path

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.base import make_checkin, make_exercise, make_user
from tests.export_factories import SAVED_AT, make_every_kind_of_entry
from tests.test_export_journal import make_large_journal

EXPECTED = Path(__file__).parent / "files" / "exports"
EXPORTED_AT = SAVED_AT + datetime.timedelta(days=40)
# Ids depend on what the database handed out before; the rest of each file must match to the byte.
IDS = re.compile(rb'"(id|activity_id)": \d+')


@pytest.fixture
def exported(db):
    """(CSV response, zip response) for the journal with every kind of entry, downloaded at a fixed moment."""
    with time_machine.travel(SAVED_AT, tick=False):
        runner = make_user("alice")
    make_every_kind_of_entry(runner)
    with time_machine.travel(EXPORTED_AT, tick=False):
        client = Client()
        client.force_login(runner)
        csv_response = client.get(reverse("journal_export_csv"))
        zip_response = client.get(reverse("download_my_data"))
        # Read here, while the clock is still pinned: a streamed answer is made as it is read.
        return csv_response, csv_response.getvalue(), zip_response, zip_response.getvalue()


def without_ids(data):
    return IDS.sub(rb'"\1": 0', data)


def test_the_csv_is_byte_for_byte_what_it_was(exported):
    assert exported[1] == (EXPECTED / "journal.csv").read_bytes()


def test_each_file_in_the_zip_is_byte_for_byte_what_it_was(exported):
    archive = zipfile.ZipFile(io.BytesIO(exported[3]))
    for info in archive.infolist():
        assert without_ids(archive.read(info)) == without_ids((EXPECTED / info.filename).read_bytes()), info


def test_the_zip_lists_its_files_in_the_same_order_dated_and_compressed_alike(exported):
    archive = zipfile.ZipFile(io.BytesIO(exported[3]))
    listed = [
        f"{info.filename} {info.date_time} {info.compress_type} {oct(info.external_attr)}"
        for info in archive.infolist()
    ]
    assert listed == (EXPECTED / "zip-members.txt").read_text().splitlines()


def test_every_file_in_the_zip_passes_its_checksum(exported):
    assert zipfile.ZipFile(io.BytesIO(exported[3])).testzip() is None


def test_both_downloads_keep_their_names_and_are_never_stored(exported):
    csv_response, _, zip_response, _ = exported
    assert [csv_response["Content-Disposition"], zip_response["Content-Disposition"]] == [
        'attachment; filename="backtrack-journal-2024-04-19.csv"',
        'attachment; filename="backtrack-data-2024-04-19.zip"',
    ]
    assert "no-store" in csv_response["Cache-Control"] and "no-store" in zip_response["Cache-Control"]


def test_a_long_journal_arrives_in_pieces_the_header_first(alice, alice_client):
    make_large_journal(alice, [make_exercise(f"test-exercise-{number}") for number in range(3)], days=365)
    pieces = list(alice_client.get(reverse("journal_export_csv")).streaming_content)
    assert len(pieces) > 1 and pieces[0].startswith(b"date,type,exercise,")
    assert len(list(alice_client.get(reverse("download_my_data")).streaming_content)) > 1


def queries_for(client, name):
    with CaptureQueriesContext(connection) as queries:
        client.get(reverse(name)).getvalue()
    return len(queries)


@pytest.mark.parametrize("name", ["journal_export_csv", "download_my_data"])
def test_a_years_journal_takes_as_many_queries_as_one_entry(alice, alice_client, bob, bob_client, name):
    make_checkin(bob, pain=2)
    make_large_journal(alice, [make_exercise(f"test-exercise-{number}") for number in range(3)], days=365)
    assert queries_for(alice_client, name) == queries_for(bob_client, name)
