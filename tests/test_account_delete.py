"""Delete my account: asks for the password, removes every row of the runner, logs out."""

import datetime

from axes.models import AccessAttempt
from django.apps import apps
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from tests.base import PASSWORD, make_checkin, make_exercise, make_run, make_workout
from tracker.models import PainCheckin, Profile, Run, Workout, WorkoutExercise

URL = "/account/delete/"


def fill_journal(user):
    make_workout(user, date=datetime.date(2024, 3, 1), exercises=[make_exercise(f"test-{user.username}")])
    make_checkin(user, date=datetime.date(2024, 3, 1), pain=5, red_flags=["fever"])
    make_run(
        user,
        date=datetime.date(2024, 3, 2),
        started_at=datetime.datetime(2024, 3, 2, tzinfo=datetime.timezone.utc),
    )


def rows_of(user_id):
    """Rows of every journal model and the profile that belong to the user."""
    return {
        "profile": Profile.objects.filter(user_id=user_id).count(),
        "workouts": Workout.objects.filter(user_id=user_id).count(),
        "entries": WorkoutExercise.objects.filter(workout__user_id=user_id).count(),
        "checkins": PainCheckin.objects.filter(user_id=user_id).count(),
        "runs": Run.objects.filter(user_id=user_id).count(),
    }


def test_the_url_has_its_name():
    assert reverse("delete_account") == URL


def test_the_page_says_what_will_go_and_asks_for_the_password(alice, alice_client):
    fill_journal(alice)
    text = alice_client.get(URL).content.decode()
    assert "1 workout, 1 pain check-in and 1 run" in text
    assert 'type="password"' in text


def test_opening_the_page_deletes_nothing(alice, alice_client):
    alice_client.get(URL)
    assert User.objects.filter(pk=alice.pk).exists()


def test_a_wrong_password_deletes_nothing_and_says_so(alice, alice_client):
    fill_journal(alice)
    response = alice_client.post(URL, {"password": "not my password"})
    assert "That is not your password. Nothing was deleted." in response.content.decode()
    assert rows_of(alice.pk) == {"profile": 1, "workouts": 1, "entries": 1, "checkins": 1, "runs": 1}


def test_deleting_leaves_no_row_of_the_runner(alice, alice_client):
    fill_journal(alice)
    alice_client.post(URL, {"password": PASSWORD})
    assert not User.objects.filter(pk=alice.pk).exists()
    assert set(rows_of(alice.pk).values()) == {0}


def test_deleting_leaves_no_row_in_any_model_that_points_at_the_runner(alice, alice_client):
    fill_journal(alice)
    alice_client.post(URL, {"password": PASSWORD})
    leftovers = [
        model.__name__
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if field.many_to_one
        and field.related_model is User
        and model.objects.filter(**{field.name: alice.pk}).exists()
    ]
    assert leftovers == []


def test_deleting_alice_leaves_bobs_journal_alone(alice, alice_client, bob):
    fill_journal(alice)
    fill_journal(bob)
    alice_client.post(URL, {"password": PASSWORD})
    assert rows_of(bob.pk) == {"profile": 1, "workouts": 1, "entries": 1, "checkins": 1, "runs": 1}


def test_deleting_logs_out_and_goes_home_with_a_message(alice, alice_client):
    response = alice_client.post(URL, {"password": PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("home")
    assert "Your account and everything in your journal have been deleted." in response.content.decode()
    assert not response.wsgi_request.user.is_authenticated


def test_deleting_removes_the_runners_failed_login_records(alice, alice_client):
    alice_client.post(URL, {"password": "a wrong guess"})
    alice_client.post(URL, {"password": PASSWORD})
    assert not AccessAttempt.objects.filter(username="alice").exists()


def test_the_page_is_private(client, db):
    response = client.get(URL)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_deleting_ends_the_runners_sessions_on_other_devices(alice):
    laptop, phone = Client(), Client()
    laptop.force_login(alice)
    phone.force_login(alice)
    laptop.post(URL, {"password": PASSWORD})
    assert not Session.objects.filter(session_key=phone.session.session_key).exists()
    assert phone.get(reverse("history")).status_code == 302


def test_deleting_alice_leaves_bob_logged_in(alice, alice_client, bob, bob_client):
    alice_client.post(URL, {"password": PASSWORD})
    assert bob_client.get(reverse("history")).status_code == 200
