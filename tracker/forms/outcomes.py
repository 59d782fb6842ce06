"""The Patient-Specific Functional Scale: naming the activities, and rating them."""

from django import forms

from tracker.forms.fields import JournalDateMixin
from tracker.models import PsfsAssessment
from tracker.models.outcomes import PSFS_MAX_ACTIVITIES, PSFS_MIN_ACTIVITIES

SCORE_CHOICES = [(score, str(score)) for score in range(11)]
ACTIVITY_EXAMPLES = ("running downhill for two hours", "sitting through a workday", "tying my shoes")


class PsfsActivitiesForm(forms.Form):
    """Three to five activities the runner's back makes hard, in their own words."""

    def __init__(self, *args, current=(), **kwargs):
        super().__init__(*args, **kwargs)
        for number in range(1, PSFS_MAX_ACTIVITIES + 1):
            required = number <= PSFS_MIN_ACTIVITIES
            example = ACTIVITY_EXAMPLES[number - 1] if number <= len(ACTIVITY_EXAMPLES) else ""
            self.fields[f"activity_{number}"] = forms.CharField(
                label=f"Activity {number}" + ("" if required else " (optional)"),
                max_length=120,
                required=False,
                widget=forms.TextInput(attrs={"placeholder": f"e.g. {example}" if example else ""}),
            )
        for number, name in enumerate(current, start=1):
            self.initial[f"activity_{number}"] = name

    def clean(self):
        cleaned = super().clean()
        names = [name.strip() for name in self.names_typed(cleaned)]
        if len(names) < PSFS_MIN_ACTIVITIES:
            raise forms.ValidationError(
                f"Name at least {PSFS_MIN_ACTIVITIES} activities (you named {len(names)}): "
                "things your back makes hard, so their scores can show change."
            )
        folded = [name.casefold() for name in names]
        if len(set(folded)) != len(folded):
            raise forms.ValidationError("Two activities have the same name: give each its own.")
        cleaned["names"] = names
        return cleaned

    def names_typed(self, cleaned):
        values = (cleaned.get(f"activity_{number}", "") for number in range(1, PSFS_MAX_ACTIVITIES + 1))
        return [value for value in values if value and value.strip()]


class PsfsRatingForm(JournalDateMixin, forms.ModelForm):
    """One 0-10 score for each current activity, on one day."""

    class Meta:
        model = PsfsAssessment
        fields = ["date"]

    def __init__(self, *args, activities, **kwargs):
        super().__init__(*args, **kwargs)
        self.activities = list(activities)
        for activity in self.activities:
            self.fields[f"score_{activity.pk}"] = forms.TypedChoiceField(
                label=activity.name,
                choices=SCORE_CHOICES,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={
                    "required": "Choose a score from 0 (unable) to 10 (as before).",
                    "invalid_choice": "A score is a whole number from 0 to 10.",
                },
            )

    def score_fields(self):
        return [self[f"score_{activity.pk}"] for activity in self.activities]

    def scores(self):
        return {activity: self.cleaned_data[f"score_{activity.pk}"] for activity in self.activities}
