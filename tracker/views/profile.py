from django.contrib import messages
from django.shortcuts import redirect, render

from tracker.compression import not_compressed
from tracker.forms import ProfileForm
from tracker.forms.reminders import ReminderSettingsForm
from tracker.forms.tokens import ApiTokenForm
from tracker.journal import runner_profile
from tracker.models import ApiToken
from tracker.reminders.choices import reminder_settings_of
from tracker.time_zones import aliases

JUST_MADE_SESSION_KEY = "api_token_just_made"


@not_compressed  # shows a new API token once
def profile(request):
    runner = runner_profile(request.user)
    form = ProfileForm(request.POST if request.method == "POST" else None, instance=runner)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Profile saved.")
        return redirect("profile")
    return render_profile(request, form)


def render_profile(request, form=None, token_form=None, reminder_form=None, status=200):
    """The profile page: settings, reminders, tokens for the API (a new one shown once, then forgotten),
    your data."""
    runner = runner_profile(request.user)
    context = {
        "form": form or ProfileForm(instance=runner),
        "reminder_form": reminder_form or reminder_settings_form(request.user, runner),
        "time_zone_aliases": aliases(),
        "token_form": token_form or ApiTokenForm(),
        "tokens": ApiToken.objects.for_user(request.user).filter(revoked_at__isnull=True),
        "new_token": request.session.pop(JUST_MADE_SESSION_KEY, None),
    }
    return render(request, "tracker/profile.html", context, status=status)


def reminder_settings_form(user, runner, data=None):
    return ReminderSettingsForm(data, instance=reminder_settings_of(user), time_zone=runner.time_zone)
