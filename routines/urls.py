from django.urls import path

from routines import views

app_name = "routines"

urlpatterns = [
    path("", views.library, name="library"),
    path("exercises/<slug:slug>/", views.exercise_detail, name="exercise"),
    path("routines/<slug:slug>/", views.routine_detail, name="routine"),
]
