"""A runner names the activities their back makes hard, rates them in a few taps, and sees their progress
beside their weekly pain."""

import datetime

from django.urls import reverse

from tests.base import make_checkin, runner_today
from tracker.dates import day_words
from tracker.models import PsfsActivity, PsfsAssessment
from tracker.psfs import save_activities, save_assessment

NAMES = ["Running downhill for two hours", "Sitting through a workday", "Tying my shoes"]


def name_activities(client, names):
    data = {f"activity_{number}": name for number, name in enumerate(names, start=1)}
    return client.post(reverse("psfs_activities"), data)


def rate(client, activities, scores, date):
    data = {f"score_{activity.pk}": score for activity, score in zip(activities, scores, strict=True)}
    return client.post(reverse("psfs_rate"), {**data, "date": date.isoformat()})


def test_a_new_runner_is_asked_to_name_activities_before_rating(alice_client):
    response = alice_client.get(reverse("psfs_rate"))
    assert response["Location"] == reverse("psfs_activities")


def test_naming_three_activities_saves_them_in_order_and_leads_to_rating(alice, alice_client):
    response = name_activities(alice_client, NAMES)
    assert response["Location"] == reverse("psfs_rate")
    assert list(PsfsActivity.objects.for_user(alice).current().values_list("name", flat=True)) == NAMES


def test_two_activities_are_refused_and_the_form_comes_back_filled_in(alice, alice_client):
    response = name_activities(alice_client, NAMES[:2])
    assert "Name at least 3 activities (you named 2)" in response.content.decode()
    assert NAMES[1] in response.content.decode()
    assert not PsfsActivity.objects.for_user(alice).exists()


def test_the_same_activity_twice_is_refused(alice, alice_client):
    response = name_activities(alice_client, [*NAMES, "tying my shoes"])
    assert "Two activities have the same name" in response.content.decode()


def test_rating_every_activity_saves_one_assessment_with_its_mean(alice, alice_client):
    activities = save_activities(alice, NAMES)
    response = rate(alice_client, activities, [4, 6, 8], runner_today(alice))
    assert response["Location"] == reverse("progress")
    assessment = PsfsAssessment.objects.for_user(alice).get()
    assert sorted(assessment.scores.values_list("score", flat=True)) == [4, 6, 8]


def test_a_missing_score_is_named_and_nothing_is_saved(alice, alice_client):
    activities = save_activities(alice, NAMES)
    data = {f"score_{activities[0].pk}": 5, f"score_{activities[1].pk}": 11, "date": runner_today(alice)}
    response = alice_client.post(reverse("psfs_rate"), data)
    page = response.content.decode()
    assert "Choose a score from 0 (unable) to 10 (as before)." in page
    assert "A score is a whole number from 0 to 10." in page
    assert not PsfsAssessment.objects.exists()


def test_rating_again_on_the_same_day_replaces_that_days_scores(alice, alice_client):
    activities = save_activities(alice, NAMES)
    today = runner_today(alice)
    rate(alice_client, activities, [1, 1, 1], today)
    rate(alice_client, activities, [7, 7, 7], today)
    assessment = PsfsAssessment.objects.for_user(alice).get()
    assert list(assessment.scores.values_list("score", flat=True)) == [7, 7, 7]


def test_renaming_an_activity_retires_the_old_one_and_keeps_its_scores(alice):
    activities = save_activities(alice, NAMES)
    save_assessment(alice, datetime.date(2026, 1, 5), dict.fromkeys(activities, 3))
    save_activities(alice, [NAMES[0], NAMES[1], "Lifting my child"])
    assert [activity.name for activity in PsfsActivity.objects.for_user(alice).current()][
        -1
    ] == "Lifting my child"
    assert PsfsActivity.objects.get(name=NAMES[2]).scores.count() == 1


def test_the_progress_page_says_a_two_point_rise_is_a_real_change(alice, alice_client):
    activities = save_activities(alice, NAMES)
    today = runner_today(alice)
    save_assessment(alice, today - datetime.timedelta(days=14), dict.fromkeys(activities, 3))
    save_assessment(alice, today, dict.fromkeys(activities, 6))
    page = alice_client.get(reverse("progress")).content.decode()
    assert "First rating 3.0, latest 6.0 out of 10" in page
    assert "<strong>better</strong>" in page


def test_the_progress_page_shows_each_weeks_average_and_worst_pain(alice, alice_client):
    today = runner_today(alice)
    monday = today - datetime.timedelta(days=today.weekday())
    make_checkin(alice, date=monday, pain=2)
    make_checkin(alice, date=monday + datetime.timedelta(days=1), pain=7)
    response = alice_client.get(reverse("progress"))
    first_week = response.context["pain_weeks"][0]
    assert (first_week.average, first_week.worst, first_week.days) == (4.5, 7, 2)


def test_an_empty_journal_is_told_how_to_start(alice_client):
    page = alice_client.get(reverse("progress")).content.decode()
    assert "Name your activities" in page
    assert "No pain check-ins yet" in page


def test_bob_sees_none_of_alices_activities_or_ratings(alice, bob_client):
    activities = save_activities(alice, NAMES)
    save_assessment(alice, datetime.date(2026, 1, 5), dict.fromkeys(activities, 3))
    page = bob_client.get(reverse("progress")).content.decode()
    assert NAMES[0] not in page
    assert "Name your activities" in page


def test_after_a_rating_the_page_says_when_the_next_is_due_instead_of_asking_again(alice, alice_client):
    activities = save_activities(alice, NAMES)
    today = runner_today(alice)
    save_assessment(alice, today - datetime.timedelta(days=2), dict.fromkeys(activities, 5))
    page = alice_client.get(reverse("progress")).content.decode()
    assert f"the next rating is due around {day_words(today + datetime.timedelta(days=5))}" in page
    assert "Rate them now" not in page
