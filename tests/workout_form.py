"""The workout form's fields as a browser posts them, for the tests that fill it in."""

from django.urls import reverse


def workout_data(date, rows, initial=0, **changes):
    data = {"date": date.isoformat(), "routine": "", "duration_min": "", "notes": ""}
    data.update({"entries-TOTAL_FORMS": len(rows), "entries-INITIAL_FORMS": initial})
    for index, row in enumerate(rows):
        data.update({f"entries-{index}-{name}": value for name, value in row.items()})
    return {**data, **changes}


def row(exercise, **changes):
    return {
        "exercise": exercise.pk,
        "sets": "3",
        "reps": "10",
        "hold_seconds": "",
        "weight_kg": "",
        **changes,
    }


def post_workout(client, data):
    return client.post(reverse("log_workout"), data)


def saved_rows(workout):
    rows = [{**row(entry.exercise), "id": entry.pk, "workout": workout.pk} for entry in workout.entries.all()]
    return rows
