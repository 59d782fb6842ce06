import datetime
import re

import pytest
from django.db import IntegrityError
from django.urls import reverse

from tests.base import make_checkin
from tracker.dates import day_words
from tracker.models import PainCheckin


@pytest.fixture
def today(alice):
    return alice.profile.today()


def check_in(client, date, follow=False, **changes):
    data = {"date": date.isoformat(), "pain": "3", "notes": "", **changes}
    return client.post(reverse("log_checkin"), data, follow=follow)


def open_folds(response):
    """The open folded sections of the form, by their summary's first words (up to a question mark)."""
    folds = re.findall(r"<details([^>]*)>\s*<summary>([^<?]*\??)", response.content.decode())
    return {summary.strip() for attributes, summary in folds if " open" in attributes}


def test_the_pain_scale_says_what_0_and_10_mean(alice_client):
    page = alice_client.get(reverse("log_checkin")).content.decode()
    assert "0 = no pain, 10 = worst imaginable" in page


def test_the_pain_scale_offers_every_score_from_0_to_10(alice_client):
    field = alice_client.get(reverse("log_checkin")).context["form"].fields["pain"]
    assert [value for value, _ in field.choices] == list(range(11))


def test_the_pain_scale_names_the_ends_for_screen_readers_too(alice_client):
    page = alice_client.get(reverse("log_checkin")).content.decode()
    assert '0<span class="visually-hidden"> (no pain)</span>' in page
    assert '10<span class="visually-hidden"> (worst imaginable)</span>' in page


def test_a_refused_check_in_keeps_the_pain_score_chosen(alice_client, today):
    page = check_in(alice_client, today + datetime.timedelta(days=2), pain="6").content.decode()
    assert re.search(r'value="6"\s+checked', page)


def test_a_runner_checks_in_with_where_and_when(alice, alice_client, today):
    check_in(alice_client, today, pain="5", locations=["left", "leg"], timings=["after_run"])
    checkin = PainCheckin.objects.get(user=alice)
    assert (checkin.pain, checkin.locations, checkin.timings) == (5, ["left", "leg"], ["after_run"])


def test_checking_in_again_the_same_day_replaces_that_days_check_in(alice, alice_client, today):
    check_in(alice_client, today, pain="6")
    check_in(alice_client, today, pain="2")
    assert list(PainCheckin.objects.filter(user=alice).values_list("pain", flat=True)) == [2]


def test_the_form_comes_filled_in_with_todays_check_in(alice, alice_client, today):
    make_checkin(alice, date=today, pain=7)
    response = alice_client.get(reverse("log_checkin"))
    assert response.context["form"].initial["pain"] == 7
    assert "Saving again replaces" in response.content.decode()


def test_an_empty_check_in_comes_with_the_optional_parts_folded(alice_client):
    assert open_folds(alice_client.get(reverse("log_checkin"))) == set()


def test_a_check_in_sent_back_opens_the_parts_that_hold_a_value(alice_client, today):
    response = check_in(alice_client, today, pain="11", locations=["left"], notes="stiff")
    assert open_folds(response) == {"Where it hurts", "Notes"}


def test_a_wrong_date_opens_the_date_with_its_error(alice_client, today):
    response = check_in(alice_client, today + datetime.timedelta(days=2))
    assert open_folds(response) == {"Another day?"}


def test_editing_a_check_in_of_another_day_shows_its_date_and_what_was_ticked(alice, alice_client, today):
    checkin = make_checkin(alice, date=today - datetime.timedelta(days=3), red_flags=["fever"])
    response = alice_client.get(reverse("edit_checkin", args=[checkin.pk]))
    assert open_folds(response) == {"Another day?", "Any warning signs?"}


def test_a_check_in_without_warning_signs_goes_home(alice_client, today):
    assert check_in(alice_client, today)["Location"] == reverse("home")


def test_blood_in_urine_shows_the_advice_as_soon_as_it_is_saved(alice_client, today):
    page = check_in(alice_client, today, follow=True, red_flags=["blood_in_urine"]).content.decode()
    assert "after a long or hard run is common and usually clears within 24 to 48 hours" in page
    assert "fever, pain in your side (flank pain) or pain when passing urine" in page


def test_blood_in_urine_alone_is_not_marked_urgent(alice_client, today):
    page = check_in(alice_client, today, follow=True, red_flags=["blood_in_urine"]).content.decode()
    assert "emergency department" not in page


@pytest.mark.parametrize("flag", ["saddle_numbness", "bladder_bowel", "leg_weakness"])
def test_cauda_equina_signs_say_go_to_an_emergency_department_today(alice_client, today, flag):
    page = check_in(alice_client, today, follow=True, red_flags=[flag]).content.decode()
    assert "Urgent — go to an emergency department today" in page


