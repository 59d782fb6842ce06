from crispy_forms.helper import FormHelper
from crispy_forms.layout import Column, Layout, Row
from django import forms

from routines.models import Routine
from tracker.forms.fields import TimeZoneField, bounded_integer
from tracker.models import Profile
from tracker.time_zones import canonical_name


class ProfileForm(forms.ModelForm):
    weekly_target = bounded_integer(
        "Core sessions a week", 1, 14, help_text="How many core or back sessions you aim for each week."
    )
    lapse_days = bounded_integer(
        "Lapse after (days)", 3, 90, help_text="Days without core work that count as a lapse.", unit=" days"
    )
    time_zone = TimeZoneField()

    class Meta:
        model = Profile
        fields = ["units", "weekly_target", "lapse_days", "time_zone", "usual_routine", "include_walks"]
        labels = {"units": "Distance units", "usual_routine": "Usual routine"}
        help_texts = {"usual_routine": 'The home page offers a one-tap "did my routine today" for it.'}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Published routines only; the current choice stays selectable if a curator has since withdrawn it.
        routines = Routine.objects.published_or([self.instance.usual_routine_id])
        self.fields["usual_routine"].queryset = routines
        self.fields["usual_routine"].empty_label = "None"
        saved_zone = self.instance.time_zone
        self.fields["time_zone"].keep_selectable(saved_zone)
        self.initial["time_zone"] = canonical_name(saved_zone) or saved_zone
        self.helper = FormHelper()
        self.helper.form_tag = False
        half = "col-sm-6"
        self.helper.layout = Layout(
            Row(Column("units", css_class=half), Column("time_zone", css_class=half)),
            Row(Column("weekly_target", css_class=half), Column("lapse_days", css_class=half)),
            "usual_routine",
            "include_walks",
        )
