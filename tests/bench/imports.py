"""Activity imports against the bare parsers: `python -m tests.bench.imports [points ...]`.

Each file is imported as an upload is: the file on disk handed to the import as the run-import page hands
it (tracker/run_import.py: a zip or a large file goes the background job's way, the rest the request's),
which unpacks it, sniffs its format, reads it, fingerprints it, classifies its sport, judges road or trail,
and saves the run (on a fresh SQLite file). Beside it, the bare parser on the same file, from the same
disk: gpxpy.parse for GPX, every frame of fitdecode's FitReader for FIT, a plain ElementTree iterparse for
TCX (which keeps the tree, as nothing clears it), each after gzip's or zipfile's unpacking when the file is
packed. The files: real ones from devices (tests/files/real/) and an hour's TCX, then recordings of
`points` points a second apart (172,800 unless given: 48 hours), each as GPX, GPX gzipped, FIT, TCX and
a zip of all three, made in a temporary folder removed at the end.

Every figure comes from a fresh interpreter that has loaded its modules: the best of two runs' processor
time (the time this process computed, which other work on a busy machine does not stretch as it does the
wall clock), and how far the runs raised the peak resident memory (as the kernel counts it). The ratios
are importer / bare.
"""

import gzip
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPEATS = 2
DEFAULT_POINTS = (172_800,)
REAL = Path(__file__).resolve().parent.parent / "files" / "real"
KIND_OF = {".gpx": "gpx", ".fit": "fit", ".tcx": "tcx"}


def _kind(name):
    return KIND_OF[Path(name.removesuffix(".gz")).suffix]


def _bare_gpx(data):
    import gpxpy

    return gpxpy.parse(data.decode("utf-8-sig"))


def _bare_fit(data):
    import io

    import fitdecode

    # As the importer configures it: no CRC check, and a fault in the data ends the reading without a word.
    reader = fitdecode.FitReader(
        io.BytesIO(data), check_crc=fitdecode.CrcCheck.DISABLED, error_handling=fitdecode.ErrorHandling.IGNORE
    )
    with reader:
        for _frame in reader:
            pass


def _bare_tcx(data):
    import io
    from xml.etree.ElementTree import iterparse

    for _event in iterparse(io.BytesIO(data)):  # noqa: S314 - the bench's own files
        pass


BARE = {"gpx": _bare_gpx, "fit": _bare_fit, "tcx": _bare_tcx}


def _bare_file(name, data):
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    BARE[_kind(name)](data)


def bare(path):
    """The bare parser, from the file on disk: the bytes read, unpacked when packed, parsed."""
    import fitdecode  # noqa: F401 - loaded before the measure, as the importer's modules are
    import gpxpy  # noqa: F401

    def parse():
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                for info in archive.infolist():
                    _bare_file(info.filename, archive.read(info))
        else:
            _bare_file(path.name, path.read_bytes())

    return parse


def importer(path):
    """The upload path, from the same file: the run-import page's choice of request or job, then the runs."""
    os.environ["DATABASE_URL"] = f"sqlite:///{path.parent / 'bench.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.files.uploadedfile import UploadedFile

    from tracker.import_jobs import needs_a_job
    from tracker.import_results import DUPLICATE, IMPORTED
    from tracker.models import Run
    from tracker.run_import import import_in_background, import_uploads

    user, _ = User.objects.get_or_create(username="bench")
    Run.objects.all().delete()

    def upload():
        with path.open("rb") as file:
            uploads = [UploadedFile(file, name=path.name, size=path.stat().st_size)]
            in_background = needs_a_job(uploads)
            results = list((import_in_background if in_background else import_uploads)(user, uploads))
        Run.objects.all().delete()  # the next run would find them all imported before
        # The zip's three files are one run: the second and third are read in full, then found to repeat it.
        if any(result.status not in (IMPORTED, DUPLICATE) for result in results):
            raise SystemExit(f"{path.name}: {[(result.name, result.reason) for result in results]}")

    return upload


