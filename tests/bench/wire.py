"""Bytes on the wire for the demo runner: `python -m tests.bench.wire`.

The home and insights pages, and the CSS and JS each loads, fetched through the whole middleware stack as a
deploy serves them (collectstatic into a temporary folder, whitenoise reading it), three ways:
- raw: a client that asks for no compression (and what `make run` sends, serving the source files);
- before: what production sent before brotli and the HTML's gzip: the pages as they are, static files gzipped;
- after: what a browser gets now ("gzip, deflate, br"): pages gzipped, static files as brotli.
Also prints how long collectstatic takes: brotli at its best quality is a deploy's cost, paid once.
"""

import io
import re
import tempfile
import time

from tests.bench.throwaway import in_throwaway_database

PAGES = ("/", "/insights/")
RAW = {"accept-encoding": "identity"}
BEFORE_STATIC = {"accept-encoding": "gzip, deflate"}
BROWSER = {"accept-encoding": "gzip, deflate, br"}


def production_static(root):
    from django.test import override_settings

    return override_settings(
        STATIC_ROOT=root,
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
        },
        WHITENOISE_USE_FINDERS=False,
        WHITENOISE_AUTOREFRESH=False,
    )


def size(client, path, headers):
    response = client.get(path, headers=headers)
    assert response.status_code == 200, (path, response.status_code)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return len(body), response.get("Content-Encoding", "none")


def kb(count):
    return f"{count / 1024:7.1f}"


def measure_page(client, page):
    """Rows of (what, raw, before, after) bytes, and the encodings seen, for a page and its CSS and JS."""
    html = client.get(page).content.decode()
    html_raw, _ = size(client, page, RAW)
    html_after, html_encoding = size(client, page, BROWSER)
    rows = [("HTML", html_raw, html_raw, html_after)]
    encodings = {html_encoding}
    for asset in re.findall(r'(?:href|src)="(/static/[^"]+\.(?:css|js))"', html):
        raw, _ = size(client, asset, RAW)
        before, _ = size(client, asset, BEFORE_STATIC)
        after, encoding = size(client, asset, BROWSER)
        rows.append((asset.removeprefix("/static/"), raw, before, after))
        encodings.add(encoding)
    return rows, encodings


def print_page(page, rows, encodings):
    print(f"\n{page}  (KB: raw / before / after; encodings now: {', '.join(sorted(encodings))})")
    for what, raw, before, after in rows:
        print(f"  {what[:52]:<52} {kb(raw)} {kb(before)} {kb(after)}")
    totals = [sum(row[column] for row in rows) for column in (1, 2, 3)]
    label = f"all of it ({len(rows)} files)"
    print(f"  {label:<52} {kb(totals[0])} {kb(totals[1])} {kb(totals[2])}")
    print(f"  after / before: {totals[2] / totals[1]:.2f}; the HTML alone {rows[0][3] / rows[0][2]:.2f}")


def run():
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.test import Client

    call_command("ensure_demo", stdout=io.StringIO())
    demo = User.objects.get(username="demo")
    with tempfile.TemporaryDirectory(prefix="backtrack-static-") as root, production_static(root):
        started = time.perf_counter()
        call_command("collectstatic", interactive=False, verbosity=0)
        seconds = time.perf_counter() - started
        print(f"collectstatic of every static file, .br and .gz included: {seconds:.0f} s")
        client = Client()  # made after collectstatic: whitenoise reads the folder when it starts
        client.force_login(demo)
        for page in PAGES:
            print_page(page, *measure_page(client, page))


if __name__ == "__main__":
    in_throwaway_database(run)
