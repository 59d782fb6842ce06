"""One voice on safety: every page that gives advice about a warning sign gives the same words, from one
source (routines/red_flags.py), and a curator cannot make the library's caution say something else."""

import pytest
from django.db import IntegrityError
from django.urls import reverse
from django.utils.html import escape

from routines.models import Caution, Routine, RoutineStep, Status
from routines.red_flags import advice_for
from tests.base import make_exercise

pytestmark = pytest.mark.django_db

BLOOD_ADVICE = escape(advice_for(["blood_in_urine"])[0].text)
ADD_CAUTION = "/admin/routines/caution/add/"


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def check_in_with(client, *flags):
    today = client.get(reverse("log_checkin")).context["form"].today
    data = {"date": today.isoformat(), "pain": "3", "notes": "", "red_flags": list(flags)}
    return client.post(reverse("log_checkin"), data, follow=True).content.decode()


def caution_form(**changes):
    """What the admin's caution form posts, with no quotes."""
    data = {"exercise": "", "severity": "stop", "red_flag": "fever", "applies_to": "", "text": ""}
    return {**data, "source": "library", "quotes-TOTAL_FORMS": "0", "quotes-INITIAL_FORMS": "0", **changes}


@pytest.fixture
def carol_client(client, carol):
    client.force_login(carol)
    return client


def test_the_advice_about_blood_in_urine_says_both_truths():
    text = advice_for(["blood_in_urine"])[0].text
    assert "after a long or hard run is common and usually clears within 24 to 48 hours" in text
    assert "comes with fever, pain in your side (flank pain) or pain when passing urine" in text
    assert "with back pain, it can come from the kidneys or bladder" in text


@pytest.mark.parametrize(
    "url",
    [reverse("routines:library"), reverse("routines:exercise", args=["crunch"]), reverse("red_flags")],
    ids=["library", "exercise", "warning signs"],
)
def test_every_public_page_gives_the_same_advice_about_blood_in_urine(client, url):
    assert BLOOD_ADVICE in page(client, url)


def test_a_check_in_with_blood_in_urine_ticked_gives_the_same_advice_as_the_library(alice_client):
    assert BLOOD_ADVICE in check_in_with(alice_client, "blood_in_urine")


def test_the_library_still_quotes_the_runner_who_warned_about_it(client):
    html = page(client, reverse("routines:library"))
    assert "a definite danger sign that should be taken seriously" in html
    assert html.index(BLOOD_ADVICE) < html.index("George Beinhorn</figcaption>")


def test_the_check_in_form_holds_every_signs_advice_hidden_for_its_script(alice_client):
    html = page(alice_client, reverse("log_checkin"))
    blood = html[html.index('data-flags="blood_in_urine" hidden>') :]
    assert blood.index(BLOOD_ADVICE) < blood.index("data-flags=", 1)
    assert 'data-flags="saddle_numbness bladder_bowel leg_weakness" hidden>' in html


def test_without_scripts_the_check_in_promises_the_advice_on_saving(alice_client):
    html = page(alice_client, reverse("log_checkin"))
    assert "you will see what to do as soon as you save" in html
    assert "straight away" not in html


def test_a_curator_adds_a_warning_sign_to_an_exercise_and_its_page_shows_the_shared_advice(client):
    make_exercise("bird-dog").cautions.create(severity="stop", red_flag="night_pain")
    night = escape(advice_for(["night_pain"])[0].text)
    assert page(client, reverse("routines:exercise", args=["bird-dog"])).count(night) == 1


def test_a_routine_step_names_a_warning_sign_of_its_exercise_with_the_shared_advice(client):
    exercise = make_exercise("bird-dog")
    exercise.cautions.create(severity="stop", red_flag="after_fall")
    routine = Routine.objects.create(name="Easy", slug="easy", status=Status.PUBLISHED)
    RoutineStep.objects.create(routine=routine, exercise=exercise)
    steps = page(client, reverse("routines:routine", args=["easy"]))
    assert escape(advice_for(["after_fall"])[0].text) in steps


def test_a_curator_cannot_give_a_warning_sign_words_of_its_own(carol_client):
    response = carol_client.post(ADD_CAUTION, caution_form(text="Harmless after a long run, ignore it."))
    assert "leave this empty" in str(response.context["adminform"].form.errors["text"])
    assert not Caution.objects.filter(red_flag="fever").exists()


def test_a_curator_cannot_demote_a_warning_sign_to_a_tip(carol_client):
    response = carol_client.post(ADD_CAUTION, caution_form(severity="tip"))
    assert "always a Stop" in str(response.context["adminform"].form.errors["severity"])


def test_a_curator_adds_a_warning_sign_with_the_sign_alone(carol_client):
    carol_client.post(ADD_CAUTION, caution_form())
    assert Caution.objects.get(red_flag="fever").advice.text == advice_for(["fever"])[0].text


def test_the_curators_page_shows_the_shared_advice_it_cannot_edit(carol_client):
    seeded = Caution.objects.get(red_flag="blood_in_urine")
    assert BLOOD_ADVICE in page(carol_client, f"/admin/routines/caution/{seeded.pk}/change/")


def test_a_caution_needs_words_or_a_warning_sign(carol_client):
    response = carol_client.post(ADD_CAUTION, caution_form(red_flag=""))
    assert "choose the warning sign" in str(response.context["adminform"].form.errors["text"])


def test_the_database_refuses_a_warning_sign_with_words_of_its_own():
    with pytest.raises(IntegrityError):
        Caution.objects.create(severity="stop", red_flag="fever", text="Nothing to worry about.")


def test_every_warning_sign_has_its_advice_in_one_line_too():
    from routines.red_flags import SIGNS, all_advice

    assert all(sign.brief for sign in SIGNS if not sign.urgent)
    assert all(0 < len(advice.brief) < len(advice.text) for advice in all_advice())


def test_the_librarys_short_notice_gives_the_blood_in_urine_advice_in_one_line(client):
    notice = (
        client.get("/library/")
        .content.decode()
        .split('id="cautions-notice-heading"', 1)[1]
        .split("<details", 1)[0]
    )
    assert "do not run until it clears, usually within 48 hours; see a doctor if it lasts" in notice
