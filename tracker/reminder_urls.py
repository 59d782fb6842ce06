"""Reminders: the runner's choices (on the profile page) and the unsubscribe link, which needs no login."""

from django.urls import path

from tracker.views import reminders

urlpatterns = [
    path("profile/reminders/", reminders.reminder_settings, name="reminder_settings"),
    path("reminders/unsubscribe/", reminders.unsubscribe, name="unsubscribe"),
]
