"""The API tested against its own OpenAPI document: `python -m tests.api_fuzz [--examples N]`.

gunicorn serves a fresh database (SQLite in a temporary folder, or a throwaway PostgreSQL database beside
DATABASE_URL's) holding the demo runner's year and one read-write token; schemathesis then calls every
operation with generated inputs, valid and not, and fails on any server error or any answer that breaks
the schema (status codes, content types, bodies). The rate limit is lifted for the run: the fuzzer sends
thousands of requests a minute.
"""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.load.database import create_postgres_database, drop_postgres_database, fresh_database_url
from tests.load.server import PROJECT_ROOT, Gunicorn

CHECKS = ",".join(
    [
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_schema_conformance",
    ]
)


def manage(environment, *arguments):
    return subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, "manage.py", *arguments],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=25, help="generated cases per operation")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="backtrack-api-fuzz-") as folder:
        url = fresh_database_url(os.environ.get("DATABASE_URL", ""), Path(folder))
        if url.startswith("postgres"):
            create_postgres_database(url)
        try:
            sys.exit(fuzz(url, Path(folder), arguments.examples))
        finally:
            if url.startswith("postgres"):
                drop_postgres_database(url)


def fuzz(url, folder, examples):
    environment = {**os.environ, "DATABASE_URL": url, "DJANGO_API_RATE": "1000000/m"}
    manage(environment, "migrate", "--noinput", "-v", "0")
    manage(environment, "ensure_demo")
    token = manage(environment, "api_token", "--username", "demo", "--name", "schemathesis").split()[-1]
    server = Gunicorn(environment, folder / "gunicorn.log", workers=2)
    server.start("/api/v1/openapi.json")
    try:
        command = [
            sys.executable, "-m", "schemathesis.cli", "run",
            f"http://127.0.0.1:{server.port}/api/v1/openapi.json",
            "--header", f"Authorization: Bearer {token}",
            "--checks", CHECKS,
            "--max-examples", str(examples),
            "--phases", "examples,coverage,fuzzing",
            "--seed", "2026",
            "--workers", "1",  # the coverage phase has tripped over itself with two threads
            "--no-color",
        ]  # fmt: skip
        finished = subprocess.run(command, cwd=PROJECT_ROOT, env=environment, check=False)  # noqa: S603
    finally:
        server.stop()
    if "Traceback" in server.log():
        print(server.log()[-4000:])
        return 1
    return finished.returncode


if __name__ == "__main__":
    main()
