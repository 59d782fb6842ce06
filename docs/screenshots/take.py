"""Take the screenshots in this folder again: the main pages on a phone and a laptop, as the demo runner.

Run it from the project's folder with the project's Python (Playwright and a Chromium are needed):

    python docs/screenshots/take.py [--chromium PATH]

It starts the development server on a free port against a new SQLite database in a temporary folder, so the
database you work with is never touched, and stops it at the end. Not a test: nothing here is checked.
"""

import argparse
import datetime
import io
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parents[1]
DEMO_USERNAME, DEMO_PASSWORD = "demo", "backtrack-demo"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,  # sharp enough to read; 3, as on many phones, only makes the files bigger
    "is_mobile": True,
    "has_touch": True,
}
LAPTOP = {"viewport": {"width": 1280, "height": 800}}
# A laptop screenshot shows the whole page, down to this height: below it nobody scrolls in a picture.
TALLEST_PAGE = 4000
# The charts honour reduced motion: drawn at once, so a screenshot never catches one still growing.
STILL = {"reduced_motion": "reduce"}
# The pages, by file name. The share page and the shared report are taken after a link is made.
PAGES = {
    "library": "/library/",
    "exercise-crunch": "/library/exercises/crunch/",
    "home": "/",
    "checkin": "/checkin/",
    "log-workout": "/workouts/new/",
    "history": "/history/",
    "insights": "/insights/",
    "progress": "/progress/",
}
DARK_ON_PHONE = ("checkin", "home")
PSFS_ACTIVITIES = ("Running downhill for two hours", "Sitting through a workday", "Tying my shoes")
# Two ratings, four weeks apart, so the progress page has a change to show.
PSFS_RATINGS = ((28, (3, 4, 5)), (0, (6, 6, 8)))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def manage(env, *arguments, **options):
    return subprocess.run(  # noqa: S603 - our own interpreter and manage.py, fixed arguments
        [sys.executable, "manage.py", *arguments], cwd=PROJECT, env=env, check=True, **options
    )


@contextmanager
def demo_server():
    """The development server with the demo runner's sample year, on a throwaway database; yields its URL."""
    folder = Path(tempfile.mkdtemp(prefix="backtrack-screens-"))
    env = dict(
        os.environ,
        DATABASE_URL=f"sqlite:///{folder / 'db.sqlite3'}",
        DJANGO_MEDIA_ROOT=str(folder / "media"),
        DJANGO_ENV="development",
    )
    server = None
    try:
        manage(env, "migrate", "--no-input", stdout=subprocess.DEVNULL)
        manage(env, "ensure_demo")
        port = free_port()
        server = subprocess.Popen(  # noqa: S603 - our own interpreter and manage.py, fixed arguments
            [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
            cwd=PROJECT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        wait_for(url, server)
        yield url
    finally:
        if server:
            server.terminate()
            server.wait(timeout=20)
        shutil.rmtree(folder, ignore_errors=True)


def wait_for(url, server, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("The development server stopped before it answered.")
        try:
            with urllib.request.urlopen(f"{url}/library/", timeout=2):  # noqa: S310 - http, built above
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"The development server did not answer within {seconds} s.")


def logged_in(browser, url, device, **options):
    context = browser.new_context(base_url=url, **device, **STILL, **options)
    page = context.new_page()
    page.goto("/accounts/login/")
    page.fill("#id_username", DEMO_USERNAME)
    page.fill("#id_password", DEMO_PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{url}/")
    return page


def save(page, name, full_page):
    """A PNG of the page: the first screen, or the whole page up to TALLEST_PAGE; quantized to stay small."""
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)  # the charts' canvases settle on their final size
    options = {"animations": "disabled", "caret": "hide"}
    if full_page:
        height = page.evaluate("() => document.documentElement.scrollHeight")
        options["full_page"] = True
        if height > TALLEST_PAGE:
            width = page.viewport_size["width"]
            options["clip"] = {"x": 0, "y": 0, "width": width, "height": TALLEST_PAGE}
    image = Image.open(io.BytesIO(page.screenshot(**options))).convert("RGB")
    image = image.convert("P", palette=Image.Palette.ADAPTIVE, colors=256)
    target = HERE / f"{name}.png"
    image.save(target, optimize=True)
    print(f"{target.name}: {image.width}x{image.height}, {target.stat().st_size // 1024} KB")


def rate_activities(page):
    """Name three activities and rate them twice through the pages, as a runner would."""
    page.goto("/progress/activities/")
    for number, activity in enumerate(PSFS_ACTIVITIES, start=1):
        page.fill(f"#id_activity_{number}", activity)
    page.get_by_role("button", name="Save activities").click()
    page.wait_for_url("**/progress/rate/")
    for days_ago, scores in PSFS_RATINGS:
        page.goto("/progress/rate/")
        scales = page.locator("fieldset .pain-scale")
        for index, score in enumerate(scores):
            scales.nth(index).locator(f"input[value='{score}'] + label").click()
        # The form starts on the runner's today; the earlier rating goes back from there.
        today = datetime.date.fromisoformat(page.input_value("#id_date"))
        page.fill("#id_date", (today - datetime.timedelta(days=days_ago)).isoformat())
        page.get_by_role("button", name="Save scores").click()
        page.wait_for_url("**/progress/")


def create_share_link(page):
    page.goto("/shares/")
    page.get_by_role("button", name="Create link").click()
    page.wait_for_url("**/shares/")
    return page.input_value("#new-link")


def take(browser, url, name_suffix, device, full_page):
    page = logged_in(browser, url, device)
    for name, path in PAGES.items():
        page.goto(path)
        save(page, f"{name}-{name_suffix}", full_page)
    link = create_share_link(page)
    save(page, f"share-{name_suffix}", full_page)
    page.context.close()
    # The physio: a fresh browser, no cookies, only the link.
    physio = browser.new_context(**device, **STILL).new_page()
    physio.goto(link)
    save(physio, f"shared-report-{name_suffix}", full_page)
    physio.context.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", help="a Chromium to drive instead of Playwright's own")
    arguments = parser.parse_args()
    launch = {"headless": True, "args": CHROMIUM_ARGS}
    if arguments.chromium:
        launch["executable_path"] = arguments.chromium
    with demo_server() as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(**launch)
        setup = logged_in(browser, url, LAPTOP)
        rate_activities(setup)
        setup.context.close()
        take(browser, url, "phone", PHONE, full_page=False)
        take(browser, url, "laptop", LAPTOP, full_page=True)
        dark = logged_in(browser, url, PHONE, color_scheme="dark")
        for name in DARK_ON_PHONE:
            dark.goto(PAGES[name])
            save(dark, f"{name}-phone-dark", full_page=False)
        browser.close()


if __name__ == "__main__":
    main()
