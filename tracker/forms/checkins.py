from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Column, Field, Layout, Row
from django import forms

from routines.red_flags import all_advice
from tracker.forms.fields import JournalDateMixin
from tracker.forms.folded import Folded
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
    '<p class="small mb-3">Not sure what these mean? '
    "<a href=\"{% url 'red_flags' %}\">Read about each warning sign</a>.</p>"
)
# Every sign's advice, hidden until the page's script shows the ticked ones.
LIVE_ADVICE = '{% include "tracker/_red_flag_advice_live.html" with advice=form.every_advice %}'
# A fold whose summary names its fields, so their own labels are left to screen readers.
NAMED = "fold-named"
WARNING_SIGNS_SUMMARY = (
    'Any warning signs? <span class="fw-normal">Numbness, weakness, blood in your urine, fever…</span>'
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
        # Without scripts the advice comes after saving; the page's script swaps in its own hint when it
        # shows the advice at once (see the live advice's data-hint).
        help_text="Tick any that apply: you will see what to do as soon as you save.",
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
        self.every_advice = all_advice()
        # The pain score first and the optional parts folded, so a phone shows Save without scrolling.
        self.helper.layout = Layout(
            Field("pain", template="tracker/_pain_scale.html"),
            # Today unless the runner says otherwise; a check-in of another day (or a wrong date) shows it.
            Folded("Another day?", Row(Column("date", css_class="col-sm-6 col-md-4")), usual=self.today),
            Folded("Where it hurts", "locations", css_class=NAMED),
            Folded("When it hurts", "timings", css_class=NAMED),
            # The warning signs must not be skimmed past: boxed, named in the summary, with the advice
            # right under the boxes and a link to what each one means.
            Folded(
                WARNING_SIGNS_SUMMARY,
                "red_flags",
                HTML(LIVE_ADVICE),
                HTML(RED_FLAGS_LINK),
                css_class=f"{NAMED} fold-warning",
            ),
            Folded("Notes", "notes", css_class=NAMED),
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
