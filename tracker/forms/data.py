"""Forms of "your data": importing runs and the journal CSV, and deleting the account."""

from django import forms
from django.contrib.auth import authenticate

JOURNAL_CSV_MAX_BYTES = 10 * 1024 * 1024


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Django's FileField, for one file or many under the same name."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        # An empty file is reported by the import with the others' results, not refused with them all.
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        clean_one = super().clean
        if isinstance(data, list | tuple) and data:
            return [clean_one(item, initial) for item in data]
        return [clean_one(data or None, initial)]


class RunImportForm(forms.Form):
    files = MultipleFileField(
        label="Activity files",
        help_text="GPX, FIT or TCX files (gzipped too), or a Strava export zip. Up to 100 MB at once.",
        widget=MultipleFileInput(attrs={"accept": ".gpx,.fit,.tcx,.gz,.zip"}),
        error_messages={"required": "Choose at least one file."},
    )


class JournalImportForm(forms.Form):
    file = forms.FileField(
        label="Journal CSV",
        help_text="A CSV in the journal format, as \u201cExport journal CSV\u201d writes it. Up to 10 MB.",
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
        error_messages={"required": "Choose a CSV file."},
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > JOURNAL_CSV_MAX_BYTES:
            raise forms.ValidationError("The file is larger than 10 MB. Split it into smaller files.")
        return upload


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text="To be sure it is you.",
    )

    def __init__(self, *args, request, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        # authenticate(), not check_password(): django-axes counts the failures, so the password cannot be
        # guessed here any faster than on the login page.
        user = authenticate(self.request, username=self.request.user.get_username(), password=password)
        if user is None or user.pk != self.request.user.pk:
            raise forms.ValidationError("That is not your password. Nothing was deleted.")
        return password
