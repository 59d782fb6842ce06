"""Reading compressed uploads without trusting them: every size is capped while bytes are produced, since
the sizes an archive declares can lie. Limits follow the issue: 100 MB per upload, 2,000 files per zip,
1 GB unpacked in all, no entry expanding more than 100 times."""

import io
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePosixPath

from tracker.importers.records import ActivityFileError, ArchiveRefused

MAX_UPLOAD_BYTES = 100 * 1024 * 1024
MAX_ARCHIVE_FILES = 2000
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_EXPANSION = 100
# Below this an entry may expand as it likes: a tiny file of repeated bytes is no bomb.
EXPANSION_FLOOR_BYTES = 64 * 1024
# One activity, once unpacked: two days at one point a second with every extension is well under this.
MAX_ACTIVITY_BYTES = 64 * 1024 * 1024
CHUNK = 256 * 1024
# Unpacked bytes are written to an io.BytesIO, whose getvalue() hands over its own buffer: joining a list
# of parts would hold a large file twice, as parts and as the joined whole.

GZIP_MAGIC = b"\x1f\x8b"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
# The zip format's end records: the end of central directory (22 bytes and a comment of up to 64 KB), and
# the ZIP64 record (56 bytes) and its locator (20 bytes) just before it.
END_SIGNATURE = b"PK\x05\x06"
END_RECORD = 22
END_RECORD_SEARCH = END_RECORD + 65_536
ZIP64_RECORD, ZIP64_LOCATOR = 56, 20
# A directory entry is 46 bytes and its name and extra fields: 512 bytes each for twice the files allowed
# (folders are entries too) is far more than any real export needs, and caps what zipfile parses.
MAX_DIRECTORY_BYTES = 2 * MAX_ARCHIVE_FILES * 512


def read_upload(upload):
    """The whole of an uploaded file's bytes, held once. A plain read() after a peek at the first bytes (is
    it a zip?) and a seek back joins what the file object had buffered to the rest, and so held a 40 MB
    file twice for a moment; a read of the known size fills one buffer of that size."""
    upload.seek(0)
    return upload.read(upload.size)


def _mb(size):
    return f"{size / (1024 * 1024):.0f} MB"


class UnpackBudget:
    """Counts the bytes unpacked from one upload, so all its archives together stay under the cap."""

    def __init__(self, limit=MAX_UNPACKED_BYTES):
        self.remaining = limit

    def spend(self, size):
        self.remaining -= size
        if self.remaining < 0:
            raise ArchiveRefused(f"refused: the upload unpacks to more than {_mb(MAX_UNPACKED_BYTES)}")


def _expansion_limit(packed_size, cap):
    return min(cap, max(packed_size * MAX_EXPANSION, EXPANSION_FLOOR_BYTES))


def gunzip(data, budget, cap=MAX_ACTIVITY_BYTES):
    """The unpacked bytes of a .gz file, refused as soon as they pass `cap` or 100 times the packed size."""
    limit = _expansion_limit(len(data), cap)
    unpacked, produced = io.BytesIO(), 0
    remaining = data
    try:
        while remaining:
            unpacker = zlib.decompressobj(16 + zlib.MAX_WBITS)
            pending = remaining
            while pending and not unpacker.eof:
                part = unpacker.decompress(pending, CHUNK)
                pending = unpacker.unconsumed_tail
                produced += len(part)
                if produced > limit:
                    raise ActivityFileError(_too_large_reason(limit, cap))
                budget.spend(len(part))
                unpacked.write(part)
            if not unpacker.eof:
                raise ActivityFileError("the file ends early (the .gz is cut short)")
            # Several gzip members may follow one another; anything else after the first is ignored.
            remaining = unpacker.unused_data if unpacker.unused_data[:2] == GZIP_MAGIC else b""
    except zlib.error:
        raise ActivityFileError("the .gz file is damaged") from None
    return unpacked.getvalue()


def _too_large_reason(limit, cap):
    if limit >= cap:
        return f"too large: more than {_mb(cap)} once unpacked"
    return f"refused: it expands more than {MAX_EXPANSION} times when unpacked (a zip bomb?)"


@dataclass
class ZipMember:
    name: str
    info: zipfile.ZipInfo


