"""The runs an activity import could repeat: by the file's fingerprint, or a start within a minute."""

import bisect
import datetime
from operator import itemgetter

from django.db.models import Q

from tracker.models import Run

SAME_START = datetime.timedelta(seconds=60)


class KnownRuns:
    """The runner's runs an import could repeat, read in one query: the files imported before, by their
    fingerprint, and the start times, in order. Runs saved during the upload are added as they are saved.
    Another upload running at the same time is not seen here; the database still refuses the same file
    twice, so only the same activity from two different files could slip through then."""

    def __init__(self, user):
        rows = (
            Run.objects.for_user(user)
            .filter(Q(started_at__isnull=False) | ~Q(source_sha256=""))
            .values_list("date", "started_at", "source_sha256")
        )
        self.dates_by_file = {}
        self.starts = []  # (started_at, date), by time
        for date, started_at, sha256 in rows:
            if sha256:
                self.dates_by_file[sha256] = date
            if started_at:
                self.starts.append((started_at, date))
        self.starts.sort(key=itemgetter(0))

    def date_of_file(self, sha256):
        return self.dates_by_file.get(sha256)

    def date_of_start(self, started_at):
        """The date of a run that started within a minute of `started_at`, or None."""
        index = bisect.bisect_left(self.starts, started_at - SAME_START, key=itemgetter(0))
        if index < len(self.starts) and self.starts[index][0] <= started_at + SAME_START:
            return self.starts[index][1]
        return None

    def add(self, run):
        self.dates_by_file[run.source_sha256] = run.date
        bisect.insort(self.starts, (run.started_at, run.date), key=itemgetter(0))
