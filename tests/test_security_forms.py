"""Forged form data that costs the server more than it should: a formset's row count comes from the client."""

import re

from django.urls import reverse

from tracker.forms.workouts import MAX_ROWS


def test_a_forged_number_of_workout_rows_builds_no_more_than_the_allowed_rows(alice_client):
    response = alice_client.post(
        reverse("log_workout"),
        {"date": "2024-01-01", "entries-TOTAL_FORMS": "1000000", "entries-INITIAL_FORMS": "0"},
    )
    rows = set(re.findall(r'name="entries-(\d+)-exercise"', response.content.decode()))
    assert response.status_code == 200
    assert len(rows) <= MAX_ROWS
