"""Pieces shared by the journal's forms: bounded numbers with plain messages, journal dates, time zones."""

import datetime

from django import forms

from tracker.dates import day_words
from tracker.limits import EARLIEST_DATE
from tracker.time_zones import canonical_name, grouped_choices


def bounded_integer(label, low, high, *, required=True, help_text="", unit="", initial=None):
    """A whole number field whose errors name the allowed range, so the runner knows what to type."""
    allowed = f"from {low} to {high}{unit}"
    return forms.IntegerField(
        label=label,
        required=required,
        initial=initial,
        min_value=low,
        max_value=high,
        help_text=help_text,
        error_messages={
            "min_value": f"Enter a number {allowed}.",
            "max_value": f"Enter a number {allowed}.",
            "invalid": f"Enter a whole number {allowed}.",
        },
    )


def date_input(today):
    # Browsers' date pickers need ISO dates; min and max mirror the rule clean_date enforces.
    return forms.DateInput(
        format="%Y-%m-%d",
        attrs={
            "type": "date",
            "min": EARLIEST_DATE.isoformat(),
            "max": (today + datetime.timedelta(days=1)).isoformat(),
        },
    )


class JournalDateMixin:
    """Journal dates: not before 1900, and at most one day ahead of today in the runner's time zone
    (a run logged just after midnight somewhere else is still fine)."""

    def __init__(self, *args, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        self.fields["date"].widget = date_input(today)
        if not self.is_bound and self.instance.pk is None:
            self.initial.setdefault("date", today)

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date < EARLIEST_DATE:
            raise forms.ValidationError("Dates start on 1 January 1900.")
        latest = self.today + datetime.timedelta(days=1)
        if date > latest:
            raise forms.ValidationError(
                "That is in the future: the latest date you can log is tomorrow, "
                f"{day_words(latest)} (a run logged after midnight in another time zone still fits)."
            )
        return date


class TimeZoneField(forms.ChoiceField):
    """A time zone from the canonical ones, grouped by area (static/js/time_zone.js picks the browser's own).
    An old alias sent in (GB-Eire) is taken as its canonical zone; any other name is refused."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", "Time zone")
        kwargs.setdefault("help_text", "Decides when your day starts and ends.")
        error = "Choose your time zone from the list: the city of yours, or one in the same zone."
        super().__init__(choices=grouped_choices, error_messages={"invalid_choice": error}, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return canonical_name(value) or value

    def keep_selectable(self, saved):
        """A zone saved before the list was canonical, with no canonical name (Etc/GMT+5), stays on offer, so
        saving the form never changes it unasked. An alias with a canonical name is shown as that name."""
        if saved and canonical_name(saved) is None:
            self.choices = [(saved, f"{saved} (as saved)"), *grouped_choices()]
