"""The insights computed once per version of a runner's journal, and read from the shared cache after that.

The key holds everything the result depends on: the journal's version (every write changes it, see
`tracker.journal_version`), the library's (the alternatives named for an irritating exercise), the runner's
settings, "today" in their time zone, the period asked for, and a fingerprint of the code that computes
it, so a deployment of a new method never reads a result of the old one.
"""

import hashlib
from pathlib import Path

from django.core.cache import cache

from tracker import journal_version

# Kept for two days at most: every write leaves the last version's entries behind (up to a few hundred KB
# for ten years), so they must not pile up; a runner back after longer waits once for the journal to be read.
TIMEOUT_S = 2 * 24 * 3600
_SOURCES = [
    *(Path(__file__).with_name(name) for name in ("series.py", "journal_days.py")),
    *sorted(Path(__file__).with_name("insights").glob("*.py")),
]
ENGINE = hashlib.sha256(b"".join(path.read_bytes() for path in _SOURCES)).hexdigest()[:12]


def insights_key(user_id, profile, today, period):
    versions = journal_version.current([user_id, journal_version.LIBRARY])
    settings = f"{profile.weekly_target}:{profile.lapse_days}:{profile.units}"
    span = "all" if period is None else f"{period[0].isoformat()}..{period[1].isoformat()}"
    return (
        f"insights:{ENGINE}:{user_id}:{versions[user_id]}:{versions[journal_version.LIBRARY]}:"
        f"{today.isoformat()}:{span}:{settings}"
    )


def cached(key, compute):
    """The value under `key`, computed and kept when it is missing."""
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, TIMEOUT_S)
    return found
