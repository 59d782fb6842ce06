"""Start-up in production mode, checked in a fresh process each time because settings are read once."""

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
        **variables,
    }


def test_the_deployment_checklist_finds_nothing_in_production_mode(tmp_path):
    result = manage("check", "--deploy", tmp_path=tmp_path, **production())
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    result = manage("check", tmp_path=tmp_path, **production(DJANGO_SECRET_KEY=""))
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_a_malformed_debug_flag_stops_start_up_and_names_the_variable(tmp_path):
    result = manage("check", tmp_path=tmp_path, DJANGO_DEBUG="maybe")
    assert result.returncode != 0
    assert "DJANGO_DEBUG" in result.stderr


def test_a_malformed_connection_age_stops_start_up_and_names_the_variable(tmp_path):
    result = manage("check", tmp_path=tmp_path, DJANGO_CONN_MAX_AGE="abc")
    assert result.returncode != 0
    assert "DJANGO_CONN_MAX_AGE" in result.stderr
