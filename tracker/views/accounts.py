from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_not_required
from django.shortcuts import redirect, render
from django.views.decorators.debug import sensitive_post_parameters

from tracker.forms import SignupForm
from tracker.journal import create_runner
from tracker.time_zones import aliases

# django-axes's backend comes first in AUTHENTICATION_BACKENDS and only guards authenticate(); a runner who
# has just chosen a password is logged in with Django's own backend.
SIGNUP_BACKEND = "django.contrib.auth.backends.ModelBackend"


@login_not_required
@sensitive_post_parameters("password1", "password2")
def signup(request):
    if request.user.is_authenticated:
        return redirect("home")
    form = SignupForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user = create_runner(form)
        login(request, user, backend=SIGNUP_BACKEND)
        messages.success(request, "Welcome to Backtrack! Choose your units and weekly target to start.")
        return redirect("profile")
    return render(request, "registration/signup.html", {"form": form, "time_zone_aliases": aliases()})
