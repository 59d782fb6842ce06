import datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError
from django.urls import reverse

from tests.base import make_run
from tracker.forms.runs import parse_duration
from tracker.models import Run
from tracker.templatetags.journal_format import climb, distance, duration, pace


@pytest.fixture
def today(alice):
    return alice.profile.today()


@pytest.fixture
def in_miles(alice):
    alice.profile.units = "mi"
    alice.profile.save()


def run_data(date, **changes):
    data = {"date": date.isoformat(), "distance": "10", "duration": "50:00", "ascent": "", "descent": "",
            "surface": "road", "notes": ""}  # fmt: skip
    return {**data, **changes}


def log_run(client, date, follow=False, **changes):
    return client.post(reverse("log_run"), run_data(date, **changes), follow=follow)


def test_a_runner_in_kilometres_logs_a_run_stored_in_metres(alice, alice_client, today):
    log_run(alice_client, today, distance="21.1")
    assert Run.objects.get(user=alice).distance_m == 21100


def test_a_runner_in_miles_logs_20_miles_as_32187_metres(alice, alice_client, today, in_miles):
    log_run(alice_client, today, distance="20", surface="trail")
    run = Run.objects.get(user=alice)
    assert (run.distance_m, run.surface) == (32187, "trail")


def test_a_runner_in_miles_logs_1000_feet_of_descent_as_304_8_metres(alice, alice_client, today, in_miles):
    page = log_run(alice_client, today, follow=True, descent="1000").content.decode()
    assert Run.objects.get(user=alice).descent_m == Decimal("304.8")
    assert "descent 1,000 ft" in page


def test_a_runner_in_kilometres_logs_the_climb_in_metres(alice, alice_client, today):
    page = log_run(alice_client, today, follow=True, ascent="1100", descent="1200").content.decode()
    run = Run.objects.get(user=alice)
    assert (run.ascent_m, run.descent_m) == (1100, 1200)
    assert "1,100 m" in page and "descent 1,200 m" in page


def test_the_climb_fields_name_the_runners_units(alice_client, in_miles):
    page = alice_client.get(reverse("log_run")).content.decode()
    assert "Ascent (ft)" in page and "Descent (ft)" in page


def test_a_refused_run_keeps_the_feet_typed(alice_client, today, in_miles):
    response = log_run(alice_client, today, distance="0", descent="1000")
    assert response.context["form"]["descent"].value() == "1000"
    assert 'value="1000"' in response.content.decode()


def test_it_rejects_more_than_20000_m_of_climb_typed_in_feet(alice_client, today, in_miles):
    response = log_run(alice_client, today, descent="65617")
    assert response.context["form"].errors["descent"] == ["Enter a number from 0 to 65616 ft."]


def test_editing_shows_the_climb_in_feet_and_keeps_its_metres(alice, alice_client, today, in_miles):
    run = make_run(alice, date=today, descent_m=Decimal("1200.0"))
    form = alice_client.get(reverse("edit_run", args=[run.pk])).context["form"]
    alice_client.post(
        reverse("edit_run", args=[run.pk]), run_data(today, descent=str(form.initial["descent"]))
    )
    run.refresh_from_db()
    assert (form.initial["descent"], run.descent_m) == (3937, Decimal("1200.0"))


def test_the_distance_field_names_the_runners_units(alice_client, in_miles):
    assert "Distance (mi)" in alice_client.get(reverse("log_run")).content.decode()


def test_the_run_page_shows_distance_and_pace_in_miles(alice_client, today, in_miles):
    page = log_run(alice_client, today, follow=True, distance="10", duration="1:20:00").content.decode()
    assert "10.0 mi" in page and "8:00 /mi" in page


def test_the_run_page_shows_pace_per_kilometre(alice_client, today):
    page = log_run(alice_client, today, follow=True, distance="10", duration="50:00").content.decode()
    assert "5:00 /km" in page


@pytest.mark.parametrize(("text", "seconds"), [("1:45:00", 6300), ("45:30", 2730), ("75:00", 4500)])
def test_durations_read_as_hours_minutes_seconds(text, seconds):
    assert parse_duration(text) == seconds


def test_a_duration_is_stored_in_seconds(alice, alice_client, today):
    log_run(alice_client, today, duration="1:45:00")
    assert Run.objects.get(user=alice).duration_s == 6300


@pytest.mark.parametrize("text", ["1h45", "1:75:00", "abc", "1:45:00:00"])
def test_it_explains_how_to_write_a_duration(alice_client, today, text):
    response = log_run(alice_client, today, duration=text)
    assert "h:mm:ss" in response.context["form"].errors["duration"][0]


def test_it_rejects_a_run_longer_than_48_hours(alice_client, today):
    response = log_run(alice_client, today, duration="48:00:01")
    assert response.context["form"].errors["duration"] == ["At most 48 hours (48:00:00)."]


def test_it_accepts_a_run_of_exactly_48_hours(alice, alice_client, today):
    log_run(alice_client, today, distance="300", duration="48:00:00")
    assert Run.objects.get(user=alice).duration_s == 48 * 3600


@pytest.mark.parametrize("value", ["0", "-3", "0.000"])
def test_it_rejects_a_distance_of_0_or_less(alice_client, today, value):
    response = log_run(alice_client, today, distance=value)
    assert response.context["form"].errors["distance"] == ["Enter a distance of more than 0."]


