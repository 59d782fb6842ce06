"""Reminder choices on the profile page, and the unsubscribe link of every reminder e-mail."""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from tracker.compression import not_compressed
from tracker.journal import runner_profile
from tracker.reminders.choices import turn_off_reminders
from tracker.reminders.links import runner_of
from tracker.views.profile import reminder_settings_form, render_profile


@not_compressed  # a refused form shows the profile page, and with it a token just made
@require_POST
def reminder_settings(request):
    form = reminder_settings_form(request.user, runner_profile(request.user), request.POST)
    if not form.is_valid():
        return render_profile(request, reminder_form=form, status=400)
    choices = form.save()
    messages.success(request, "Reminders saved." if choices.enabled else "Reminders are off.")
    return redirect(reverse("profile") + "#reminders")


# No login and no CSRF token: the signed token in the address is the credential, and RFC 8058 has mail
# programs POST to it on their own. GET only asks, so a link scanner that follows it changes nothing.
# Not compressed: the signed token is in the page (the form's address) beside the rest of the address.
@not_compressed
@login_not_required
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request):
    runner = runner_of(request.GET.get("token", ""))
    if runner is None:
        return render(request, "tracker/unsubscribe.html", {"invalid": True}, status=400)
    if request.method == "POST":
        turn_off_reminders(runner)
        return render(request, "tracker/unsubscribe.html", {"done": True})
    return render(request, "tracker/unsubscribe.html", {"action": request.get_full_path()})
