"""A runner's journeys through the journal in a real browser, on a laptop and on a phone.

The runner moves around through the main menu (behind its toggler on a phone) and fills the forms by their
labels. On a phone, every page visited must fit the screen and every control used must lie within it.
"""

import datetime
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.base import PASSWORD, make_checkin, make_run
from tests.browser.helpers import (
    NAVBAR_COLLAPSES_BELOW,
    follow_menu,
    on_laptop_and_phone,
    reachable,
    sideways_overflow,
)

pytestmark = pytest.mark.browser

GPX = Path(__file__).parent.parent / "files" / "real" / "gpx" / "cerknicko-jezero.gpx"
GPX_RECORDED_ON = datetime.date(2010, 8, 5)
ROUTINE = "Hanging knee lifts, three sets of 10 to 15"


class Runner:
    """One runner's hands on one device."""

    def __init__(self, page):
        self.page = page
        self.on_phone = page.viewport_size["width"] < NAVBAR_COLLAPSES_BELOW

    def arrives_at(self, heading):
        """Wait for the page with this main heading; on a phone, it must not scroll sideways."""
        expect(self.page.get_by_role("heading", level=1)).to_have_text(heading)
        if self.on_phone:
            overflow = sideways_overflow(self.page)
            assert overflow == [], f"{self.page.url} is wider than the phone: {overflow}"

    def goes_to(self, menu_item, heading):
        follow_menu(self.page, menu_item)
        self.arrives_at(heading)

    def goes_home(self):
        reachable(self.page.get_by_role("link", name="Backtrack", exact=True)).click()
        self.arrives_at(re.compile(r"^Today"))

    def fills(self, label, value):
        reachable(self.page.get_by_label(label)).fill(value)

    def ticks(self, label):
        reachable(self.page.get_by_label(label)).check()

    def opens(self, summary):
        """Unfold a folded part of a form by tapping its summary."""
        reachable(self.page.locator("summary", has_text=summary)).click()

    def presses(self, name):
        reachable(self.page.get_by_role("button", name=name, exact=True)).click()

    def follows(self, name):
        reachable(self.page.get_by_role("link", name=name)).click()


def runners_today(runner):
    """The runner's today as the app has it (the date a new run's form starts on), not the test's clock."""
    runner.goes_to("Log run", "Log a run")
    return datetime.date.fromisoformat(reachable(runner.page.get_by_label("Date")).input_value())


def dated(tmp_path, day):
    """A real GPX recording with its dates moved to `day` (times of day kept), so its run is that day's."""
    shift = day - GPX_RECORDED_ON

    def moved(match):
        return (datetime.date.fromisoformat(match[1]) + shift).isoformat() + "T"

    copy = tmp_path / GPX.name
    copy.write_text(re.sub(r"(\d{4}-\d{2}-\d{2})T", moved, GPX.read_text(encoding="utf-8")), encoding="utf-8")
    return copy


def today_line(page, what):
    """A line of the home page's list of today's log ("Core work", "Pain check-in", "Run")."""
    return page.get_by_role("main").get_by_role("listitem").filter(has=page.get_by_text(what, exact=True))


def sign_up(runner, username):
    runner.page.goto("/")
    runner.goes_to("Sign up", "Sign up")
    runner.fills("Username", username)
    runner.fills("Email", f"{username}@example.org")
    runner.fills(re.compile(r"^\s*Password\W*$"), PASSWORD)
    runner.fills("Password again", PASSWORD)
    runner.presses("Create my account")
    runner.arrives_at("Your profile")


def log_routine(runner):
    runner.goes_to("Log workout", "Log a workout")
    runner.page.get_by_text("Start from a routine", exact=True).click()
    reachable(runner.page.get_by_label("Routine", exact=True)).select_option(label=ROUTINE)
    runner.presses("Fill in its steps")
    runner.arrives_at("Log a workout")
    first = runner.page.get_by_role("group", name="Exercise 1")
    expect(first.get_by_role("option", name="Hanging knee raise", selected=True)).to_be_attached()
    runner.presses("Save workout")
    runner.arrives_at(re.compile(r"^Workout of"))


