"""The journal CSV (DESIGN.md): one row per entry, the same columns for export and import.

    date,type,exercise,sets,reps,seconds,weight_kg,pain,distance_km,duration_min,ascent_m,descent_m,irritated,notes

`type` is exercise, pain or run. Exercise rows of one date are that day's workout, in row order; an exercise
row with an empty `exercise` carries the workout's own duration and notes. On a run row `irritated` is "my
back hurt during it". Notes that would start a spreadsheet formula are written with one apostrophe in front,
which the import takes off again, so the text round-trips unchanged.

This module reads the file (its encoding, header and rows, and the rules across rows); journal_cells reads
each row's cells. Neither knows the database: the caller passes the exercise slugs a runner may log and the
latest date allowed.
"""

import csv
import io

from tracker.importers.journal_cells import COLUMNS, QUOTED_CELL_CHARACTERS, read_row
from tracker.limits import MAX_CSV_LINE_CHARACTERS, MAX_CSV_PROBLEMS, MAX_CSV_ROWS

NOT_UTF8 = "The file is not UTF-8 text. Save it as \u201cCSV UTF-8\u201d and try again."
HEADER_NAMES_SHOWN = 5
TOO_MANY_ROWS = (
    f"more than {MAX_CSV_ROWS:,} rows: a journal file may hold at most {MAX_CSV_ROWS:,} (thirty years of "
    "nine entries a day). Split it into smaller files."
)
LINE_TOO_LONG = (
    f"a line longer than {MAX_CSV_LINE_CHARACTERS:,} characters, far more than a journal entry needs: is "
    "this the right file?"
)


class JournalCsvError(Exception):
    """The file cannot be loaded. `problems` is a list of (line number or None, reason); `stopped_early` says
    the check stopped before the end of the file (too many problems or rows, or a line far too long), so
    there may be more."""

    def __init__(self, problems, stopped_early=False):
        super().__init__(f"{len(problems)} problems")
        self.problems = problems
        self.stopped_early = stopped_early


def read_journal_csv(source, loggable_slugs, latest_date):
    """The rows of `source`, a binary file, checked; JournalCsvError with the problems if any row is bad.

    The file is decoded and read a line at a time, never whole, and the check stops after MAX_CSV_PROBLEMS
    problems, MAX_CSV_ROWS rows or a line longer than MAX_CSV_LINE_CHARACTERS: the memory and time a file
    takes stay bounded whatever it holds."""
    text = io.TextIOWrapper(source, encoding="utf-8-sig", newline="")
    try:
        return _read_rows(csv.reader(_lines(text), strict=True), loggable_slugs, latest_date)
    except UnicodeDecodeError:
        raise JournalCsvError([(None, NOT_UTF8)]) from None
    finally:
        text.detach()  # so closing the wrapper leaves the upload open for whoever opened it


class _LineTooLong(Exception):
    pass


def _lines(text):
    """The lines of the file, each checked for length before the csv module splits it into cells."""
    while line := text.readline(MAX_CSV_LINE_CHARACTERS + 1):
        if len(line) > MAX_CSV_LINE_CHARACTERS:
            raise _LineTooLong
        yield line


def _read_rows(reader, loggable_slugs, latest_date):
    check = _Check()
    try:
        columns = _check_header(next(reader, None))
        line = reader.line_num + 1
        for count, cells in enumerate(reader, start=1):
            if count > MAX_CSV_ROWS:
                check.stop(line, TOO_MANY_ROWS)
            if any(cell.strip() for cell in cells):
                row, problems = read_row(line, cells, columns, loggable_slugs, latest_date)
                check.add(line, problems)
                if row:
                    check.keep(row)
            line = reader.line_num + 1
    except csv.Error as error:
        check.add(reader.line_num, [f"the CSV itself is broken here ({error})"])
    except _LineTooLong:
        check.stop(reader.line_num + 1, LINE_TOO_LONG)
    if check.problems:
        raise JournalCsvError(check.problems)
    return check.rows


class _Check:
    """What the check has found so far: the problems, and the good rows while there are none (after the first
    problem nothing will be imported, so rows are no longer kept)."""

    def __init__(self):
        self.problems, self.rows = [], []
        self.first_checkin_line = {}

    def add(self, line, reasons):
        self.problems += [(line, reason) for reason in reasons]
        if len(self.problems) > MAX_CSV_PROBLEMS:
            raise JournalCsvError(self.problems[:MAX_CSV_PROBLEMS], stopped_early=True)
        if self.problems:
            self.rows.clear()

    def stop(self, line, reason):
        raise JournalCsvError([*self.problems, (line, reason)], stopped_early=True)

    def keep(self, row):
        if row.kind == "pain":
            first_line = self.first_checkin_line.setdefault(row.date, row.line)
            if first_line != row.line:
                self.add(
                    row.line,
                    [
                        f"a second pain row for {row.date} (one check-in a day; the first is on line "
                        f"{first_line})"
                    ],
                )
        if not self.problems:
            self.rows.append(row)


def _check_header(header):
    if not header:
        raise JournalCsvError([(1, "the file is empty: the first line must be the header")])
    names = [name.strip().lower() for name in header]
    unknown = [name for name in names if name not in COLUMNS]
    missing = [name for name in COLUMNS if name not in names]
    if unknown or missing or len(set(names)) != len(names):
        reason = "the header must be: " + ",".join(COLUMNS)
        if unknown:
            # A few of them, each cut short: a junk first line can hold thousands of long "names".
            shown = [name[:QUOTED_CELL_CHARACTERS] for name in unknown[:HEADER_NAMES_SHOWN]]
            more = ", \u2026" if len(unknown) > HEADER_NAMES_SHOWN else ""
            reason += f" (unknown: {', '.join(shown)}{more})"
        if missing:
            reason += f" (missing: {', '.join(missing)})"
        raise JournalCsvError([(1, reason)])
    return names
