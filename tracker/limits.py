"""The journal's limits, in one module without Django, so the importers can check a file against the same
rules the database enforces without needing settings or the ORM."""

import datetime

EARLIEST_DATE = datetime.date(1900, 1, 1)
MAX_DISTANCE_M = 400_000
MAX_DURATION_S = 48 * 3600
MAX_WORKOUT_MINUTES = MAX_DURATION_S // 60
MAX_ELEVATION_M = 20_000

# The journal CSV import. Its check stops at this many problems: a page of them is enough to fix a file, and
# a file of junk would otherwise yield one or two for every line.
MAX_CSV_PROBLEMS = 100
# And a file may hold at most this many rows: thirty years of nine entries every day (a check-in, a run and
# a workout of seven exercises), far beyond a real journal. Loading that many took 11 s on a 2-CPU machine,
# well inside gunicorn's 30 s worker timeout.
MAX_CSV_ROWS = 100_000
# A line longer than this is refused before the csv module splits it: a line of ten million commas would
# otherwise become a list of ten million cells. Twice the longest cell the csv module reads (128 KB).
MAX_CSV_LINE_CHARACTERS = 256 * 1024
