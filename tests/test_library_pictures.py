"""Every exercise has a picture: the library's own line drawing, or the photo a curator uploads instead."""

import pytest
from defusedxml import ElementTree
from django.contrib.staticfiles import finders

from routines.drawings import DRAWINGS
from routines.models import Exercise
from tests.base import make_exercise
from tests.test_library_admin import ADD_EXERCISE, EXERCISES, exercise_form

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"
# The page's Content-Security-Policy forbids inline styles and scripts; a drawing must not need them.
FORBIDDEN_IN_A_DRAWING = ("<style", "<script", " style=", "<text", "href=")


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def drawing_source(name):
    return open(finders.find(DRAWINGS[name].static_path), encoding="utf-8").read()


def test_every_seeded_exercise_has_a_drawing():
    assert [exercise.slug for exercise in Exercise.objects.all() if exercise.line_drawing is None] == []


@pytest.mark.parametrize("name", sorted(DRAWINGS))
def test_each_drawing_is_a_small_svg_the_pages_can_colour(name):
    source = drawing_source(name)
    drawing = ElementTree.fromstring(source).find(f"{SVG}g[@id='drawing']")
    assert drawing is not None and "stroke" not in drawing.attrib and "fill" not in drawing.attrib
    assert [word for word in FORBIDDEN_IN_A_DRAWING if word in source] == []
    assert len(source.encode()) < 3000


def test_the_library_shows_each_exercise_with_its_drawing_described(client):
    html = page(client, "/library/")
    assert 'href="/static/routines/illustrations/crunch.svg#drawing"' in html
    assert f'aria-label="{DRAWINGS["crunch"].description}"' in html


def test_an_exercise_page_shows_its_drawing(client):
    assert "routines/illustrations/deadlift.svg#drawing" in page(client, "/library/exercises/deadlift/")


def test_a_routine_page_shows_the_drawing_of_each_step(client):
    html = page(client, "/library/routines/hanging-knee-lifts/")
    for name in ("hanging-knee-raise", "back-extension-stretch", "hamstring-stretch"):
        assert f"routines/illustrations/{name}.svg#drawing" in html


def test_an_uploaded_picture_replaces_the_drawing(client):
    Exercise.objects.filter(slug="crunch").update(
        illustration="illustrations/crunch.png", illustration_alt="Alice doing a crunch on a yoga mat"
    )
    html = page(client, "/library/exercises/crunch/")
    assert 'alt="Alice doing a crunch on a yoga mat"' in html
    assert "crunch.svg#drawing" not in html


def test_renaming_an_exercise_keeps_its_drawing(client):
    Exercise.objects.filter(slug="crunch").update(slug="partial-crunch", name="Partial crunch")
    assert "crunch.svg#drawing" in page(client, "/library/exercises/partial-crunch/")


def test_an_exercise_without_a_drawing_or_a_picture_shows_none(client):
    make_exercise("bird-dog")
    assert "exercise-picture" not in page(client, "/library/exercises/bird-dog/")


def test_a_curator_chooses_the_drawing_of_a_new_exercise(carol_client):
    carol_client.post(ADD_EXERCISE, exercise_form(drawing="cat-cow"))
    assert Exercise.objects.get(slug="bird-dog").drawing == "cat-cow"


def test_the_admin_previews_the_drawing_when_no_picture_is_uploaded(carol_client):
    crunch = Exercise.objects.get(slug="crunch")
    html = carol_client.get(f"{EXERCISES}{crunch.pk}/change/").content.decode()
    assert '<img src="/static/routines/illustrations/crunch.svg"' in html
