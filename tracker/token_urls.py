"""Personal access tokens for the API, made and revoked from the profile page."""

from django.urls import path

from tracker.views import tokens

urlpatterns = [
    path("profile/tokens/", tokens.create_api_token, name="create_api_token"),
    path("profile/tokens/<int:pk>/revoke/", tokens.revoke_api_token, name="revoke_api_token"),
]
