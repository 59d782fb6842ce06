"""The public library pages: the list with its filters, exercises and routines, seen without logging in."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from routines.models import BodyArea, Equipment, Exercise, Routine, RoutineStep, Status
from tests.base import make_exercise

pytestmark = pytest.mark.django_db

LIBRARY = "/library/"


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def section(html, heading_id):
    """The part of a page from a section's heading to the start of the next section."""
    start = html.index(f'id="{heading_id}"')
    end = html.find("<section", start)
    return html[start : end if end != -1 else None]


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries.captured_queries)


def test_the_library_is_public(client):
    assert "Hanging knee raise" in page(client, LIBRARY)


def test_the_library_lists_recommended_exercises_and_the_discouraged_ones_apart(client):
    html = page(client, LIBRARY)
    assert "Crunch" in section(html, "recommended-heading")
    assert "Full sit-up" not in section(html, "recommended-heading")
    assert "Full sit-up" in section(html, "discouraged-heading")


def test_a_discouraged_exercise_says_why_and_what_to_do_instead(client):
    avoid = section(page(client, LIBRARY), "discouraged-heading")
    assert "ash heap" in avoid
    assert 'href="/library/exercises/hanging-knee-raise/"' in avoid


def test_drafts_are_not_listed(client):
    make_exercise("secret-plank", status=Status.DRAFT, name="Secret plank")
    assert "Secret plank" not in page(client, LIBRARY)


def test_a_draft_exercise_page_is_not_found(client):
    make_exercise("secret-plank", status=Status.DRAFT)
    assert client.get("/library/exercises/secret-plank/").status_code == 404


def test_a_draft_routine_page_is_not_found(client):
    Routine.objects.create(name="Secret routine", slug="secret-routine", status=Status.DRAFT)
    assert client.get("/library/routines/secret-routine/").status_code == 404


def test_filtering_by_kind_shows_only_that_kind(client):
    exercises = section(page(client, LIBRARY + "?kind=stretch"), "recommended-heading")
    assert "Hamstring stretch" in exercises
    assert "Deadlift" not in exercises


def test_filtering_by_equipment_finds_the_roman_chair(client):
    exercises = section(page(client, LIBRARY + "?equipment=roman-chair"), "recommended-heading")
    assert "Roman chair back extension" in exercises
    assert "Crunch" not in exercises


def test_filtering_by_body_area_finds_hamstring_exercises(client):
    html = page(client, LIBRARY + "?area=hamstrings")
    assert "Hamstring stretch" in html
    assert "Hanging knee raise" not in html


def test_searching_looks_in_the_instructions_too(client):
    exercises = section(page(client, LIBRARY + "?q=broomstick"), "recommended-heading")
    assert "Deadlift" in exercises
    assert "Crunch" not in exercises


def test_the_filter_form_keeps_what_was_chosen(client):
    html = page(client, LIBRARY + "?q=twist&kind=stretch")
    assert 'value="twist"' in html
    assert '<option value="stretch" selected>' in html


def test_the_page_counts_the_matching_exercises(client):
    total = Exercise.objects.visible().count()
    assert f"1 of {total} exercises matches" in page(client, LIBRARY + "?q=broomstick")


def test_a_search_with_no_match_says_so_and_offers_a_reset(client):
    html = page(client, LIBRARY + "?q=trampoline")
    assert "No exercises match" in html
    assert 'href="/library/">Show every exercise' in html


def test_an_unknown_body_area_is_reported_at_the_field(client):
    assert "There is no such body area" in page(client, LIBRARY + "?area=elbows")


def test_the_list_costs_the_same_number_of_queries_with_more_exercises(client):
    url = LIBRARY + "?q=e"
    before = count_queries(client, url)
    area, equipment, crunch = (
        BodyArea.objects.first(),
        Equipment.objects.first(),
        Exercise.objects.get(slug="crunch"),
    )
    for number in range(12):
        extra = make_exercise(f"extra-{number}")
        extra.body_areas.add(area)
        extra.equipment.add(equipment)
        extra.alternatives.add(crunch)
    assert count_queries(client, url) == before
    assert before <= 12


def test_an_exercise_page_puts_a_stop_caution_before_the_how_to(client):
    html = page(client, "/library/exercises/deadlift/")
    assert "alert-danger" in html
    assert html.index(">Stop</strong>") < html.index("How to do it")


def test_an_exercise_page_shows_the_how_to_as_steps_with_the_dose(client):
    html = page(client, "/library/exercises/crunch/")
    assert "<li>Lift your upper body 45 to 60 degrees from the floor" in html
    assert "1 set of 20 reps" in html


def test_quotes_are_attributed_to_their_contributor(client):
    html = page(client, "/library/exercises/hanging-knee-raise/")
    assert "<blockquote" in html
    assert '<figcaption class="blockquote-footer">Sarah Tynes</figcaption>' in html


def test_an_exercise_page_suggests_alternatives(client):
    html = page(client, "/library/exercises/crunch/")
    assert 'href="/library/exercises/hanging-knee-raise/"' in html


def test_the_librarys_own_additions_are_marked(client):
    assert "The library's own</span>" in page(client, "/library/exercises/glute-bridge/")


def test_a_discouraged_exercise_page_says_not_recommended(client):
    assert "Not recommended." in page(client, "/library/exercises/straight-leg-raise/")


def test_a_draft_alternative_is_not_suggested(client):
    draft = make_exercise("secret-plank", status=Status.DRAFT, name="Secret plank")
    Exercise.objects.get(slug="crunch").alternatives.add(draft)
    assert "Secret plank" not in page(client, "/library/exercises/crunch/")


def test_an_illustration_is_shown_with_its_description(client):
    make_exercise("bird-dog", illustration="illustrations/bird.png", illustration_alt="A runner on all fours")
    assert 'alt="A runner on all fours"' in page(client, "/library/exercises/bird-dog/")


def test_a_routine_page_shows_its_steps_with_the_dose(client):
    html = page(client, "/library/routines/hanging-knee-lifts/")
    assert "3 sets of 10 reps" in html
    assert "3 times a week" in html


def test_a_routine_page_quotes_its_contributor(client):
    assert "Sarah Tynes</figcaption>" in page(client, "/library/routines/hanging-knee-lifts/")


def test_a_routine_step_with_a_draft_exercise_is_not_a_broken_link(client):
    routine = Routine.objects.create(name="Mixed", slug="mixed", status=Status.PUBLISHED)
    RoutineStep.objects.create(routine=routine, exercise=make_exercise("secret-plank", status=Status.DRAFT))
    assert 'href="/library/exercises/secret-plank/"' not in page(client, "/library/routines/mixed/")


def test_the_library_warns_that_back_pain_with_blood_in_urine_can_need_a_doctor(client):
    before_you_start = section(page(client, LIBRARY), "cautions-notice-heading")
    assert "See a doctor if it lasts longer" in before_you_start
    assert "kidneys or bladder rather than your back" in before_you_start


def test_a_routine_page_offers_a_logged_in_runner_to_log_it(alice_client):
    html = page(alice_client, "/library/routines/hanging-knee-lifts/")
    assert 'href="/workouts/new/?routine=hanging-knee-lifts">Log this routine' in html


def test_a_routine_page_offers_visitors_no_journal_link(client):
    assert "Log this routine" not in page(client, "/library/routines/hanging-knee-lifts/")
