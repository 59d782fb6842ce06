from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Column, Div, Field, Layout, Row
from django import forms

from tracker.forms.fields import JournalDateMixin
from tracker.models import PainCheckin


def _pain_label(score):
    return {0: "0 (no pain)", 10: "10 (worst imaginable)"}.get(score, str(score))


PAIN_CHOICES = [(score, _pain_label(score)) for score in range(11)]


def _ticks(label, choices, help_text=""):
    return forms.MultipleChoiceField(
        label=label,
        choices=choices.choices,
        required=False,
        help_text=help_text,
        widget=forms.CheckboxSelectMultiple,
    )


RED_FLAGS_LINK = (
    '<p class="small mb-0">Not sure what these mean? '
    "<a href=\"{% url 'red_flags' %}\">Read about each warning sign</a>.</p>"
)


class PainCheckinForm(JournalDateMixin, forms.ModelForm):
    pain = forms.TypedChoiceField(
        label="Back pain (0 = no pain, 10 = worst imaginable)",
        choices=PAIN_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose a pain score from 0 to 10.",
            "invalid_choice": "Pain is a whole number from 0 to 10.",
        },
    )
    locations = _ticks("Where", PainCheckin.Location)
    timings = _ticks("When", PainCheckin.Timing)
    red_flags = _ticks(
        "Any of these warning signs?",
        PainCheckin.RedFlag,
        help_text="Tick any that apply: you will see what to do straight away.",
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
            Row(Column("date", css_class="col-sm-6 col-md-4")),
            Field("pain", template="tracker/_pain_scale.html"),
            Row(Column("locations", css_class="col-sm-6"), Column("timings", css_class="col-sm-6")),
            # The warning signs must not be skimmed past: boxed, with a link to what each one means.
            Div(
                "red_flags",
                HTML(RED_FLAGS_LINK),
                css_class="border border-warning border-2 rounded p-3 mb-3",
            ),
            "notes",
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
