"""A curator gives an exercise its illustration through the admin, and the public page shows it.

The test server serves uploaded media from MEDIA_ROOT, as the reverse proxy does in production.
"""

import pytest
from django.urls import reverse
from PIL import Image, ImageDraw
from playwright.sync_api import expect

from tests.base import PASSWORD, make_curator

pytestmark = pytest.mark.browser

ALT_TEXT = "A runner lying on their back, lifting the head and shoulders off the floor"


@pytest.fixture
def picture(tmp_path):
    image = Image.new("RGB", (480, 320), "white")
    ImageDraw.Draw(image).ellipse((140, 60, 340, 260), fill="teal", outline="black", width=6)
    saved = tmp_path / "crunch.png"
    image.save(saved)
    return saved


def log_in_to_the_admin(page, curator):
    page.goto(reverse("admin:index"))
    page.get_by_label("Username").fill(curator.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Site administration")


def give_the_crunch_an_illustration(page, picture):
    page.get_by_role("link", name="Exercises", exact=True).click()
    page.get_by_role("link", name="Crunch", exact=True).click()
    page.get_by_label("Illustration:", exact=True).set_input_files(picture)
    page.get_by_label("Illustration description").fill(ALT_TEXT)
    page.get_by_role("button", name="Save", exact=True).click()


def test_a_curator_uploads_an_illustration_in_the_admin_and_the_public_page_shows_it(open_page, db, picture):
    curator_page = open_page()
    log_in_to_the_admin(curator_page, make_curator())
    give_the_crunch_an_illustration(curator_page, picture)
    expect(curator_page.get_by_text("was changed successfully")).to_be_visible()
    visitor = open_page()
    visitor.goto(reverse("routines:exercise", args=["crunch"]))
    illustration = visitor.get_by_role("img", name=ALT_TEXT)
    expect(illustration).to_have_js_property("complete", True)
    assert illustration.evaluate("image => image.naturalWidth") > 0
