"""The journal's limits, in one module without Django, so the importers can check a file against the same
rules the database enforces without needing settings or the ORM."""

import datetime

EARLIEST_DATE = datetime.date(1900, 1, 1)
MAX_DISTANCE_M = 400_000
MAX_DURATION_S = 48 * 3600
MAX_WORKOUT_MINUTES = MAX_DURATION_S // 60
MAX_ELEVATION_M = 20_000
