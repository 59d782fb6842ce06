"""gunicorn in a child process: start it on a free port, find its workers, kill one, stop it."""

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.load.client import Browser

PROJECT_ROOT = Path(__file__).resolve().parents[2]
LISTENING = re.compile(r"Listening at: http://127\.0\.0\.1:(\d+)")


class Gunicorn:
    def __init__(self, environment, log_path, workers=2, threads=1, access_log_path=None):
        self.environment, self.log_path = environment, Path(log_path)
        self.access_log_path = access_log_path
        self.workers, self.threads = workers, threads
        self.process = None
        self.port = None

    def start(self, ready_path, timeout_s=60):
        command = [
            sys.executable, "-m", "gunicorn", "tracker.wsgi:application",
            "--bind", "127.0.0.1:0",  # the kernel picks a free port; it is read back from the log
            "--workers", str(self.workers),
            "--threads", str(self.threads),
            "--timeout", "60",
            "--graceful-timeout", "5",
            "--error-logfile", str(self.log_path),
        ]  # fmt: skip
        if self.access_log_path:
            command += ["--access-logfile", str(self.access_log_path)]
        self.process = subprocess.Popen(  # noqa: S603 - our own interpreter and a fixed command
            command,
            cwd=PROJECT_ROOT,
            env=self.environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline and self.port is None:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped at start-up:\n{self.log()}")
            match = LISTENING.search(self.log())
            self.port = int(match.group(1)) if match else None
            time.sleep(0.1)
        self.wait_until_serving(ready_path, deadline)

    def wait_until_serving(self, path, deadline):
        while time.monotonic() < deadline:
            if self.port is not None and len(self.worker_pids()) == self.workers:
                try:
                    if Browser("127.0.0.1", self.port).request("GET", path).status == 200:
                        return
                except OSError:
                    pass
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not serve {path} in time:\n{self.log()}")

    def log(self):
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def worker_pids(self):
        """The master's children, read from /proc (Linux), so nothing outside this server is touched."""
        children = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            # Fields after the parenthesised command name: state, then the parent's pid. A killed worker
            # stays a zombie (state Z) until the master reaps it; it no longer counts.
            state, parent = stat.rsplit(")", 1)[1].split()[:2]
            if int(parent) == self.process.pid and state != "Z":
                children.append(int(entry.name))
        return sorted(children)

    def kill_one_worker(self):
        pids = self.worker_pids()
        if not pids:
            raise RuntimeError("gunicorn has no worker to kill")
        os.kill(pids[0], signal.SIGKILL)
        return pids[0]

    def wait_for_workers(self, killed_pid, count, timeout_s):
        """The workers once the master has replaced a killed one (or as they are when time runs out)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            pids = self.worker_pids()
            if len(pids) >= count and killed_pid not in pids:
                break
            time.sleep(0.05)
        return self.worker_pids()

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()  # the master stops its workers gracefully
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=15)