def check_in_with_warning_signs(runner):
    runner.goes_to("Pain check-in", "Pain check-in")
    pain = runner.page.get_by_role("group", name=re.compile(r"^Back pain"))
    reachable(pain.get_by_text("6", exact=True)).click()
    runner.opens("Any warning signs?")
    runner.ticks("Numbness around the buttocks, genitals or inner thighs")
    runner.ticks("Pain at night that rest does not ease")
    runner.presses("Save check-in")
    runner.arrives_at(re.compile(r"^Check-in of"))


def log_run(runner, km, time):
    runner.goes_to("Log run", "Log a run")
    reachable(runner.page.get_by_label("Surface")).select_option(label="Trail")
    runner.fills("Distance (km)", km)
    runner.fills("Time (h:mm:ss)", time)
    runner.presses("Save run")
    runner.arrives_at(re.compile(r"^Run of"))


@on_laptop_and_phone
def test_a_new_runner_signs_up_and_logs_a_routine_a_check_in_and_a_run(open_page, device):
    runner = Runner(open_page(device))
    sign_up(runner, "dana")
    log_routine(runner)
    expect(runner.page.get_by_role("main")).to_contain_text("Hanging knee raise")
    check_in_with_warning_signs(runner)
    urgent = runner.page.get_by_role("alert").filter(has_text="go to an emergency department today")
    expect(urgent).to_contain_text("Numbness around the buttocks, genitals or inner thighs")
    expect(runner.page.get_by_role("status").filter(has_text="Pain at night")).to_be_visible()
    log_run(runner, "8", "0:44:00")
    runner.goes_home()
    expect(today_line(runner.page, "Core work")).to_contain_text("done")
    expect(today_line(runner.page, "Pain check-in")).to_contain_text("pain 6 of 10")
    expect(today_line(runner.page, "Run")).to_contain_text("8.0 km logged")


@on_laptop_and_phone
def test_a_runner_imports_a_gpx_file_and_sees_its_run_on_home_and_history(open_page, device, alice, tmp_path):
    runner = Runner(open_page(device, user=alice))
    runner.page.goto("/")
    today = runners_today(runner)
    runner.goes_to("Import", "Import runs")
    reachable(runner.page.get_by_label("Activity files")).set_input_files(dated(tmp_path, today))
    runner.presses("Import")
    results = runner.page.get_by_role("region", name="Results")
    expect(results).to_contain_text(f"4.6 km on {today.day} {today:%b %Y}")
    runner.arrives_at("Import runs")
    runner.follows("See the new runs in your history")
    runner.arrives_at("History")
    expect(runner.page.get_by_role("link", name="Run: 4.6 km")).to_be_visible()
    runner.goes_home()
    expect(today_line(runner.page, "Run")).to_contain_text("4.6 km logged")


@on_laptop_and_phone
def test_a_runner_edits_a_run_and_deletes_a_check_in_from_the_history(open_page, device, alice):
    make_run(alice, km=8)
    make_checkin(alice, pain=4)
    runner = Runner(open_page(device, user=alice))
    runner.page.goto("/")
    runner.goes_to("History", "History")
    runner.follows(re.compile(r"^Edit run of"))
    runner.arrives_at(re.compile(r"^Edit the run of"))
    runner.fills("Distance (km)", "10")
    runner.presses("Save run")
    runner.arrives_at(re.compile(r"^Run of"))
    expect(runner.page.get_by_role("main")).to_contain_text("10.0 km")
    runner.follows("Back to history")
    runner.follows(re.compile(r"^Delete check-in of"))
    runner.arrives_at("Delete this check-in?")
    runner.presses("Yes, delete it")
    runner.arrives_at("History")
    expect(runner.page.get_by_role("status")).to_contain_text("deleted")
    entries = runner.page.get_by_role("region", name=re.compile(r"^Entries in"))
    expect(entries.get_by_role("link", name="Pain check-in", exact=True)).to_have_count(0)


def test_a_control_past_the_right_edge_of_a_phone_is_not_reachable(phone_page):
    phone_page.goto("/library/")
    phone_page.evaluate("""() => {
        const button = document.createElement("button");
        button.textContent = "Out of reach";
        // Through the CSSOM, which the policy allows.
        button.style.marginLeft = "360px";
        button.style.whiteSpace = "nowrap";
        document.querySelector("main").append(button);
    }""")
    with pytest.raises(AssertionError, match="px wide screen"):
        reachable(phone_page.get_by_role("button", name="Out of reach"))
