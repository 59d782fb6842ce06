"""Forms of the library: the public filter, and the curators' exercise and quote forms in the admin."""

from crispy_forms.bootstrap import StrictButton
from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Column, Div, Layout, Row
from django import forms
from django.contrib.admin.widgets import AdminFileWidget
from django.core.files.uploadedfile import UploadedFile
from django.db.models import Q
from django.urls import reverse

from routines import images
from routines.models import BodyArea, Equipment, Exercise, SourceQuote

MAX_SEARCH_TERMS = 8


def _tag_filter(model, label, noun):
    """A filter on one of the exercise's tags, chosen by slug so the URL stays readable."""
    return forms.ModelChoiceField(
        label=label,
        required=False,
        queryset=model.objects.all(),
        to_field_name="slug",
        empty_label="Any",  # the label above says any what; a longer word is cut short on a phone
        error_messages={"invalid_choice": f"There is no such {noun}: pick one from the list."},
    )


class LibraryFilterForm(forms.Form):
    """GET filters of the public library. Invalid values are reported at their field and ignored."""

    q = forms.CharField(
        label="Search",
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "crunch, hamstring, twist…"}),
    )
    kind = forms.ChoiceField(
        label="Kind",
        required=False,
        choices=[("", "Any"), *Exercise.Kind.choices],
        error_messages={"invalid_choice": "There is no such kind of exercise: pick one from the list."},
    )
    area = _tag_filter(BodyArea, "Body area", "body area")
    equipment = _tag_filter(Equipment, "Equipment", "equipment")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_method = "get"
        self.helper.disable_csrf = True
        self.helper.attrs = {"aria-label": "Filter the library"}
        self.helper.layout = Layout(
            Row(
                Column("q", css_class="col-12 col-lg-4"),
                Column("kind", css_class="col-6 col-sm-4 col-lg-2"),
                Column("area", css_class="col-6 col-sm-4 col-lg-3"),
                Column("equipment", css_class="col-12 col-sm-4 col-lg-3"),
            ),
            Div(
                StrictButton("Show exercises", type="submit", css_class="btn-primary"),
                HTML(f'<a class="btn btn-link" href="{reverse("routines:library")}">Reset filters</a>'),
                css_class="d-flex flex-wrap gap-2",
            ),
        )

    def is_filtering(self):
        return self.is_bound and any(self.data.get(name, "").strip() for name in self.fields)

    def matching(self, exercises):
        """Narrow a queryset of exercises to the valid filters; every search word must appear somewhere."""
        if not self.is_bound:
            return exercises
        self.is_valid()
        chosen = self.cleaned_data
        if chosen.get("kind"):
            exercises = exercises.filter(kind=chosen["kind"])
        if chosen.get("area"):
            exercises = exercises.filter(body_areas=chosen["area"])
        if chosen.get("equipment"):
            exercises = exercises.filter(equipment=chosen["equipment"])
        for word in chosen.get("q", "").split()[:MAX_SEARCH_TERMS]:
            exercises = exercises.filter(
                Q(name__icontains=word) | Q(summary__icontains=word) | Q(instructions__icontains=word)
            )
        return exercises


class ExerciseAdminForm(forms.ModelForm):
    """The curators' exercise form. An uploaded illustration is checked and re-encoded here, in memory;
    the admin writes the prepared files when it saves the exercise."""

    # A plain file field, so the illustration pipeline, not Django's own image check, judges the upload
    # and words the error.
    illustration = forms.FileField(
        required=False,
        widget=AdminFileWidget(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        help_text="A JPEG, PNG or WebP picture, at most 5 MB and 25 megapixels. It is re-encoded without "
        "its metadata (GPS included) and resized to at most 1600 pixels.",
    )

    class Meta:
        model = Exercise
        fields = [
            "name",
            "slug",
            "kind",
            "status",
            "summary",
            "why_discouraged",
            "source",
            "instructions",
            "how_to_source",
            "default_sets",
            "default_reps",
            "default_hold_seconds",
            "sessions_per_week",
            "starting_level",
            "body_areas",
            "equipment",
            "alternatives",
            "drawing",
            "illustration",
            "illustration_alt",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.prepared_illustration = None
        if "alternatives" in self.fields and self.instance.pk:
            # An exercise is never its own alternative.
            self.fields["alternatives"].queryset = Exercise.objects.exclude(pk=self.instance.pk)

    def clean_illustration(self):
        upload = self.cleaned_data.get("illustration")
        # Only a new upload is checked: the current file, or False for "clear", passes as it is.
        if isinstance(upload, UploadedFile):
            self.prepared_illustration = images.prepare_illustration(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("illustration") and not cleaned.get("illustration_alt", "").strip():
            self.add_error(
                "illustration_alt", "Describe what the picture shows, for people who cannot see it."
            )
        if cleaned.get("status") == "discouraged" and not cleaned.get("why_discouraged", "").strip():
            self.add_error("why_discouraged", "Say why the exercise is discouraged: the library shows it.")
        return cleaned


class SourceQuoteAdminForm(forms.ModelForm):
    class Meta:
        model = SourceQuote
        fields = ["contributor", "quote", "exercise", "caution", "routine"]

    def clean(self):
        cleaned = super().clean()
        owners = [name for name in ("exercise", "caution", "routine") if cleaned.get(name)]
        if len(owners) != 1:
            raise forms.ValidationError("Attach the quote to exactly one exercise, caution or routine.")
        return cleaned
