"""Zips of activity files, Strava's bulk export among them.

A Strava export holds activities.csv (one row per activity: "Activity ID", "Activity Date", "Activity Name",
"Activity Type", ..., "Filename") and an activities/ folder of FIT, GPX and TCX files, most gzipped. The
CSV's type is the runner's own choice on Strava and decides what is a run; its name becomes the run's
notes; its date (UTC) dates a file that has no times of its own. Files in activities/ that the CSV does not
list are still read, by content. In any other zip, every file that looks like an activity is read.
"""

import csv
import datetime
import io
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from tracker.importers.activity_files import looks_like_activity
from tracker.importers.records import plain_text
from tracker.importers.safety import open_zip, read_member

CSV_NAME = "activities.csv"
MAX_CSV_BYTES = 20 * 1024 * 1024
_DATE_FORMATS = ("%b %d, %Y, %I:%M:%S %p", "%b %d, %Y %I:%M:%S %p", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Listing:
    """What activities.csv says about one file."""

    activity_type: str
    name: str
    started_at: datetime.datetime | None


@dataclass
class Archive:
    zip: object
    members: list
    listings: dict = field(default_factory=dict)
    is_strava: bool = False

    def listing_for(self, member):
        return self.listings.get(_normal(member.name))

    def read(self, member, budget):
        return read_member(self.zip, member, budget)


def open_archive(source, budget):
    """The archive in `source` (a seekable binary file) and the entries worth reading, after the safety
    checks of `open_zip`."""
    archive, members = open_zip(source)
    csv_member = min(
        (member for member in members if PurePosixPath(member.name).name.lower() == CSV_NAME),
        key=lambda member: member.name.count("/"),
        default=None,
    )
    if csv_member is None:
        candidates = [member for member in members if _worth_reading(archive, member)]
        return Archive(archive, candidates)
    folder = str(PurePosixPath(csv_member.name).parent)
    prefix = "" if folder == "." else folder + "/"
    listings = _read_listings(archive, csv_member, budget, prefix)
    candidates = [
        member
        for member in members
        if _normal(member.name).startswith(prefix + "activities/")
        and (_normal(member.name) in listings or _worth_reading(archive, member))
    ]
    return Archive(archive, candidates, listings, is_strava=True)


def _worth_reading(archive, member):
    if member.name.lower().endswith(".gz") or member.info.file_size == 0:
        return looks_like_activity(member.name, b"")
    try:
        with archive.open(member.info) as stream:
            head = stream.read(4096)
    except Exception:  # a damaged entry is reported when it is read, if it is an activity
        head = b""
    return looks_like_activity(member.name, head)


def _normal(name):
    return str(PurePosixPath(name.replace("\\", "/"))).lstrip("/")


def _read_listings(archive, member, budget, prefix):
    try:
        raw = read_member(archive, member, budget, cap=MAX_CSV_BYTES)
    except Exception:  # without its CSV the export's files are still read by content
        return {}
    rows = csv.reader(io.StringIO(raw.decode("utf-8-sig", errors="replace")))
    header = next(rows, [])
    columns = {}
    for index, title in enumerate(header):
        columns.setdefault(title.strip().lower(), index)
    if "filename" not in columns:
        return {}
    listings = {}
    for row in rows:
        filename = _cell(row, columns, "filename")
        if filename:
            listings[_normal(prefix + filename)] = Listing(
                activity_type=plain_text(_cell(row, columns, "activity type")),
                name=plain_text(_cell(row, columns, "activity name")),
                started_at=parse_strava_date(_cell(row, columns, "activity date")),
            )
    return listings


def _cell(row, columns, title):
    index = columns.get(title)
    return row[index].strip() if index is not None and index < len(row) else ""


def parse_strava_date(text):
    """Strava writes "Sep 27, 2021, 2:13:10 PM" in UTC (newer exports put a narrow space before PM)."""
    cleaned = re.sub(r"\s+", " ", text.replace("\u202f", " ")).strip()
    for pattern in _DATE_FORMATS:
        try:
            return datetime.datetime.strptime(cleaned, pattern).replace(tzinfo=datetime.timezone.utc)
        except ValueError:
            continue
    return None
