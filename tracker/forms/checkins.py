from crispy_forms.bootstrap import InlineRadios
from crispy_forms.helper import FormHelper
from crispy_forms.layout import Layout
from django import forms

from tracker.forms.fields import JournalDateMixin
from tracker.models import PainCheckin


def _pain_label(score):
    return {0: "0 (no pain)", 10: "10 (worst imaginable)"}.get(score, str(score))


PAIN_CHOICES = [(score, _pain_label(score)) for score in range(11)]


class PainCheckinForm(JournalDateMixin, forms.ModelForm):
    pain = forms.TypedChoiceField(
        label="Back pain today (0 = no pain, 10 = worst imaginable)",
        choices=PAIN_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose a pain score from 0 to 10.",
            "invalid_choice": "Pain is a whole number from 0 to 10.",
        },
    )
    locations = forms.MultipleChoiceField(
        label="Where",
        choices=PainCheckin.Location.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    timings = forms.MultipleChoiceField(
        label="When", choices=PainCheckin.Timing.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    red_flags = forms.MultipleChoiceField(
        label="Any of these warning signs?",
        help_text="Tick any that apply: you will see what to do straight away.",
        choices=PainCheckin.RedFlag.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = PainCheckin
        fields = ["date", "pain", "locations", "timings", "red_flags", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            "date", InlineRadios("pain"), "locations", "timings", "red_flags", "notes"
        )

    def clean_date(self):
        date = super().clean_date()
        # A new check-in replaces that day's (the view saves it over the old one); an edited one may not be
        # moved onto a day that already has another, which would silently destroy it.
        if self.instance.pk is not None:
            others = PainCheckin.objects.for_user(self.user).filter(date=date).exclude(pk=self.instance.pk)
            if others.exists():
                raise forms.ValidationError(
                    "You already have a check-in on that date; edit that one instead."
                )
        return date
