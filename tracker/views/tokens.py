"""Personal access tokens on the profile page: made (shown once), listed with their last use, revoked."""

from django.contrib import messages
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.debug import sensitive_variables

from tracker.api_tokens import create_token, revoke_token
from tracker.compression import not_compressed
from tracker.forms.tokens import ApiTokenForm
from tracker.models import ApiToken
from tracker.views.common import own_entry
from tracker.views.profile import JUST_MADE_SESSION_KEY, render_profile


@not_compressed  # a refused form shows the profile page, and with it a token just made
@sensitive_variables("secret")
def create_api_token(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = ApiTokenForm(request.POST)
    if not form.is_valid():
        return render_profile(request, token_form=form, status=400)
    _token, secret = create_token(request.user, **form.cleaned_data)
    request.session[JUST_MADE_SESSION_KEY] = {"name": form.cleaned_data["name"], "secret": secret}
    return redirect(reverse("profile") + "#api-tokens")


def revoke_api_token(request, pk):
    token = own_entry(request, ApiToken.objects, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    revoke_token(token)
    messages.success(request, f"The token “{token.name}” no longer works.")
    return redirect(reverse("profile") + "#api-tokens")
