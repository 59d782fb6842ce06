from django.contrib import messages
from django.shortcuts import redirect, render

from tracker.forms import ProfileForm
from tracker.journal import runner_profile
from tracker.time_zones import aliases


def profile(request):
    runner = runner_profile(request.user)
    form = ProfileForm(request.POST if request.method == "POST" else None, instance=runner)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Profile saved.")
        return redirect("profile")
    return render(request, "tracker/profile.html", {"form": form, "time_zone_aliases": aliases()})
