"""What an activity import says about each file: imported, a duplicate, not a run, or failed, and why."""

from collections import Counter
from dataclasses import dataclass

from tracker.models import Run

IMPORTED, DUPLICATE, NOT_A_RUN, FAILED = "imported", "duplicate", "not_a_run", "failed"


@dataclass
class FileResult:
    name: str  # the file's name, or its path inside the zip it came in
    status: str
    reason: str = ""
    run: Run | None = None
    archive: str = ""  # the uploaded zip's name, for a file found in one

    @property
    def folder(self):
        """The path in front of the file's own name ("export_1/activities/"), shown dimmed on the page."""
        return self.name[: self.name.rfind("/") + 1]

    @property
    def file_name(self):
        return self.name[self.name.rfind("/") + 1 :]

    def as_json(self):
        run = self.run
        return {
            "name": self.name,
            "status": self.status,
            "reason": self.reason,
            "run": None
            if run is None
            else {
                "date": run.date.isoformat(),
                "distance_km": round(run.distance_m / 1000, 3),
                "duration_min": None if run.duration_s is None else round(run.duration_s / 60, 1),
                # Stored to a tenth of a metre (a Decimal once read back): JSON numbers, as DESIGN.md says.
                "ascent_m": float(run.ascent_m),
                "descent_m": float(run.descent_m),
            },
        }


def count_by_status(results):
    counts = Counter(result.status for result in results)
    return {status: counts[status] for status in (IMPORTED, DUPLICATE, NOT_A_RUN, FAILED)}