def test_several_urgent_signs_get_one_emergency_advice_naming_each(alice_client, today):
    flags = ["saddle_numbness", "leg_weakness"]
    page = check_in(alice_client, today, follow=True, red_flags=flags).content.decode()
    assert page.count("Urgent — go to an emergency department today") == 1
    assert "Numbness around the buttocks" in page and "New weakness in a leg or foot" in page


def test_urgent_advice_comes_before_the_rest(alice_client, today):
    flags = ["night_pain", "leg_weakness"]
    page = check_in(alice_client, today, follow=True, red_flags=flags).content.decode()
    assert page.index("emergency department") < page.index("Pain at night that rest")


def test_the_warning_signs_page_explains_every_flag(client, db):
    page = client.get(reverse("red_flags")).content.decode()
    assert all(label in page for label in PainCheckin.RedFlag.labels)


def test_the_warning_signs_page_puts_the_emergency_signs_first(client, db):
    page = client.get(reverse("red_flags")).content.decode()
    assert page.index("emergency department") < page.index("Blood or brown colour in your urine")


@pytest.mark.parametrize("pain", ["11", "-1", "4.5", "a lot"])
def test_it_rejects_pain_outside_the_whole_numbers_0_to_10(alice, alice_client, today, pain):
    response = check_in(alice_client, today, pain=pain)
    assert response.context["form"].errors["pain"] == ["Pain is a whole number from 0 to 10."]
    assert not PainCheckin.objects.filter(user=alice).exists()


def test_a_refused_check_in_comes_back_filled_in(alice_client, today):
    response = check_in(alice_client, today, pain="11", notes="stiff after the hills")
    assert "stiff after the hills" in response.content.decode()


def test_it_rejects_an_unknown_location(alice_client, today):
    response = check_in(alice_client, today, locations=["elbow"])
    assert "locations" in response.context["form"].errors


def test_editing_a_check_in_changes_it(alice, alice_client, today):
    checkin = make_checkin(alice, date=today, pain=3)
    data = {"date": today.isoformat(), "pain": "8", "notes": ""}
    alice_client.post(reverse("edit_checkin", args=[checkin.pk]), data)
    checkin.refresh_from_db()
    assert checkin.pain == 8


def test_an_edit_may_not_move_a_check_in_onto_another_days(alice, alice_client, today):
    yesterday = today - datetime.timedelta(days=1)
    make_checkin(alice, date=yesterday, pain=2)
    checkin = make_checkin(alice, date=today, pain=3)
    data = {"date": yesterday.isoformat(), "pain": "3", "notes": ""}
    response = alice_client.post(reverse("edit_checkin", args=[checkin.pk]), data)
    assert "already have a check-in on that date" in response.context["form"].errors["date"][0]


def test_deleting_a_check_in_asks_then_deletes(alice, alice_client, today):
    checkin = make_checkin(alice, date=today)
    assert alice_client.get(reverse("delete_checkin", args=[checkin.pk])).status_code == 200
    alice_client.post(reverse("delete_checkin", args=[checkin.pk]))
    assert not PainCheckin.objects.filter(pk=checkin.pk).exists()


@pytest.mark.parametrize("pain", [-1, 11, 20])
def test_the_database_refuses_pain_outside_0_to_10(alice, pain):
    with pytest.raises(IntegrityError):
        make_checkin(alice, date=datetime.date(2024, 1, 1), pain=pain)


def test_the_database_refuses_two_check_ins_on_one_day(alice):
    make_checkin(alice, date=datetime.date(2024, 1, 1))
    with pytest.raises(IntegrityError):
        make_checkin(alice, date=datetime.date(2024, 1, 1))


def test_a_check_in_asked_for_another_day_starts_on_that_day_with_its_entry(alice, alice_client, today):
    three_days_ago = today - datetime.timedelta(days=3)
    make_checkin(alice, date=three_days_ago, pain=6)
    response = alice_client.get(reverse("log_checkin"), {"date": three_days_ago.isoformat()})
    assert (response.context["form"].initial["date"], response.context["form"].initial["pain"]) == (
        three_days_ago,
        6,
    )
    assert f"You already checked in on {day_words(three_days_ago)}." in response.content.decode()


def test_a_check_in_asked_for_yesterday_says_yesterday(alice_client, today):
    response = alice_client.get(
        reverse("log_checkin"), {"date": (today - datetime.timedelta(days=1)).isoformat()}
    )
    assert "How was your back yesterday?" in response.content.decode()
