from django.urls import path

from tracker.views import journal

urlpatterns = [
    path("", journal.home, name="home"),
]
