"""The installable app and what its pages carry for use without a signal: the manifest, the service worker's
answer, whose pages a phone may keep, and what each log form tells its script (tests/browser/test_offline*.py
drive it all in Chromium)."""

import json
import re

import pytest
from django.contrib.staticfiles import finders
from django.urls import resolve, reverse
from PIL import Image

from tests.base import make_checkin
from tests.journal_factories import make_core_basics
from tests.test_url_protection import ACCESS
from tracker.offline import KEPT_PAGES, SHELL_FILES, offline_config, owner_key

LOG_PAGES = {"home", "log_checkin", "log_workout", "log_run"}


def html(client, name, *args):
    return client.get(reverse(name, args=args)).content.decode()


def test_the_service_worker_is_javascript_allowed_to_control_the_whole_site_and_checked_each_visit(
    client, db
):
    response = client.get("/sw.js")
    assert response["Content-Type"].startswith("application/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"]


def test_the_service_worker_is_the_static_file_itself(client, db):
    with open(finders.find("js/service_worker.js"), "rb") as worker:
        assert client.get("/sw.js").content == worker.read()


def test_the_manifest_names_the_app_and_opens_today_standalone(client, db):
    response = client.get("/manifest.webmanifest")
    manifest = response.json()
    assert response["Content-Type"] == "application/manifest+json"
    assert (manifest["name"], manifest["start_url"], manifest["display"]) == ("Backtrack", "/", "standalone")
    assert (manifest["theme_color"], manifest["background_color"]) == ("#17606b", "#f7f5f0")


@pytest.mark.parametrize("index", [0, 1, 2])
def test_each_icon_of_the_manifest_is_a_png_of_the_size_it_claims(client, db, index):
    icon = client.get("/manifest.webmanifest").json()["icons"][index]
    path = finders.find(icon["src"].removeprefix("/static/"))
    with Image.open(path) as image:
        assert (image.format, f"{image.width}x{image.height}") == ("PNG", icon["sizes"])


def test_the_manifest_offers_a_maskable_icon(client, db):
    purposes = [icon["purpose"] for icon in client.get("/manifest.webmanifest").json()["icons"]]
    assert "maskable" in purposes


def test_the_page_without_a_connection_opens_for_anyone(client, db):
    assert "No connection" in html(client, "offline")


def test_every_page_of_a_runner_names_them_by_their_owner_key(alice, alice_client):
    assert f'data-offline-owner="{owner_key(alice)}"' in html(alice_client, "routines:library")


def test_a_visitors_page_names_no_owner_and_carries_no_offline_list(client, db):
    page = html(client, "routines:library")
    assert "data-offline-owner" not in page and 'id="offline-config"' not in page


def test_two_runners_have_different_owner_keys_that_say_nothing_about_them(alice, bob):
    assert owner_key(alice) != owner_key(bob)
    assert re.fullmatch(r"[0-9a-f]{32}", owner_key(alice))


def test_the_phone_keeps_only_public_pages_and_the_runners_own_log_pages():
    kept_elsewhere = [name for name in KEPT_PAGES if name not in LOG_PAGES and ACCESS[name].kind != "public"]
    assert kept_elsewhere == []


def test_the_list_of_kept_pages_holds_no_page_of_the_journal(alice):
    names = {resolve(url).view_name for url in offline_config(alice)["pages"]}
    assert names.isdisjoint({"history", "insights", "progress", "checkin_detail", "run_detail", "profile"})


@pytest.mark.parametrize("name", SHELL_FILES)
def test_every_app_file_the_phone_keeps_exists(name):
    assert finders.find(name) is not None


def test_a_run_form_for_a_runner_in_miles_carries_the_factors_to_kilometres_and_metres(alice, alice_client):
    alice.profile.units = "mi"
    alice.profile.save()
    page = html(alice_client, "log_run")
    assert 'data-km-per-unit="1.609344"' in page and 'data-metres-per-climb-unit="0.3048"' in page


def test_the_workout_form_carries_the_slug_of_each_exercise_it_offers(alice_client):
    page = html(alice_client, "log_workout")
    slugs = json.loads(re.search(r'id="offline-slugs" type="application/json">(.*?)</script>', page).group(1))
    assert "crunch" in slugs["exercises"].values()


def test_the_one_tap_carries_the_routine_to_log_without_a_signal(alice, alice_client):
    alice.profile.usual_routine = make_core_basics()
    alice.profile.save()
    assert 'data-offline="routine"' in html(alice_client, "home")
    assert 'data-routine="core-basics"' in html(alice_client, "home")


def test_editing_a_check_in_is_not_offered_without_a_signal(alice, alice_client):
    checkin = make_checkin(alice)
    assert "data-offline=" not in html(alice_client, "edit_checkin", checkin.pk)