def open_zip(source):
    """The archive's file entries, after refusing the whole archive if it is unsafe. `source` is a seekable
    binary file (an upload stays in its temporary file rather than being read into memory).

    Directories and symbolic links are left out; the refusals are for paths that point outside the archive,
    too many files, or declared sizes over the limits (the actual sizes are capped again in read_member).
    """
    entries, directory_bytes = _declared_directory(source)
    # Folders count as entries too, hence the margin; the files alone are counted below.
    if entries > 2 * MAX_ARCHIVE_FILES or directory_bytes > MAX_DIRECTORY_BYTES:
        raise ArchiveRefused(f"refused: more than {MAX_ARCHIVE_FILES:,} files in one zip")
    try:
        source.seek(0)
        archive = zipfile.ZipFile(source)
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        raise ActivityFileError("the zip file is damaged") from None
    members = [ZipMember(info.filename, info) for info in infos if _is_plain_file(info)]
    for member in members:
        if _escapes(member.name):
            raise ArchiveRefused(f"refused: the zip holds a path outside itself ({member.name[:80]})")
    if len(members) > MAX_ARCHIVE_FILES:
        raise ArchiveRefused(f"refused: more than {MAX_ARCHIVE_FILES:,} files in one zip")
    if sum(member.info.file_size for member in members) > MAX_UNPACKED_BYTES:
        raise ArchiveRefused(f"refused: the zip unpacks to more than {_mb(MAX_UNPACKED_BYTES)}")
    for member in members:
        info = member.info
        if info.file_size > _expansion_limit(info.compress_size, MAX_UNPACKED_BYTES):
            raise ArchiveRefused(
                f"refused: {member.name[:80]} expands more than {MAX_EXPANSION} times (a zip bomb?)"
            )
    return archive, members


def _declared_directory(source):
    """(entries, bytes) of the central directory, as the end record declares them, found the way zipfile
    finds it. zipfile builds an object for every entry before anything can be counted, and it reads as many
    bytes of directory as the end record says, whatever the entry count there: both are capped before it
    starts. (0, 0) when there is no end record; zipfile then calls the file damaged."""
    source.seek(0, io.SEEK_END)
    size = source.tell()
    tail_start = max(0, size - END_RECORD_SEARCH)
    source.seek(tail_start)
    tail = source.read()
    if tail[-END_RECORD : -END_RECORD + 4] == END_SIGNATURE and tail[-2:] == b"\0\0":
        end = len(tail) - END_RECORD  # no archive comment: zipfile looks here first
    else:
        end = tail.rfind(END_SIGNATURE)
    if end < 0 or len(tail) < end + END_RECORD:
        return 0, 0
    record = tail[end : end + END_RECORD]
    entries, directory_bytes = _little(record, 10, 2), _little(record, 12, 4)
    # A ZIP64 archive keeps the real figures in a record just before the end record, which zipfile uses.
    zip64_start = tail_start + end - ZIP64_LOCATOR - ZIP64_RECORD
    if zip64_start >= 0:
        source.seek(zip64_start)
        zip64 = source.read(ZIP64_RECORD + ZIP64_LOCATOR)
        if zip64[ZIP64_RECORD : ZIP64_RECORD + 4] == b"PK\x06\x07" and zip64[:4] == b"PK\x06\x06":
            entries, directory_bytes = _little(zip64, 32, 8), _little(zip64, 40, 8)
    return entries, directory_bytes


def _little(data, offset, length):
    return int.from_bytes(data[offset : offset + length], "little")


def _is_plain_file(info):
    if info.is_dir():
        return False
    mode = info.external_attr >> 16
    return not stat.S_ISLNK(mode)


def _escapes(name):
    if "\x00" in name:
        return True
    path = PurePosixPath(name.replace("\\", "/"))
    drive_letter = len(name) > 1 and name[1] == ":"
    return path.is_absolute() or drive_letter or ".." in path.parts


def read_member(archive, member, budget, cap=MAX_ACTIVITY_BYTES):
    """The bytes of one zip entry, read in chunks and never more than it declared (or the caps)."""
    limit = min(member.info.file_size, cap)
    if member.info.file_size > cap:
        raise ActivityFileError(f"too large: more than {_mb(cap)} once unpacked")
    unpacked, produced = io.BytesIO(), 0
    try:
        with archive.open(member.info) as stream:
            while part := stream.read(CHUNK):
                produced += len(part)
                if produced > limit:
                    # zipfile already stops at the declared size; this guards against that ever changing.
                    raise ActivityFileError("the file is larger than the zip says")
                budget.spend(len(part))
                unpacked.write(part)
    except RuntimeError:
        raise ActivityFileError("the file is encrypted") from None
    except NotImplementedError:
        raise ActivityFileError("the zip uses a compression method that cannot be read") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
        raise ActivityFileError("the file is damaged inside the zip") from None
    return unpacked.getvalue()
