from django import forms

from tracker.models import ReminderSettings


class ReminderSettingsForm(forms.ModelForm):
    """The runner's reminder choices; the instance carries its runner (saved or not yet)."""

    class Meta:
        model = ReminderSettings
        fields = ["enabled", "hour", "nudge"]
        labels = {
            "enabled": "Email me a reminder",
            "hour": "Time of day",
            "nudge": "Nudge me before the pain comes back",
        }
        help_texts = {
            "enabled": "Only on days when nothing is logged by then, and never more than once a day.",
            "nudge": (
                "When your insights show that your pain tends to climb some days into a lapse, the "
                "reminder a few days before says so instead. The email then mentions your pain; its "
                "subject never does."
            ),
        }

    def __init__(self, *args, time_zone="UTC", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["hour"].help_text = f"Your time zone: {time_zone} (change it in Settings above)."

    def clean_enabled(self):
        enabled = self.cleaned_data["enabled"]
        if enabled and not self.instance.user.email:
            raise forms.ValidationError("Your account has no email address to send reminders to.")
        return enabled
