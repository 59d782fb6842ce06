"""The runner's journal. Every URL with a pk reaches its object through the runner's own queryset."""

from django.urls import path

from tracker.views import checkins, history, journal, profile, runs, workouts

urlpatterns = [
    path("", journal.home, name="home"),
    path("history/", history.history, name="history"),
    path("profile/", profile.profile, name="profile"),
    path("workouts/new/", workouts.log_workout, name="log_workout"),
    path("workouts/usual-routine/", workouts.log_usual_routine, name="log_usual_routine"),
    path("workouts/<int:pk>/", workouts.workout_detail, name="workout_detail"),
    path("workouts/<int:pk>/edit/", workouts.edit_workout, name="edit_workout"),
    path("workouts/<int:pk>/delete/", workouts.delete_workout, name="delete_workout"),
    path("checkin/", checkins.log_checkin, name="log_checkin"),
    path("checkins/<int:pk>/", checkins.checkin_detail, name="checkin_detail"),
    path("checkins/<int:pk>/edit/", checkins.edit_checkin, name="edit_checkin"),
    path("checkins/<int:pk>/delete/", checkins.delete_checkin, name="delete_checkin"),
    path("red-flags/", checkins.red_flags, name="red_flags"),
    path("runs/new/", runs.log_run, name="log_run"),
    path("runs/<int:pk>/", runs.run_detail, name="run_detail"),
    path("runs/<int:pk>/edit/", runs.edit_run, name="edit_run"),
    path("runs/<int:pk>/delete/", runs.delete_run, name="delete_run"),
]