def test_it_rejects_more_than_400_km(alice_client, today):
    response = log_run(alice_client, today, distance="400.001")
    assert response.context["form"].errors["distance"] == ["At most 400 km (400.0 km)."]


def test_it_rejects_more_than_400_km_typed_in_miles(alice_client, today, in_miles):
    response = log_run(alice_client, today, distance="249")
    assert "At most 400 km" in response.context["form"].errors["distance"][0]


def test_it_rejects_a_distance_with_too_many_digits_in_plain_words(alice_client, today):
    response = log_run(alice_client, today, distance="99999")
    assert response.context["form"].errors["distance"] == ["At most 400 km."]


def test_it_accepts_exactly_400_km(alice, alice_client, today):
    log_run(alice_client, today, distance="400")
    assert Run.objects.get(user=alice).distance_m == 400_000


@pytest.mark.parametrize("field", ["ascent", "descent"])
def test_it_rejects_more_than_20000_m_of_climb(alice_client, today, field):
    response = log_run(alice_client, today, **{field: "20001"})
    assert field in response.context["form"].errors


def test_a_refused_run_comes_back_filled_in(alice_client, today):
    response = log_run(alice_client, today, distance="0", notes="windy on the ridge")
    assert "windy on the ridge" in response.content.decode()


def test_it_records_after_how_long_the_back_hurt(alice, alice_client, today):
    log_run(alice_client, today, back_hurt="on", back_hurt_after_min="35")
    run = Run.objects.get(user=alice)
    assert (run.back_hurt, run.back_hurt_after_min) == (True, 35)


def test_after_how_long_needs_the_back_hurt_tick(alice_client, today):
    response = log_run(alice_client, today, back_hurt_after_min="35")
    assert "back_hurt_after_min" in response.context["form"].errors


def test_after_how_long_may_not_exceed_the_run(alice_client, today):
    response = log_run(alice_client, today, back_hurt="on", back_hurt_after_min="60", duration="50:00")
    assert response.context["form"].errors["back_hurt_after_min"] == ["That is longer than the run itself."]


def test_editing_a_run_without_touching_the_distance_keeps_its_metres(alice, alice_client, today, in_miles):
    run = make_run(alice, date=today, km=10.0)
    page = alice_client.get(reverse("edit_run", args=[run.pk]))
    shown = page.context["form"].initial["distance"]
    alice_client.post(
        reverse("edit_run", args=[run.pk]), run_data(today, distance=str(shown), notes="edited")
    )
    run.refresh_from_db()
    assert (run.distance_m, run.notes) == (10000, "edited")


def test_the_edit_form_shows_a_round_distance_plainly(alice, alice_client, today):
    run = make_run(alice, date=today, km=100.0)
    form = alice_client.get(reverse("edit_run", args=[run.pk])).context["form"]
    assert form.initial["distance"] == "100"


def test_deleting_a_run_asks_then_deletes(alice, alice_client, today):
    run = make_run(alice, date=today)
    assert "Yes, delete it" in alice_client.get(reverse("delete_run", args=[run.pk])).content.decode()
    alice_client.post(reverse("delete_run", args=[run.pk]))
    assert not Run.objects.filter(pk=run.pk).exists()


# The database's own rules


@pytest.mark.parametrize(
    "fields",
    [{"distance_m": 0}, {"distance_m": 400_001}, {"duration_s": 0}, {"duration_s": 48 * 3600 + 1},
     {"ascent_m": 20_001}, {"descent_m": 20_001}, {"ascent_m": -1}, {"descent_m": Decimal("-0.1")},
     {"date": datetime.date(1899, 12, 31)},
     {"back_hurt": False, "back_hurt_after_min": 10}, {"back_hurt": True, "back_hurt_after_min": 2881}],
    ids=lambda fields: "-".join(f"{name}={value}" for name, value in fields.items()),
)  # fmt: skip
def test_the_database_refuses_a_run_breaking_a_rule(alice, fields):
    values = {"date": datetime.date(2024, 3, 3), "distance_m": 5000, "duration_s": 1500, **fields}
    with pytest.raises(IntegrityError):
        Run.objects.create(user=alice, **values)


# Formatting


def test_climbs_show_in_feet_for_miles_and_in_metres_for_kilometres():
    assert (climb(Decimal("304.8"), "mi"), climb(Decimal("304.8"), "km")) == ("1,000 ft", "305 m")


def test_distances_show_in_the_runners_units():
    assert (distance(32187, "mi"), distance(32187, "km")) == ("20.0 mi", "32.2 km")


def test_durations_show_as_hours_minutes_seconds():
    assert duration(9045) == "2:30:45"


def test_a_run_without_a_time_has_no_pace():
    assert pace(Run(distance_m=5000, duration_s=None), "km") == ""


# Starting from a day of the history


def test_a_link_from_a_day_of_the_history_starts_the_form_on_that_date(alice_client, today):
    day = today - datetime.timedelta(days=40)
    form = alice_client.get(reverse("log_run"), {"date": day.isoformat()}).context["form"]
    assert form.initial["date"] == day


@pytest.mark.parametrize("asked", ["2026-13-01", "1899-12-31", "next week"])
def test_a_date_the_journal_cannot_hold_starts_the_form_on_today(alice_client, today, asked):
    form = alice_client.get(reverse("log_run"), {"date": asked}).context["form"]
    assert form.initial["date"] == today
