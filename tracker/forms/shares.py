"""The period a report covers, for a share link and for GET /api/insights/?start=&end=."""

import datetime

from django import forms

from tracker.dates import day_words
from tracker.forms.fields import bounded_integer, date_input
from tracker.limits import EARLIEST_DATE
from tracker.models.shares import SHARE_DEFAULT_DAYS, SHARE_MAX_DAYS, SHARE_MIN_DAYS

# A year by default: the slack-off test needs twelve weeks of scores and two breaks, which a shorter stretch
# rarely holds, and a physiotherapist sees the runner's whole recent course.
DEFAULT_PERIOD_DAYS = 52 * 7
MAX_PERIOD_YEARS = 10


class PeriodForm(forms.Form):
    """A first and last day, both optional: the last defaults to today, the first to 52 weeks before."""

    start = forms.DateField(label="From", required=False)
    end = forms.DateField(label="To", required=False)

    def __init__(self, *args, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        for name in ("start", "end"):
            self.fields[name].widget = date_input(today)
            self.fields[name].error_messages["invalid"] = "Enter a date like 2026-12-01."

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        end = cleaned.get("end") or self.today
        start = cleaned.get("start") or end - datetime.timedelta(days=DEFAULT_PERIOD_DAYS - 1)
        latest = self.today + datetime.timedelta(days=1)
        if end > latest:
            self.add_error("end", f"The last day can be tomorrow, {day_words(latest)}, at the latest.")
        elif start < EARLIEST_DATE:
            self.add_error("start", "Dates start on 1 January 1900.")
        elif start > end:
            self.add_error("start", f"The first day must come before the last, {day_words(end)}.")
        elif (end - start).days > MAX_PERIOD_YEARS * 366:
            self.add_error("start", f"A report covers at most {MAX_PERIOD_YEARS} years.")
        cleaned.update(start=start, end=end)
        return cleaned

    @property
    def period(self):
        return self.cleaned_data["start"], self.cleaned_data["end"]


class ShareForm(PeriodForm):
    days = bounded_integer(
        "Link works for (days)",
        SHARE_MIN_DAYS,
        SHARE_MAX_DAYS,
        initial=SHARE_DEFAULT_DAYS,
        help_text="After that it opens nothing. You can revoke it sooner.",
    )
    include_notes = forms.BooleanField(
        label="Include my notes",
        required=False,
        help_text="Off by default: notes can hold things you would rather say in person.",
    )

    field_order = ["start", "end", "days", "include_notes"]
