"""Bytes on the wire: journal pages come gzipped to a browser that asks, pages that show a lasting secret
never do (BREACH), and collected static files go as brotli or gzip from files written ahead of time."""

import datetime
import gzip
import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlencode

import brotli
import pytest
from django.contrib.auth.tokens import default_token_generator
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from tests.base import make_checkin, make_exercise, make_run, make_workout, runner_today
from tracker.reminders.links import unsubscribe_token
from tracker.shares import create_share

BROWSER = {"accept-encoding": "gzip, deflate, br"}
FILE_SYSTEM_FINDER = "django.contrib.staticfiles.finders.FileSystemFinder"
MASKED_CSRF = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]+"')


def fetch(client, path, **extra):
    response = client.get(path, headers=BROWSER, **extra)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


def same_page(html):
    """The page without its CSRF token, which is masked anew on every answer."""
    return MASKED_CSRF.sub(b"csrf", html)


@pytest.fixture
def alices_year(alice):
    today = runner_today(alice)
    plank = make_exercise()
    for days_ago in range(0, 60, 3):
        day = today - datetime.timedelta(days=days_ago)
        make_checkin(alice, day, pain=days_ago % 7)
        make_workout(alice, day, exercises=[plank])
        make_run(alice, day, km=8 + days_ago % 5)
    return alice


@pytest.mark.parametrize("name", ["home", "history", "insights"])
def test_a_journal_page_comes_gzipped_and_unzips_to_the_page_itself(alices_year, alice_client, name):
    response, body = fetch(alice_client, reverse(name))
    plain = alice_client.get(reverse(name)).content
    assert response["Content-Encoding"] == "gzip"
    assert same_page(gzip.decompress(body)) == same_page(plain)


def test_a_browser_that_asks_for_no_compression_gets_the_page_as_it_is(alices_year, alice_client):
    response = alice_client.get(reverse("insights"), headers={"accept-encoding": "identity"})
    assert not response.has_header("Content-Encoding")
    assert b"</html>" in response.content


def test_the_same_page_gzipped_twice_differs_in_length_by_its_random_padding(alices_year, alice_client):
    lengths = {len(fetch(alice_client, reverse("history"))[1]) for _ in range(6)}
    assert len(lengths) > 1


def test_the_profile_page_showing_a_new_api_token_is_not_compressed(alice_client):
    alice_client.post(reverse("create_api_token"), {"name": "watch uploader"})
    response, body = fetch(alice_client, reverse("profile"))
    assert b"Copy it now" in body
    assert not response.has_header("Content-Encoding")


def test_a_refused_token_form_on_the_profile_page_is_not_compressed(alice_client):
    response = alice_client.post(reverse("create_api_token"), {"name": ""}, headers=BROWSER)
    assert response.status_code == 400
    assert not response.has_header("Content-Encoding")


def test_refused_reminder_choices_on_the_profile_page_are_not_compressed(alice_client):
    response = alice_client.post(reverse("reminder_settings"), {"hour": "24"}, headers=BROWSER)
    assert response.status_code == 400
    assert not response.has_header("Content-Encoding")


def test_the_shares_page_showing_a_new_link_is_not_compressed(alice_client):
    alice_client.post(reverse("shares"), {"days": 14})
    response, body = fetch(alice_client, reverse("shares"))
    assert b"/shared/" in body
    assert not response.has_header("Content-Encoding")


@pytest.mark.parametrize("name", ["shared_report", "shared_report_pdf"])
def test_a_shared_report_opened_by_its_link_is_not_compressed(alices_year, client, name):
    today = runner_today(alices_year)
    _share, token = create_share(alices_year, today - datetime.timedelta(days=59), today, 14)
    response, body = fetch(client, reverse(name, args=[token]))
    assert response.status_code == 200
    assert len(body) > 1000
    assert not response.has_header("Content-Encoding")


def test_the_unsubscribe_page_holding_its_token_is_not_compressed(alice, client):
    token = unsubscribe_token(alice)
    response, body = fetch(client, reverse("unsubscribe"), query_params={"token": token})
    assert urlencode({"token": token}).encode() in body
    assert not response.has_header("Content-Encoding")


def test_the_password_reset_page_opened_from_its_link_is_not_compressed(alice, client):
    link = reverse(
        "password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(alice.pk)),
            "token": default_token_generator.make_token(alice),
        },
    )
    response = client.get(link, headers=BROWSER, follow=True)
    assert b"new_password1" in response.content
    assert not response.has_header("Content-Encoding")


def test_the_data_zip_is_not_compressed_a_second_time(alices_year, alice_client):
    response, body = fetch(alice_client, reverse("download_my_data"))
    assert body.startswith(b"PK")
    assert not response.has_header("Content-Encoding")


# Static files, as production serves them. Brotli at its best quality takes about 40 s over the whole tree
# (Django's admin and the API docs' bundle are most of it): a deploy pays that once, the tests compress two
# of the app's own files, and check the whole tree's manifest, the step that fails a deploy on a missing file.

STATIC = Path(__file__).resolve().parents[1] / "static"
SOURCES = ("css/app.css", "js/insights.js")


def production_static(root, storage="whitenoise.storage.CompressedManifestStaticFilesStorage", **extra):
    return override_settings(
        STATIC_ROOT=root,
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": storage},
        },
        WHITENOISE_USE_FINDERS=False,
        WHITENOISE_AUTOREFRESH=False,
        **extra,
    )


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        (source / name).parent.mkdir(exist_ok=True)
        shutil.copyfile(STATIC / name, source / name)
    root = tmp_path_factory.mktemp("static")
    only_these = {"STATICFILES_DIRS": [source], "STATICFILES_FINDERS": [FILE_SYSTEM_FINDER]}
    with production_static(root, **only_these):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root


@pytest.fixture
def served(collected):
    """The collected folder, served by whitenoise to a client made inside this fixture's settings."""
    with production_static(collected):
        yield collected


def collected_file(root, source):
    """The file collectstatic wrote for `source` (e.g. css/app.css), under its hashed name."""
    return root / json.loads((root / "staticfiles.json").read_text())["paths"][source]


def test_collectstatic_of_the_whole_tree_finds_every_file_the_css_and_js_refer_to(tmp_path):
    with production_static(tmp_path, storage="django.contrib.staticfiles.storage.ManifestStaticFilesStorage"):
        call_command("collectstatic", interactive=False, verbosity=0)
    assert "vendor/bootstrap/bootstrap.min.css" in (tmp_path / "staticfiles.json").read_text()


@pytest.mark.parametrize("source", SOURCES)
def test_collectstatic_writes_a_brotli_and_a_gzip_file_beside_each_css_and_js(collected, source):
    path = collected_file(collected, source)
    assert brotli.decompress(path.with_name(path.name + ".br").read_bytes()) == path.read_bytes()
    assert gzip.decompress(path.with_name(path.name + ".gz").read_bytes()) == path.read_bytes()


@pytest.mark.parametrize("source", SOURCES)
def test_a_browser_gets_the_css_and_js_as_brotli(served, db, source):
    path = collected_file(served, source)
    response = Client().get(static_url(served, path), headers=BROWSER)  # made here: whitenoise reads `served`
    assert response["Content-Encoding"] == "br"
    assert brotli.decompress(b"".join(response.streaming_content)) == path.read_bytes()


def test_a_browser_without_brotli_gets_the_gzip_file(served, db):
    path = collected_file(served, "css/app.css")
    response = Client().get(static_url(served, path), headers={"accept-encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(b"".join(response.streaming_content)) == path.read_bytes()


def static_url(root, path):
    return "/static/" + path.relative_to(root).as_posix()
