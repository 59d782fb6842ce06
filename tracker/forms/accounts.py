from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.contrib.auth.models import User

from tracker.forms.fields import TimeZoneField
from tracker.time_zones import UTC


class SignupForm(UserCreationForm):
    email = forms.EmailField(
        label="Email",
        help_text="To reset your password, and for reminders if you turn them on.",
        max_length=254,
    )
    # Not the user's own field: create_runner puts it on the new profile.
    time_zone = TimeZoneField(initial=UTC)
    field_order = ["username", "email", "password1", "password2", "time_zone"]

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username", "email")
        help_texts = {"username": "Letters, digits and @ . + - _ only."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Django's list of every password rule is long on a phone; one line says the same.
        self.fields[
            "password1"
        ].help_text = (
            "At least 8 characters: not all digits, not a common password, not like your username or email."
        )
        self.fields["password2"].help_text = ""
        self.fields["password2"].label = "Password again"
