"""Error pages and error e-mails show no health data: not a frame's variables, not a form's fields, in debug
mode too. The reports are made the way Django makes them for a crash, from a real exception."""

import sys

import pytest
from django.test import RequestFactory
from django.views.debug import ExceptionReporter

# Joined at run time: the report quotes the source lines around each frame, and must not find them there.
NOTE = " ".join(["sharp", "pain", "down", "my", "left", "leg"])
DIARY = "-".join(["knee", "and", "back", "pain", "diary"])
UPLOAD = f"<TrainingCenterDatabase><Notes>{DIARY}</Notes>".encode()


def read_upload(data, note):
    pain_score = 8  # noqa: F841 - a local variable a crash report would show
    raise ValueError("a parser gave up")


def crash_report(debug, settings):
    settings.DEBUG = debug
    request = RequestFactory().post("/journal/import/", {"notes": NOTE, "pain": "8"})
    try:
        read_upload(UPLOAD, NOTE)
    except ValueError:
        reporter = ExceptionReporter(request, *sys.exc_info())
    return reporter.get_traceback_html() + reporter.get_traceback_text()


@pytest.mark.parametrize("debug", [True, False], ids=["debug page", "error e-mail"])
def test_a_crash_report_hides_the_variables_of_every_frame(settings, debug):
    report = crash_report(debug, settings)
    assert NOTE not in report
    assert DIARY not in report


@pytest.mark.parametrize("debug", [True, False], ids=["debug page", "error e-mail"])
def test_a_crash_report_hides_every_posted_field(settings, debug):
    report = crash_report(debug, settings)
    assert "sharp pain" not in report
    assert "pain_score" in report  # the names stay, so the report still helps


def test_a_crash_report_still_names_the_error(settings):
    assert "a parser gave up" in crash_report(True, settings)
