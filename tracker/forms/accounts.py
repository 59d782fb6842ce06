from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.contrib.auth.models import User


class SignupForm(UserCreationForm):
    email = forms.EmailField(
        label="Email", help_text="Only used to reset your password if you forget it.", max_length=254
    )

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username", "email")
