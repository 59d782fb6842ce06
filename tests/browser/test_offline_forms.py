"""Each log form without a signal: what it sends once back online (in the API's units, whatever the form
shows), what it says when something is missing, the rule for a second check-in of a day, and a form whose
sending fails although the phone thinks it is online."""

import datetime
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.base import make_checkin, runner_today
from tests.browser.helpers import PHONE, axe_violations, sideways_overflow
from tests.browser.offline_helpers import (
    OFFLINE_LAPTOP,
    OFFLINE_PHONE,
    check_in_offline,
    expect_waiting,
    kept_for_offline,
    kept_notice,
    wait_for_journal,
)
from tests.journal_factories import make_core_basics
from tracker.models import PainCheckin, Run, Workout

pytestmark = pytest.mark.browser


def test_a_run_in_miles_reaches_the_journal_in_metres(open_page, alice):
    alice.profile.units = "mi"
    alice.profile.save()
    page = kept_for_offline(open_page(OFFLINE_PHONE, user=alice))
    page.context.set_offline(True)
    page.goto(reverse("log_run"))
    page.get_by_label("Distance (mi)").fill("10")
    page.get_by_label("Time (h:mm:ss)").fill("1:20:00")
    page.get_by_label("Ascent (ft)").fill("1000")
    page.get_by_role("button", name="Save run").click()
    expect(kept_notice(page)).to_be_visible()
    page.context.set_offline(False)
    assert wait_for_journal(alice, (0, 1, 0)) == (0, 1, 0)
    run = Run.objects.get(user=alice)
    assert (run.distance_m, run.duration_s, run.ascent_m) == (16093, 4800, Decimal("304.8"))


def test_a_workout_logged_offline_keeps_each_exercise_and_its_numbers(open_page, alice):
    page = kept_for_offline(open_page(OFFLINE_PHONE, user=alice))
    page.context.set_offline(True)
    page.goto(reverse("log_workout"))
    first, second = (page.get_by_role("group", name=f"Exercise {number}", exact=True) for number in (1, 2))
    first.get_by_label("Exercise", exact=True).select_option(label="Crunch")
    first.get_by_label("Reps").fill("25")
    page.get_by_role("button", name="+ Add another exercise").click()
    second.get_by_label("Exercise", exact=True).select_option(label="Glute bridge")
    second.get_by_label("Hold (s)").fill("30")
    page.get_by_role("button", name="Save workout").click()
    expect(kept_notice(page)).to_be_visible()
    page.context.set_offline(False)
    assert wait_for_journal(alice, (0, 0, 1)) == (0, 0, 1)
    entries = Workout.objects.get(user=alice).entries.order_by("order")
    assert [(e.exercise.slug, e.sets, e.reps, e.hold_seconds) for e in entries] == [
        ("crunch", 1, 25, None),
        ("glute-bridge", 1, None, 30),
    ]


def test_a_run_without_a_distance_is_not_kept_and_the_field_says_why(open_page, alice):
    page = kept_for_offline(open_page(OFFLINE_PHONE, user=alice))
    page.context.set_offline(True)
    page.goto(reverse("log_run"))
    page.get_by_role("button", name="Save run").click()
    expect(page.get_by_label("Distance (km)")).to_be_focused()
    expect(page.locator("#div_id_distance")).to_contain_text("This field is required.")
    expect_waiting(page, 0)


def test_a_second_check_in_of_a_day_keeps_the_saved_one_and_offers_the_phones(
    open_page, alice, allowed_console_errors
):
    allowed_console_errors.append("409")
    page = kept_for_offline(open_page(OFFLINE_LAPTOP, user=alice))
    page.context.set_offline(True)
    check_in_offline(page, "6")
    make_checkin(alice, pain=3)  # meanwhile, from the laptop at home
    page.context.set_offline(False)
    notice = page.locator(".offline-notice")
    expect(notice).to_contain_text("(pain 6 of 10) was not saved: that day already had one (pain 3 of 10)")
    day = runner_today(alice).isoformat()
    expect(notice.get_by_role("link", name="See that day")).to_have_attribute(
        "href", f"/history/?day={day}#entries"
    )
    assert PainCheckin.objects.get(user=alice).pain == 3
    notice.get_by_role("button", name="Replace it with this phone's").click()
    expect(notice).to_have_count(0)
    assert PainCheckin.objects.get(user=alice).pain == 6


def test_the_conflict_notices_fit_a_phone_and_pass_axe(open_page, alice, allowed_console_errors):
    allowed_console_errors.append("409")
    page = kept_for_offline(open_page(OFFLINE_PHONE, user=alice))
    page.context.set_offline(True)
    check_in_offline(page, "6")
    check_in_offline(page, "5")
    make_checkin(alice, pain=3)
    page.context.set_offline(False)
    expect(page.locator(".offline-notice")).to_have_count(2)
    assert sideways_overflow(page) == []
    assert axe_violations(page) == []


def test_a_check_in_whose_sending_fails_is_kept_on_the_phone_and_sent_later(open_page, alice):
    page = kept_for_offline(open_page(OFFLINE_PHONE, user=alice))

    def network_fails_for_the_form(route):
        # The phone believes it is online; the form's own request never gets through.
        if route.request.method == "POST":
            route.abort("internetdisconnected")
        else:
            route.continue_()

    page.context.route(re.compile(r".*/checkin/$"), network_fails_for_the_form)
    page.goto(reverse("log_checkin"))
    page.get_by_role("group", name=re.compile(r"^Back pain")).get_by_text("5", exact=True).click()
    page.get_by_role("button", name="Save check-in").click()
    expect(kept_notice(page)).to_be_visible()
    assert wait_for_journal(alice, (1, 0, 0)) == (1, 0, 0)
    assert PainCheckin.objects.get(user=alice).pain == 5


def test_without_javascript_the_one_tap_still_logs_the_routine(open_page, alice):
    alice.profile.usual_routine = make_core_basics()
    alice.profile.save()
    page = open_page({**PHONE, "java_script_enabled": False}, user=alice)
    page.goto(reverse("home"))
    page.get_by_role("button", name=re.compile("Did my routine today")).click()
    expect(page.get_by_text("Core basics: logged today.")).to_be_visible()
    assert Workout.objects.filter(user=alice).count() == 1


def test_a_form_kept_since_yesterday_dates_todays_entry_today(open_page, alice):
    tomorrow = runner_today(alice) + datetime.timedelta(days=1)
    page = kept_for_offline(open_page(OFFLINE_PHONE, user=alice))
    # The phone's clock at noon tomorrow, where the runner lives: the copy of the form says today.
    noon = datetime.datetime.combine(tomorrow, datetime.time(12), tzinfo=alice.profile.zone)
    page.clock.install(time=noon)
    page.context.set_offline(True)
    page.goto(reverse("log_checkin"))
    expect(page.locator("#id_date")).to_have_value(tomorrow.isoformat())
