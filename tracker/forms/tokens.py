from django import forms

from tracker.forms.fields import bounded_integer


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label="Name", max_length=80, help_text="What uses it, e.g. “watch uploader” or “my spreadsheet”."
    )
    read_only = forms.BooleanField(
        label="Read only", required=False, help_text="It can read your journal but change nothing."
    )
    days = bounded_integer(
        "Expires after (days)", 1, 365, required=False, help_text="Leave empty for one that does not expire."
    )

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if "\x00" in name:
            raise forms.ValidationError("Names may not contain a NUL character.")
        return name
