"""Curating the library in the admin: carol edits exercises and their pictures, and never sees a journal."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from routines.models import Exercise, Routine, Status
from tests.base import make_exercise

pytestmark = pytest.mark.django_db

ADD_EXERCISE = "/admin/routines/exercise/add/"
EXERCISES = "/admin/routines/exercise/"


def png(size=(800, 600), name="bird-dog.png"):
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def exercise_form(**changes):
    """What the admin's exercise form posts, with no inline cautions or quotes."""
    data = {
        "name": "Bird dog",
        "slug": "bird-dog",
        "kind": "core",
        "status": "draft",
        "summary": "Opposite arm and leg, on all fours.",
        "why_discouraged": "",
        "source": "library",
        "instructions": "Kneel on all fours.\nReach one arm and the opposite leg out.",
        "how_to_source": "library",
        "default_sets": "2",
        "default_reps": "8",
        "default_hold_seconds": "",
        "sessions_per_week": "3",
        "starting_level": "beginner",
        "illustration_alt": "",
        "cautions-TOTAL_FORMS": "0",
        "cautions-INITIAL_FORMS": "0",
        "quotes-TOTAL_FORMS": "0",
        "quotes-INITIAL_FORMS": "0",
    }
    return {**data, **changes}


def stored_files(settings):
    media = settings.MEDIA_ROOT
    return sorted(str(path.relative_to(media)) for path in media.rglob("*") if path.is_file())


def test_anonymous_visitors_are_sent_to_the_admin_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_carol_sees_the_library_in_the_admin_index(carol_client):
    assert "Exercise library" in carol_client.get("/admin/").content.decode()


def test_carol_sees_no_journal_models_in_the_admin_index(carol_client):
    assert "/admin/tracker/" not in carol_client.get("/admin/").content.decode()


def test_carol_cannot_open_runners_workouts_in_the_admin(carol_client):
    assert carol_client.get("/admin/tracker/workout/").status_code in {403, 404}


def test_a_runner_cannot_open_the_admin(alice_client):
    assert alice_client.get(EXERCISES).status_code == 302


def test_carol_can_add_an_exercise(carol_client):
    response = carol_client.post(ADD_EXERCISE, exercise_form())
    assert response.status_code == 302
    assert Exercise.objects.get(slug="bird-dog").kind == "core"


def test_carol_can_edit_an_exercise(carol_client):
    exercise = make_exercise("bird-dog", name="Bird dog")
    carol_client.post(f"{EXERCISES}{exercise.pk}/change/", exercise_form(summary="Slowly, without arching."))
    exercise.refresh_from_db()
    assert exercise.summary == "Slowly, without arching."


def test_the_exercise_list_filters_by_status(carol_client):
    html = carol_client.get(EXERCISES + "?status__exact=discouraged").content.decode()
    assert "Straight-leg raise" in html
    assert "Deadlift" not in html


def test_the_exercise_list_searches_by_name(carol_client):
    assert "Hanging knee raise" in carol_client.get(EXERCISES + "?q=hanging").content.decode()


def test_carol_can_open_an_exercise_with_its_cautions_and_quotes(carol_client):
    crunch = Exercise.objects.get(slug="crunch")
    html = carol_client.get(f"{EXERCISES}{crunch.pk}/change/").content.decode()
    assert "if crunches irritate your back" in html
    assert "Andy Williams" in html


def test_carol_can_open_a_routine_with_its_steps(carol_client):
    routine = Routine.objects.get(slug="hanging-knee-lifts")
    html = carol_client.get(f"/admin/routines/routine/{routine.pk}/change/").content.decode()
    assert "10 to 15 in each set." in html


