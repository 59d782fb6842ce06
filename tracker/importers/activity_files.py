"""One activity file, whatever it is: the type is found from the content first and the name second, so a
.gpx that is really a FIT file, or a download that lost its extension, still imports."""

from tracker.importers.fit import looks_like_fit, read_fit
from tracker.importers.gpx import read_gpx
from tracker.importers.records import ActivityFileError
from tracker.importers.safety import GZIP_MAGIC, ZIP_MAGICS, UnpackBudget, gunzip
from tracker.importers.tcx import read_tcx
from tracker.importers.xml_safety import xml_root_name

READERS = {"fit": read_fit, "gpx": read_gpx, "tcx": read_tcx}
ACTIVITY_SUFFIXES = (".fit", ".gpx", ".tcx", ".fit.gz", ".gpx.gz", ".tcx.gz")


def is_zip(data):
    return data[:4] in ZIP_MAGICS


def is_zip_upload(upload):
    """Whether an uploaded file is a zip, from its first bytes; the file is left at its start."""
    upload.seek(0)
    head = upload.read(4)
    upload.seek(0)
    return is_zip(head)


def kind_of(name, data):
    """'fit', 'gpx' or 'tcx' from the bytes, else from the name; None when neither says."""
    if looks_like_fit(data):
        return "fit"
    root = xml_root_name(data)
    if root == "gpx":
        return "gpx"
    if root == "TrainingCenterDatabase":
        return "tcx"
    suffix = name.lower().removesuffix(".gz").rsplit(".", 1)[-1]
    return suffix if suffix in READERS else None


def looks_like_activity(name, data):
    """Whether an archive entry is worth trying: an activity suffix, or content that says so."""
    lowered = name.lower()
    if lowered.endswith(ACTIVITY_SUFFIXES):
        return True
    return bool(data) and (looks_like_fit(data) or xml_root_name(data) is not None)


def unpack(name, data, budget=None):
    """The activity's own bytes: gzip undone (with its caps) when the content is gzip. A .gz name on
    content that is not gzip is let through: some browsers unpack downloads and keep the name."""
    if data[:2] == GZIP_MAGIC:
        return gunzip(data, budget or UnpackBudget())
    return data


def read_activity(name, data, deadline=None):
    """(kind, Activity) for already unpacked bytes; ActivityFileError with the reason otherwise, and
    OutOfTime when `deadline` (a time.monotonic() value) passes before the file is read."""
    if not data:
        raise ActivityFileError("the file is empty")
    if is_zip(data):
        raise ActivityFileError("a zip inside a zip is not read")
    kind = kind_of(name, data)
    if kind is None:
        raise ActivityFileError("not an activity file (GPX, FIT or TCX, or a zip of them)")
    return kind, READERS[kind](data, deadline)
