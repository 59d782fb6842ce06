"""manage.py in a fresh process: settings are read once per process, so changing the environment needs a new
one, and a migration run backwards needs a database of its own."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def manage(*arguments, tmp_path, **variables):
    """Run manage.py with only the given DJANGO_* variables set, on a throwaway SQLite file."""
    environment = {name: value for name, value in os.environ.items() if not name.startswith("DJANGO_")}
    environment["DATABASE_URL"] = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    environment["DJANGO_SETTINGS_MODULE"] = "tracker.settings"
    environment.update(variables)
    return subprocess.run(  # noqa: S603 - our own interpreter and manage.py, fixed arguments
        [sys.executable, "manage.py", *arguments],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def production(**variables):
    return {
        "DJANGO_ENV": "production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "example.org",
        "DJANGO_SITE_URL": "https://example.org",
        **variables,
    }
