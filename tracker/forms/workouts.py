"""A workout and its exercise rows: one form for the session, an inline formset for the rows."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Column, Layout, Row
from django import forms
from django.forms import BaseInlineFormSet, inlineformset_factory

from routines.models import Exercise, Routine, Status
from tracker.forms.fields import JournalDateMixin, bounded_integer
from tracker.forms.folded import Folded
from tracker.limits import MAX_DURATION_S
from tracker.models import Workout, WorkoutExercise

MAX_ROWS = 60


def exercise_label(exercise):
    if exercise.status == Status.DISCOURAGED:
        return f"{exercise.name} (discouraged)"
    if exercise.status == Status.DRAFT:
        return f"{exercise.name} (no longer in the library)"
    return exercise.name


class WorkoutForm(JournalDateMixin, forms.ModelForm):
    duration_min = bounded_integer(
        "Duration (minutes)", 1, MAX_DURATION_S // 60, required=False, help_text="Optional.", unit=" minutes"
    )

    class Meta:
        model = Workout
        fields = ["date", "routine", "duration_min", "notes"]
        widgets = {"routine": forms.HiddenInput, "notes": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["routine"].queryset = Routine.objects.published_or([self.instance.routine_id])
        self.fields["routine"].error_messages["invalid_choice"] = "That routine is not in the library."
        # The notes come after the exercises on the page, so the template renders them on their own.
        self.helper = FormHelper()
        self.helper.form_tag = False
        # The exercises come first on a phone: the date (today unless changed) and the duration are folded,
        # and open by themselves when they hold something else.
        self.helper.layout = Layout(
            Folded(
                "Another day? How long?",
                Row(Column("date", css_class="col-sm-6"), Column("duration_min", css_class="col-sm-6")),
                usual=self.today,
            ),
            "routine",
        )


class WorkoutEntryForm(forms.ModelForm):
    # Neither is required: a row left blank is skipped, not an error (clean() asks for the exercise of a row
    # with anything else in it). Sets has an initial value, so an untouched row counts as unchanged.
    exercise = forms.ModelChoiceField(Exercise.objects.none(), label="Exercise", required=False)
    sets = bounded_integer("Sets", 1, 50, initial=1, required=False)
    reps = bounded_integer("Reps", 1, 1000, required=False)
    hold_seconds = bounded_integer("Hold (s)", 1, 3600, required=False, unit=" seconds")
    weight_kg = forms.DecimalField(
        label="Weight (kg)",
        required=False,
        widget=forms.NumberInput(attrs={"inputmode": "decimal", "step": "any"}),
        min_value=0,
        max_value=500,
        max_digits=4,
        decimal_places=1,
        error_messages={
            "min_value": "Enter a weight from 0 to 500 kg.",
            "max_value": "Enter a weight from 0 to 500 kg.",
            "max_digits": "Enter a weight from 0 to 500 kg.",
            "max_whole_digits": "Enter a weight from 0 to 500 kg.",
        },
    )

    class Meta:
        model = WorkoutExercise
        fields = ["exercise", "sets", "reps", "hold_seconds", "weight_kg", "irritated", "irritation_note"]
        labels = {"irritation_note": "What happened?"}

    def __init__(self, *args, exercises, exercise_choices, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["exercise"]
        field.queryset = exercises
        # One list shared by every row, so rendering a long formset costs one query, not one per row.
        field.choices = exercise_choices
        field.error_messages["invalid_choice"] = "Choose an exercise from the library."
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        # Four numbers side by side even on a phone, so a row and the Save button fit one screen.
        numbers = "col-3 col-lg-2"
        self.helper.layout = Layout(
            Row(
                Column("exercise", css_class="col-12 col-lg-4"),
                Column("sets", css_class=numbers),
                Column("reps", css_class=numbers),
                Column("hold_seconds", css_class=numbers),
                Column("weight_kg", css_class=numbers),
                # A label that wraps ("Weight (kg)") must not push its box below the others'.
                css_class="align-items-end",
            ),
            # log_workout.js hides the note until "irritated my back" is ticked.
            Row(
                Column("irritated", css_class="col-12 col-md-4 irritated-tick"),
                Column("irritation_note", css_class="col-12 col-md-8 irritation-note"),
            ),
        )
        if "DELETE" in self.fields:
            self.fields["DELETE"].label = "Remove this exercise"
            self.helper.layout.append("DELETE")

    def clean_sets(self):
        return self.cleaned_data["sets"] or 1

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("exercise") or self.errors:
            return cleaned
        if self.instance.pk is not None:
            self.add_error("exercise", "Choose an exercise, or tick “Remove this exercise”.")
        elif self.has_details(cleaned):
            self.add_error("exercise", "Choose the exercise these numbers are for, or clear the row.")
        return cleaned

    @staticmethod
    def has_details(cleaned):
        """Anything typed in a row besides its exercise (sets left at 1 is not)."""
        details = ("reps", "hold_seconds", "weight_kg", "irritated", "irritation_note")
        typed = any(cleaned.get(name) not in (None, "", False) for name in details)
        return typed or cleaned.get("sets", 1) != 1


class BaseEntryFormSet(BaseInlineFormSet):
    def __init__(self, *args, typed_rows=(), **kwargs):
        super().__init__(*args, **kwargs)
        # What the runner typed in each row, shown again unjudged (see typed_workout).
        self.typed_rows = list(typed_rows)
        current = self.queryset.values_list("exercise_id", flat=True) if self.instance.pk else []
        self.exercises = Exercise.objects.published_or(current)
        self.exercise_choices = [("", "Choose an exercise")] + [
            (exercise.pk, exercise_label(exercise)) for exercise in self.exercises
        ]

    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        if index is not None and index < len(self.typed_rows):  # None: the empty form
            kwargs["initial"] = self.typed_rows[index]
        return {**kwargs, "exercises": self.exercises, "exercise_choices": self.exercise_choices}

    def kept_forms(self):
        """Rows that will be saved: filled in and not marked for removal."""
        return [
            form
            for form in self.forms
            if form.cleaned_data.get("exercise") and not self._should_delete_form(form)
        ]

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        if not self.kept_forms():
            raise forms.ValidationError("Add at least one exercise: a workout needs something in it.")


def entry_formset(extra):
    return inlineformset_factory(
        Workout,
        WorkoutExercise,
        form=WorkoutEntryForm,
        formset=BaseEntryFormSet,
        extra=extra,
        can_delete=True,
        can_delete_extra=False,
        max_num=MAX_ROWS,
        validate_max=True,
        # Without it Django builds up to 1,000 extra forms for a forged TOTAL_FORMS before refusing the post.
        absolute_max=MAX_ROWS,
    )


def steps_as_rows(routine):
    """A routine's steps as the formset's initial rows (the steps the one-tap log would save too)."""
    steps = routine.steps.loggable()
    return [
        {
            "exercise": step.exercise_id,
            "sets": step.sets,
            "reps": step.reps,
            "hold_seconds": step.hold_seconds,
        }
        for step in steps
    ]


ROW_FIELDS = [*WorkoutEntryForm.Meta.fields, "DELETE"]


def typed_workout(data, prefix="entries"):
    """What a runner has typed into the workout form so far, as initial values (the session's, and a list of
    rows), so the form can come back as it was without judging what is half done. At most MAX_ROWS rows,
    whatever a forged TOTAL_FORMS says."""
    try:
        total = max(0, min(int(data.get(f"{prefix}-TOTAL_FORMS", "")), MAX_ROWS))
    except ValueError:
        total = 0
    session = {name: data.get(name) for name in WorkoutForm.Meta.fields}
    rows = [{name: data.get(f"{prefix}-{index}-{name}") for name in ROW_FIELDS} for index in range(total)]
    return session, rows


def exercise_as_rows(exercise):
    """One exercise at the library's dose, as the formset's initial rows (the library's "log this today")."""
    dose = {
        "sets": exercise.default_sets,
        "reps": exercise.default_reps,
        "hold_seconds": exercise.default_hold_seconds,
    }
    # A dose the library leaves open keeps the form's own starting value (one set).
    return [{"exercise": exercise.pk, **{name: value for name, value in dose.items() if value is not None}}]