def measure(reader, path):
    """Run in the fresh interpreter: prints the best time in seconds and the rise in peak memory in MB."""
    action = (importer if reader == "importer" else bare)(Path(path))
    before = _peak_mb()
    timings = []
    for _ in range(REPEATS):
        started = time.process_time()
        action()
        timings.append(time.process_time() - started)
    print(min(timings), _peak_mb() - before)


def _peak_mb():
    """The process's peak resident memory. On Linux, VmHWM: ru_maxrss there carries on the peak of the
    process that started this one, the bench itself, which made the files."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # macOS counts bytes


def _write_set(folder, label, gpx, fit, tcx):
    """The files of one set: each of the three, the GPX gzipped too, and a zip of the GPX gzipped, the FIT
    and the TCX (as a Strava export packs them)."""
    paths = {}
    for suffix, data in ((".gpx", gpx), (".fit", fit), (".tcx", tcx)):
        paths[suffix] = folder / f"{label}{suffix}"
        paths[suffix].write_bytes(data)
    paths[".gpx.gz"] = folder / f"{label}.gpx.gz"
    paths[".gpx.gz"].write_bytes(gzip.compress(gpx))
    paths[".zip"] = folder / f"{label}.zip"
    with zipfile.ZipFile(paths[".zip"], "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(paths[".gpx.gz"], f"activities/{label}.gpx.gz")
        archive.write(paths[".fit"], f"activities/{label}.fit")
        archive.write(paths[".tcx"], f"activities/{label}.tcx")
    return [paths[suffix] for suffix in (".gpx", ".gpx.gz", ".fit", ".tcx", ".zip")]


def files(folder, lengths):
    from tests.activity_factories import make_gpx, make_tcx
    from tests.fit_factory import make_fit

    real_gpx = (REAL / "gpx" / "korita-zbevnica.gpx").read_bytes()
    real_fit = (REAL / "fit" / "activity-small-fenix2-run.fit").read_bytes()
    yield from _write_set(folder, "real", real_gpx, real_fit, make_tcx(3600))
    for points in lengths:
        yield from _write_set(folder, f"run{points}", make_gpx(points), make_fit(points), make_tcx(points))


def _run(reader, path):
    done = subprocess.run(  # noqa: S603 - this interpreter, this module, arguments made here
        [sys.executable, "-m", "tests.bench.imports", "--measure", reader, str(path)],
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise SystemExit(f"{reader} on {path.name} failed:\n{done.stderr[-2000:]}")
    seconds, peak = (float(number) for number in done.stdout.split())
    return seconds, peak


def _migrated_database(folder):
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite3'}"
    subprocess.run(  # noqa: S603 - this interpreter's own manage.py
        [sys.executable, "manage.py", "migrate", "--verbosity", "0"], check=True, env=os.environ
    )


def main(lengths):
    print("Backtrack activity imports against the bare parsers")
    print(f"machine: {platform.platform()}, {platform.processor() or platform.machine()}")
    print(
        f"Python {sys.version.split()[0]}; best of {REPEATS} runs' processor time; peak memory added, in MB"
    )
    print(f"  {'file':<22} {'MB':>6}  {'seconds: importer, bare, ratio':>30}  {'peak MB: the same':>30}")
    with tempfile.TemporaryDirectory(prefix="backtrack-bench-") as name:
        folder = Path(name)
        _migrated_database(folder)
        for path in files(folder, lengths):
            ours, theirs = _run("importer", path), _run("bare", path)
            size = path.stat().st_size / 2**20
            print(
                f"  {path.name:<22} {size:6.1f}  {ours[0]:10.2f} {theirs[0]:7.2f} {ours[0] / theirs[0]:5.2f}"
                f"  {ours[1]:11.1f} {theirs[1]:7.1f} {ours[1] / max(theirs[1], 0.1):5.2f}",
                flush=True,
            )
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--measure"]:
        measure(*sys.argv[2:4])
    else:
        main([int(argument) for argument in sys.argv[1:]] or DEFAULT_POINTS)
