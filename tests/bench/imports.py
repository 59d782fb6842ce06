"""Time and memory of reading long activity files: `python -m tests.bench.imports [points ...]`.

For each length (100,000 and 170,000 points unless given: a day-long ultra at a point a second), a GPX and a
TCX are made (tests/activity_factories.py), as they are and gzipped, and read as an upload is: unpacked,
then read by the importers. For comparison: gpxpy's own parse of the same GPX (gpxpy.parse, then length_2d
and get_uphill_downhill), and for TCX, ElementTree building the whole tree, the first step of any reader
that does not stream. Each is measured in a fresh interpreter that has loaded the file: the best time of
a few runs, and how far reading raised the process's peak memory (resident set, as the kernel counts it)
above what it was with the file's bytes loaded. The files go to a temporary folder, removed at the end.
"""

import gzip
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPEATS = 2
DEFAULT_POINTS = (100_000, 170_000)


def importer(name, data):
    from tracker.importers.activity_files import read_activity, unpack

    return lambda: read_activity(name, unpack(name, data))


def gpxpy_parse(name, data):
    import gpxpy

    def parse():
        document = gpxpy.parse(data.decode("utf-8"))
        return document.length_2d(), document.get_uphill_downhill()

    return parse


def whole_tree(name, data):
    from defusedxml.ElementTree import fromstring

    return lambda: fromstring(data)


READERS = {
    "importer": importer,
    "gpxpy.parse + length + climb": gpxpy_parse,
    "whole tree (defusedxml)": whole_tree,
}


def measure(reader, path):
    """Run in the fresh interpreter: prints the best time in seconds and the rise in peak memory in MB."""
    data = Path(path).read_bytes()
    action = READERS[reader](Path(path).name, data)
    before = _peak_mb()
    timings = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
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


def cases(folder, points):
    from tests.activity_factories import make_gpx, make_tcx

    for kind, make, other in (("gpx", make_gpx, "gpxpy.parse + length + climb"), ("tcx", make_tcx, None)):
        data = make(points)
        plain, packed = folder / f"run.{kind}", folder / f"run.{kind}.gz"
        plain.write_bytes(data)
        packed.write_bytes(gzip.compress(data))
        yield f"{kind.upper()} {points:,} points, {_size(plain)}", "importer", plain
        yield f"  gzipped, {_size(packed)}", "importer", packed
        yield "", other or "whole tree (defusedxml)", plain


def _size(path):
    return f"{path.stat().st_size / 2**20:.1f} MB"


def main(lengths):
    print("Backtrack activity import bench")
    print(f"machine: {platform.platform()}, {platform.processor() or platform.machine()}")
    print(f"Python {sys.version.split()[0]}; best of {REPEATS} runs; peak memory added by reading, in MB")
    print(f"  {'file':<32} {'reader':<30} {'seconds':>8} {'peak MB':>8}")
    with tempfile.TemporaryDirectory(prefix="backtrack-bench-") as folder:
        for points in lengths:
            for file, reader, path in cases(Path(folder), points):
                done = subprocess.run(  # noqa: S603 - this interpreter, this module, arguments made here
                    [sys.executable, "-m", "tests.bench.imports", "--measure", reader, str(path)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                seconds, peak = (float(number) for number in done.stdout.split())
                print(f"  {file:<32} {reader:<30} {seconds:8.2f} {peak:8.1f}", flush=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--measure"]:
        measure(*sys.argv[2:4])
    else:
        main([int(argument) for argument in sys.argv[1:]] or DEFAULT_POINTS)
