"""A journal CSV of junk costs little: the file is read a row at a time, the check stops after 100 problems,
100,000 rows or a line no journal needs, and what it says quotes only the start of a long cell."""

import datetime
import io
import tracemalloc

from django.core.files.uploadedfile import SimpleUploadedFile

from tests.base import make_exercise
from tracker.importers.journal_csv import COLUMNS, LINE_TOO_LONG, JournalCsvError, read_journal_csv
from tracker.journal_import import BATCH_SIZE
from tracker.limits import MAX_CSV_PROBLEMS, MAX_CSV_ROWS
from tracker.models import PainCheckin, WorkoutExercise

HEADER = ",".join(COLUMNS)
# Each line of "x" is two problems: its date and its type.
JUNK = (HEADER + "\n" + "x\n" * 50_000).encode()


def refusal_of(data):
    try:
        read_journal_csv(io.BytesIO(data), loggable_slugs=set(), latest_date=datetime.date(2030, 1, 1))
    except JournalCsvError as error:
        return error
    raise AssertionError("the file was accepted")


def test_it_stops_the_check_after_100_problems():
    refusal = refusal_of(JUNK)
    assert len(refusal.problems) == MAX_CSV_PROBLEMS == 100
    assert refusal.stopped_early


def test_it_says_the_check_stopped_there_and_nothing_was_imported(alice, alice_client):
    response = alice_client.post("/journal/import/", {"file": SimpleUploadedFile("junk.csv", JUNK)})
    assert "Nothing was imported: showing the first 100 problems; the check stopped there" in response.text
    assert not PainCheckin.objects.filter(user=alice).exists()


def test_it_lists_every_problem_of_a_file_with_fewer_than_100():
    refusal = refusal_of((HEADER + "\n" + "x\n" * 49).encode())
    assert (len(refusal.problems), refusal.stopped_early) == (98, False)


def test_it_reads_no_further_than_where_the_check_stopped():
    # A byte that is not UTF-8 far past the hundredth problem: the check never gets to it.
    refusal = refusal_of(JUNK + b"\xff\n")
    assert refusal.problems[0] == (2, "date must be YYYY-MM-DD, not \u2018x\u2019")


def test_it_checks_a_megabyte_of_junk_in_little_memory():
    junk = (HEADER + "\n" + "x\n" * 500_000).encode()
    tracemalloc.start()
    refusal_of(junk)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 1024 * 1024


def test_it_stops_at_a_row_past_the_most_a_file_may_hold():
    good_rows = "2024-03-01,pain,,,,,,3,,,,,,\n2024-03-02,pain,,,,,,4,,,,,,\n"
    refusal = refusal_of((HEADER + "\n" + good_rows + "\n" * MAX_CSV_ROWS).encode())
    line, reason = refusal.problems[0]
    assert (line, refusal.stopped_early) == (MAX_CSV_ROWS + 2, True)
    assert reason.startswith("more than 100,000 rows: a journal file may hold at most 100,000")


def test_it_stops_at_a_line_longer_than_any_journal_row_before_splitting_it():
    refusal = refusal_of((HEADER + "\n" + "," * 10_000_000).encode())
    assert refusal.problems == [(2, LINE_TOO_LONG)]
    assert refusal.stopped_early


def test_it_quotes_only_the_start_of_a_long_cell_in_a_problem():
    refusal = refusal_of((HEADER + "\n" + "9" * 10_000 + ",pain,,,,,,3,,,,,,\n").encode())
    assert refusal.problems == [(2, "date must be YYYY-MM-DD, not \u2018" + "9" * 40 + "\u2026\u2019")]


def test_it_names_only_the_first_few_unknown_columns_of_a_junk_header():
    refusal = refusal_of(",".join(f"junk{number}" for number in range(10_000)).encode())
    assert "(unknown: junk0, junk1, junk2, junk3, junk4, \u2026)" in refusal.problems[0][1]


def test_it_loads_a_day_with_more_entries_than_one_insert_takes(alice, alice_client):
    make_exercise("test-plank")
    rows = "".join("2024-03-01,exercise,test-plank,1,,30,,,,,,,,\n" for _ in range(BATCH_SIZE + 1))
    alice_client.post(
        "/journal/import/", {"file": SimpleUploadedFile("day.csv", (HEADER + "\n" + rows).encode())}
    )
    assert WorkoutExercise.objects.filter(workout__user=alice).count() == BATCH_SIZE + 1
