"""The one-way architecture of DESIGN.md, enforced: the exercise library never reaches into the journal, and
the statistics and the file readers work without Django (so they can be read, tested and reused alone)."""

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PURE_PACKAGES = [
    "tracker.insights",
    "tracker.importers",
    "tracker.limits",
    "tracker.units",
    "tracker.time_zones",
    "routines.words",
    "routines.red_flags",
]
# Plain modules without Django, which the pure packages may share.
SHARED_PLAIN = ["routines", "routines.words", "routines.red_flags"]


def _modules_of(package):
    folder = ROOT / package.replace(".", "/")
    if not folder.is_dir():
        return [package]
    return sorted(
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for path in folder.rglob("*.py")
    )


def _imported_names(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


@pytest.mark.parametrize("package", PURE_PACKAGES)
def test_pure_packages_import_without_django_settings(package):
    """Imported in a fresh interpreter with no settings: any import of Django, the models or the rest of
    the project would either fail or show up in sys.modules."""
    script = (
        "import importlib, json, sys\n"
        f"for name in {_modules_of(package)!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(json.dumps(sorted(name for name in sys.modules if name not in {SHARED_PLAIN!r} and ("
        "name == 'django' or name.startswith(('django.', 'routines', 'tracker.models', 'tracker.views', "
        "'tracker.series'))))))\n"
    )
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(  # noqa: S603 - our own interpreter and a script written above
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_the_library_never_imports_the_journal():
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sorted((ROOT / "routines").rglob("*.py"))
        for name in _imported_names(path)
        if name == "tracker" or name.startswith("tracker.")
    ]
    assert offenders == []
