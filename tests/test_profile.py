import datetime

import pytest
import time_machine
from django.contrib.auth.models import User
from django.db import IntegrityError
from django.urls import reverse

from routines.models import Routine, Status
from tests.base import make_user
from tracker.models import Profile


def settings_form(**changes):
    data = {"units": "km", "weekly_target": "3", "lapse_days": "10", "time_zone": "UTC", "usual_routine": ""}
    return {**data, **changes}


def test_a_runner_can_switch_to_miles(alice, alice_client):
    alice_client.post(reverse("profile"), settings_form(units="mi"))
    assert Profile.objects.get(user=alice).units == "mi"


def test_a_runner_can_set_a_time_zone(alice, alice_client):
    alice_client.post(reverse("profile"), settings_form(time_zone="America/Denver"))
    assert Profile.objects.get(user=alice).time_zone == "America/Denver"


def test_it_rejects_an_unknown_time_zone(alice, alice_client):
    response = alice_client.post(reverse("profile"), settings_form(time_zone="Mars/Olympus_Mons"))
    assert "time_zone" in response.context["form"].errors
    assert Profile.objects.get(user=alice).time_zone == "UTC"


def test_it_rejects_a_weekly_target_above_14(alice_client):
    response = alice_client.post(reverse("profile"), settings_form(weekly_target="15"))
    assert response.context["form"].errors["weekly_target"] == ["Enter a number from 1 to 14."]


def test_it_rejects_a_lapse_shorter_than_3_days(alice_client):
    response = alice_client.post(reverse("profile"), settings_form(lapse_days="2"))
    assert "lapse_days" in response.context["form"].errors


def test_a_refused_form_comes_back_filled_in(alice_client):
    response = alice_client.post(reverse("profile"), settings_form(units="mi", lapse_days="2"))
    assert 'value="mi" selected' in response.content.decode()


def test_the_usual_routine_offers_published_routines_only(alice_client):
    Routine.objects.create(name="Finished", slug="finished", status=Status.PUBLISHED)
    Routine.objects.create(name="Half written", slug="half-written", status=Status.DRAFT)
    field = alice_client.get(reverse("profile")).context["form"].fields["usual_routine"]
    offered = {routine.slug for routine in field.queryset}
    assert "finished" in offered
    assert "half-written" not in offered


def test_a_runner_can_choose_a_usual_routine(alice, alice_client):
    routine = Routine.objects.create(name="Finished", slug="finished", status=Status.PUBLISHED)
    alice_client.post(reverse("profile"), settings_form(usual_routine=str(routine.pk)))
    assert Profile.objects.get(user=alice).usual_routine == routine


@time_machine.travel(datetime.datetime(2024, 6, 1, 12, 0, tzinfo=datetime.timezone.utc), tick=False)
def test_today_follows_the_runners_time_zone(alice):
    # At noon UTC it is 2 a.m. the next day on Kiritimati (UTC+14), 1 a.m. the same day in Pago Pago (UTC-11).
    ahead = Profile(user=alice, time_zone="Pacific/Kiritimati").today()
    behind = Profile(user=alice, time_zone="Pacific/Pago_Pago").today()
    assert (ahead, behind) == (datetime.date(2024, 6, 2), datetime.date(2024, 6, 1))


def test_an_account_made_without_a_profile_gets_one_on_its_first_page(client, db):
    user = User.objects.create_user("admin-made", password="x")  # noqa: S106
    client.force_login(user)
    client.get(reverse("home"))
    assert Profile.objects.filter(user=user).exists()


def test_the_database_refuses_a_weekly_target_of_0(db):
    with pytest.raises(IntegrityError):
        Profile.objects.filter(user=make_user("erin")).update(weekly_target=0)


def test_the_database_refuses_a_lapse_of_91_days(db):
    with pytest.raises(IntegrityError):
        Profile.objects.filter(user=make_user("erin")).update(lapse_days=91)


# The time zone


def zone_choices(response):
    return [name for group in response.context["form"].fields["time_zone"].choices for name in _names(group)]


def _names(choice):
    value, label = choice
    return [name for name, _ in label] if isinstance(label, (list, tuple)) else [value]


def test_an_unknown_time_zone_is_refused_with_a_clear_message(alice_client):
    response = alice_client.post(reverse("profile"), settings_form(time_zone="Mars/Olympus_Mons"))
    assert response.context["form"].errors["time_zone"] == [
        "Choose your time zone from the list: the city of yours, or one in the same zone."
    ]


def test_an_alias_sent_in_is_saved_as_its_canonical_zone(alice, alice_client):
    alice_client.post(reverse("profile"), settings_form(time_zone="GB-Eire"))
    assert Profile.objects.get(user=alice).time_zone == "Europe/London"


def test_a_runner_saved_under_an_alias_sees_its_canonical_zone_chosen(alice, alice_client):
    Profile.objects.filter(user=alice).update(time_zone="US/Pacific")
    response = alice_client.get(reverse("profile"))
    assert response.context["form"]["time_zone"].value() == "America/Los_Angeles"
    assert "US/Pacific" not in zone_choices(response)


def test_a_zone_saved_without_a_canonical_name_stays_on_offer_and_is_kept(alice, alice_client):
    Profile.objects.filter(user=alice).update(time_zone="Etc/GMT+5")
    response = alice_client.get(reverse("profile"))
    assert response.context["form"]["time_zone"].value() == "Etc/GMT+5" and "Etc/GMT+5" in zone_choices(
        response
    )
    alice_client.post(reverse("profile"), settings_form(time_zone="Etc/GMT+5", units="mi"))
    assert Profile.objects.get(user=alice).time_zone == "Etc/GMT+5"


def test_another_runners_odd_zone_is_not_on_offer(alice_client, bob):
    Profile.objects.filter(user=bob).update(time_zone="Etc/GMT+5")
    response = alice_client.post(reverse("profile"), settings_form(time_zone="Etc/GMT+5"))
    assert "time_zone" in response.context["form"].errors
