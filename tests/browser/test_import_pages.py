"""The data pages in a real browser: the import uploads with a progress bar and lists each file's result;
every page is accessible and fits a phone."""

from pathlib import Path

import pytest
from django.urls import reverse

from tests.browser.helpers import axe_violations, sideways_overflow
from tracker.models import Run

pytestmark = pytest.mark.browser

REAL = Path(__file__).parent.parent / "files" / "real"
BAD_CSV = (
    "date,type,exercise,sets,reps,seconds,weight_kg,pain,distance_km,duration_min,ascent_m,descent_m,irritated,notes\n"
    "2024-03-01,pain,,,,,,11,,,,,,\n"
)


def import_two_files(page):
    page.goto(reverse("import_runs"))
    page.get_by_label("Activity files").set_input_files(
        [REAL / "fit" / "garmin-fenix-5-run.fit", REAL / "fit" / "garmin-fenix-5-bike.fit"]
    )
    page.get_by_role("button", name="Import").click()
    page.get_by_role("heading", name="Results").wait_for()


def result_items(page):
    """The results' file lines, without the lines that name the zip the files came from."""
    return page.locator("#import-results li.list-group-item:not(.list-group-item-secondary)")


def test_the_import_uploads_through_the_script_and_lists_each_file(alice_page, alice):
    import_two_files(alice_page)
    items = result_items(alice_page)
    assert items.nth(0).inner_text().split("\n")[:2] == ["Imported", "garmin-fenix-5-run.fit"]
    assert "Not a run (ride)" in items.nth(1).inner_text()
    assert Run.objects.filter(user=alice).count() == 1


def test_the_import_says_when_it_is_done_and_moves_focus_to_the_results(alice_page):
    import_two_files(alice_page)
    assert alice_page.locator("#import-status").inner_text() == "Done: 2 files read."
    assert alice_page.evaluate("document.activeElement.id") == "import-results-heading"


def test_a_refused_upload_says_why_without_leaving_the_page(alice_page, settings, allowed_console_errors):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 1
    allowed_console_errors.append("status of 400")
    alice_page.goto(reverse("import_runs"))
    alice_page.get_by_label("Activity files").set_input_files(
        [REAL / "fit" / "garmin-fenix-5-run.fit", REAL / "fit" / "garmin-fenix-5-bike.fit"]
    )
    alice_page.get_by_role("button", name="Import").click()
    alice_page.get_by_role("alert").wait_for()
    assert alice_page.get_by_role("alert").inner_text().startswith("Too many files at once.")
    assert alice_page.locator("#import-status").inner_text() == "Nothing was imported."


def test_the_import_results_have_no_serious_accessibility_violation(alice_page):
    import_two_files(alice_page)
    assert axe_violations(alice_page) == []


def test_the_import_results_fit_a_phone_screen(alice_phone_page):
    import_two_files(alice_phone_page)
    assert sideways_overflow(alice_phone_page) == []


def test_the_journal_import_page_lists_bad_rows_accessibly_on_a_phone(alice_phone_page, tmp_path):
    bad = tmp_path / "journal.csv"
    bad.write_text(BAD_CSV, encoding="utf-8")
    alice_phone_page.goto(reverse("journal_import"))
    alice_phone_page.get_by_label("Journal CSV").set_input_files(bad)
    alice_phone_page.get_by_role("button", name="Import").click()
    alice_phone_page.get_by_role("heading", name="Nothing was imported: 1 problem in the file").wait_for()
    assert axe_violations(alice_phone_page) == [] and sideways_overflow(alice_phone_page) == []


def test_the_delete_account_page_is_accessible_on_a_phone(alice_phone_page):
    alice_phone_page.goto(reverse("delete_account"))
    assert axe_violations(alice_phone_page) == [] and sideways_overflow(alice_phone_page) == []
