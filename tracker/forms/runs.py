"""A run typed by hand: distance in the runner's units, duration as h:mm:ss, climb in metres or in feet;
stored in metres and seconds."""

import re
from decimal import Decimal

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Column, Layout, Row
from django import forms

from tracker.forms.fields import JournalDateMixin, bounded_integer
from tracker.limits import MAX_DISTANCE_M, MAX_DURATION_S
from tracker.models import Run
from tracker.units import (
    climb_from_metres,
    climb_label,
    climb_to_metres,
    format_duration,
    from_metres,
    largest_climb,
    to_metres,
    unit_label,
)

# h:mm:ss, or mm:ss where the minutes may run past 59 ("75:00").
_DURATION = re.compile(
    r"""^\s*
    (?: (?P<hours>\d{1,2}) : (?P<minutes_of_hour>[0-5]?\d)   # h:mm
      | (?P<minutes>\d{1,4}) )                             # or plain minutes
    : (?P<seconds>[0-5]\d)
    \s*$""",
    re.VERBOSE,
)
DURATION_FORMAT_ERROR = "Enter the time as h:mm:ss, for example 1:45:00 (or mm:ss, like 45:30)."


def parse_duration(text):
    """Seconds from "1:45:00" or "45:30"; None when the text is not in either form."""
    match = _DURATION.match(text)
    if not match:
        return None
    parts = match.groupdict()
    minutes = int(parts["minutes"] or 0) + int(parts["hours"] or 0) * 60 + int(parts["minutes_of_hour"] or 0)
    return minutes * 60 + int(parts["seconds"])


CLIMBS = ("ascent", "descent")


def climb_field(label, units):
    """Ascent or descent in whole metres, or whole feet for a runner in miles: at most 20,000 m either way."""
    unit = climb_label(units)
    return bounded_integer(f"{label} ({unit})", 0, largest_climb(units), required=False, unit=f" {unit}")


class RunForm(JournalDateMixin, forms.ModelForm):
    distance = forms.DecimalField(
        max_digits=7,
        decimal_places=3,
        widget=forms.NumberInput(attrs={"inputmode": "decimal", "step": "any"}),
        error_messages={
            "invalid": "Enter a distance such as 10 or 21.1.",
            "max_whole_digits": "At most 400 km.",
            "max_digits": "Enter a distance such as 10 or 21.1, with at most 3 decimals.",
            "max_decimal_places": "Enter a distance such as 10 or 21.1, with at most 3 decimals.",
        },
    )
    duration = forms.CharField(
        label="Time (h:mm:ss)",
        required=False,
        help_text="For example 1:45:00. Optional, but the pace needs it.",
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "placeholder": "1:45:00", "autocomplete": "off"}
        ),
    )
    back_hurt_after_min = bounded_integer(
        "It started hurting after (minutes)", 0, MAX_DURATION_S // 60, required=False, unit=" minutes"
    )

    class Meta:
        model = Run
        fields = ["date", "surface", "back_hurt", "back_hurt_after_min", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.units = units
        self.fields["distance"].label = f"Distance ({unit_label(units)})"
        for name in CLIMBS:
            self.fields[name] = climb_field(name.capitalize(), units)
        self.helper = FormHelper()
        self.helper.form_tag = False
        half = "col-sm-6"
        self.helper.layout = Layout(
            Row(Column("date", css_class=half), Column("surface", css_class=half)),
            Row(Column("distance", css_class=half), Column("duration", css_class=half)),
            Row(Column("ascent", css_class=half), Column("descent", css_class=half)),
            "back_hurt",
            Row(Column("back_hurt_after_min", css_class=half)),
            "notes",
        )
        if self.instance.pk is not None:
            # Plain digits without trailing zeros: 100, not 100.000 or 1E+2.
            shown = from_metres(self.instance.distance_m, units, places=3).normalize()
            self.initial["distance"] = f"{shown:f}"
            if self.instance.duration_s:
                self.initial["duration"] = format_duration(self.instance.duration_s)
            for name in CLIMBS:
                self.initial[name] = climb_from_metres(getattr(self.instance, f"{name}_m"), units)

    def clean_distance(self):
        value = self.cleaned_data["distance"]
        limit = from_metres(MAX_DISTANCE_M, self.units, places=1)
        if value <= Decimal(0) or to_metres(value, self.units) < 1:
            raise forms.ValidationError("Enter a distance of more than 0.")
        if to_metres(value, self.units) > MAX_DISTANCE_M:
            raise forms.ValidationError(f"At most 400 km ({limit} {unit_label(self.units)}).")
        return value

    def clean_duration(self):
        text = self.cleaned_data["duration"].strip()
        if not text:
            return None
        seconds = parse_duration(text)
        if seconds is None:
            raise forms.ValidationError(DURATION_FORMAT_ERROR)
        if seconds == 0:
            raise forms.ValidationError("Enter a time of more than 0.")
        if seconds > MAX_DURATION_S:
            raise forms.ValidationError("At most 48 hours (48:00:00).")
        return seconds

    def clean(self):
        cleaned = super().clean()
        after_min = cleaned.get("back_hurt_after_min")
        if after_min is None:
            return cleaned
        if not cleaned.get("back_hurt"):
            self.add_error("back_hurt_after_min", "Tick “my back hurt during it”, or clear this.")
        elif cleaned.get("duration") and after_min * 60 > cleaned["duration"]:
            self.add_error("back_hurt_after_min", "That is longer than the run itself.")
        return cleaned

    def save(self, commit=True):
        # An untouched distance or climb keeps its metres: showing 10 km as miles and back must not shift it.
        if "distance" in self.changed_data:
            self.instance.distance_m = to_metres(self.cleaned_data["distance"], self.units)
        for name in CLIMBS:
            if name in self.changed_data:
                setattr(self.instance, f"{name}_m", climb_to_metres(self.cleaned_data[name] or 0, self.units))
        self.instance.duration_s = self.cleaned_data["duration"]
        return super().save(commit)
