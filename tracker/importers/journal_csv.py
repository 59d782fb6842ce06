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

from tracker.importers.journal_cells import COLUMNS, read_row


class JournalCsvError(Exception):
    """The file cannot be loaded. `problems` is a list of (line number or None, reason)."""

    def __init__(self, problems):
        super().__init__(f"{len(problems)} problems")
        self.problems = problems


def decode(data):
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise JournalCsvError(
            [(None, "The file is not UTF-8 text. Save it as \u201cCSV UTF-8\u201d and try again.")]
        ) from None


def read_journal_csv(data, loggable_slugs, latest_date):
    """The rows of the file, checked; JournalCsvError listing every bad row if any row is bad."""
    reader = csv.reader(io.StringIO(decode(data), newline=""), strict=True)
    problems, rows = [], []
    try:
        header = next(reader, None)
        columns = _check_header(header)
        line = reader.line_num + 1
        for cells in reader:
            if any(cell.strip() for cell in cells):
                row, row_problems = read_row(line, cells, columns, loggable_slugs, latest_date)
                problems += [(line, problem) for problem in row_problems]
                if row:
                    rows.append(row)
            line = reader.line_num + 1
    except csv.Error as error:
        problems.append((reader.line_num, f"the CSV itself is broken here ({error})"))
    problems += _one_checkin_a_day(rows)
    if problems:
        raise JournalCsvError(problems)
    return rows


def _check_header(header):
    if not header:
        raise JournalCsvError([(1, "the file is empty: the first line must be the header")])
    names = [name.strip().lower() for name in header]
    unknown = [name for name in names if name not in COLUMNS]
    missing = [name for name in COLUMNS if name not in names]
    if unknown or missing or len(set(names)) != len(names):
        reason = "the header must be: " + ",".join(COLUMNS)
        if unknown:
            reason += f" (unknown: {', '.join(unknown)})"
        if missing:
            reason += f" (missing: {', '.join(missing)})"
        raise JournalCsvError([(1, reason)])
    return names


def _one_checkin_a_day(rows):
    first_line, problems = {}, []
    for row in rows:
        if row.kind == "pain":
            if row.date in first_line:
                problems.append(
                    (
                        row.line,
                        f"a second pain row for {row.date} (one check-in a day; the first is on line "
                        f"{first_line[row.date]})",
                    )
                )
            first_line.setdefault(row.date, row.line)
    return problems