def test_the_publish_action_publishes_drafts(carol_client):
    draft = make_exercise("bird-dog", status=Status.DRAFT)
    carol_client.post(EXERCISES, {"action": "publish", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.status == Status.PUBLISHED


def test_the_move_to_drafts_action_hides_an_exercise(carol_client, client):
    crunch = Exercise.objects.get(slug="crunch")
    carol_client.post(EXERCISES, {"action": "move_to_drafts", "_selected_action": [crunch.pk]})
    carol_client.logout()
    assert client.get("/library/exercises/crunch/").status_code == 404


def test_an_uploaded_illustration_is_saved_under_a_random_name_with_a_thumbnail(carol_client, settings):
    carol_client.post(
        ADD_EXERCISE, exercise_form(illustration=png(), illustration_alt="A runner on all fours")
    )
    exercise = Exercise.objects.get(slug="bird-dog")
    assert re.fullmatch(r"illustrations/[0-9a-f]{32}\.png", exercise.illustration.name)
    assert stored_files(settings) == sorted(
        [exercise.illustration.name, exercise.illustration_thumbnail.name]
    )


def test_the_change_page_previews_the_illustration_with_its_description(carol_client):
    carol_client.post(
        ADD_EXERCISE, exercise_form(illustration=png(), illustration_alt="A runner on all fours")
    )
    exercise = Exercise.objects.get(slug="bird-dog")
    html = carol_client.get(f"{EXERCISES}{exercise.pk}/change/").content.decode()
    assert f'<img src="/media/{exercise.illustration_thumbnail.name}" alt="A runner on all fours"' in html


def test_an_illustration_without_a_description_is_refused(carol_client, settings):
    response = carol_client.post(ADD_EXERCISE, exercise_form(illustration=png()))
    assert "Describe what the picture shows" in response.content.decode()
    assert not Exercise.objects.filter(slug="bird-dog").exists()
    assert stored_files(settings) == []


def test_a_pdf_renamed_png_is_refused_and_nothing_is_saved(carol_client, settings):
    pdf = SimpleUploadedFile("bird-dog.png", b"%PDF-1.7\n1 0 obj <<>> endobj\n", content_type="image/png")
    response = carol_client.post(ADD_EXERCISE, exercise_form(illustration=pdf, illustration_alt="A runner"))
    assert "not a JPEG, PNG or WebP picture" in response.content.decode()
    assert not Exercise.objects.filter(slug="bird-dog").exists()
    assert stored_files(settings) == []


def test_replacing_an_illustration_deletes_the_old_files(
    carol_client, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        carol_client.post(ADD_EXERCISE, exercise_form(illustration=png(), illustration_alt="A runner"))
    exercise = Exercise.objects.get(slug="bird-dog")
    with django_capture_on_commit_callbacks(execute=True):
        carol_client.post(
            f"{EXERCISES}{exercise.pk}/change/",
            exercise_form(illustration=png((300, 200)), illustration_alt="A runner"),
        )
    exercise.refresh_from_db()
    assert stored_files(settings) == sorted(
        [exercise.illustration.name, exercise.illustration_thumbnail.name]
    )


def test_clearing_an_illustration_deletes_its_files(
    carol_client, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        carol_client.post(ADD_EXERCISE, exercise_form(illustration=png(), illustration_alt="A runner"))
    exercise = Exercise.objects.get(slug="bird-dog")
    with django_capture_on_commit_callbacks(execute=True):
        carol_client.post(f"{EXERCISES}{exercise.pk}/change/", exercise_form(**{"illustration-clear": "on"}))
    assert stored_files(settings) == []


def test_a_discouraged_exercise_needs_a_reason(carol_client):
    response = carol_client.post(ADD_EXERCISE, exercise_form(status="discouraged"))
    assert "Say why the exercise is discouraged" in response.content.decode()


def test_an_exercise_is_not_offered_as_its_own_alternative(carol_client):
    crunch = Exercise.objects.get(slug="crunch")
    response = carol_client.get(f"{EXERCISES}{crunch.pk}/change/")
    assert crunch not in response.context["adminform"].form.fields["alternatives"].queryset
