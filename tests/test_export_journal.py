"""GET /journal/export.csv and "download my data": the journal leaves in the format it can come back in."""

import csv
import datetime
import io
import json
import random
import zipfile
from collections import Counter
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.base import make_checkin, make_exercise, make_run, make_workout
from tracker.importers.journal_csv import COLUMNS
from tracker.models import PainCheckin, Run, Workout, WorkoutExercise

HEADER = ",".join(COLUMNS)
NOTES = [
    "",
    "Stiff",
    'Said "ouch", twice',
    "Line one\nline two",
    "=SUM(A1)",
    "-ish",
    "'@home",
    "Caf\u00e9 \u2615",
]


def export_rows(client):
    response = client.get("/journal/export.csv")
    return list(csv.DictReader(io.StringIO(response.getvalue().decode())))


def make_large_journal(user, exercises, days=730, seed=7):
    """Two years of a runner's life: core work most days, a check-in nearly every day, runs four days a week,
    with notes that test the CSV's quoting and formula guard."""
    rng = random.Random(seed)
    start = datetime.date(2022, 1, 1)
    workouts, entries, checkins, runs = [], [], [], []
    for offset in range(days):
        date = start + datetime.timedelta(days=offset)
        if rng.random() < 0.6:
            workout = Workout(
                user=user, date=date, duration_min=rng.choice([None, 15, 40]), notes=rng.choice(NOTES)
            )
            workouts.append(workout)
            for order, exercise in enumerate(rng.sample(exercises, rng.randint(0, 3))):
                entries.append(
                    WorkoutExercise(
                        workout=workout,
                        exercise=exercise,
                        order=order,
                        sets=rng.randint(1, 50),
                        reps=rng.choice([None, rng.randint(1, 1000)]),
                        hold_seconds=rng.choice([None, rng.randint(1, 3600)]),
                        weight_kg=rng.choice([None, Decimal(rng.randint(0, 5000)) / 10]),
                        irritated=rng.random() < 0.1,
                        irritation_note=rng.choice(NOTES),
                    )
                )
        if rng.random() < 0.9:
            checkins.append(
                PainCheckin(user=user, date=date, pain=rng.randint(0, 10), notes=rng.choice(NOTES))
            )
        if rng.random() < 0.6:
            runs.append(
                Run(
                    user=user,
                    date=date,
                    distance_m=rng.randint(1, 400_000),
                    duration_s=rng.choice([None, rng.randint(1, 48 * 3600)]),
                    # Tenths of a metre, as a climb typed in feet is kept.
                    ascent_m=Decimal(rng.randint(0, 200_000)) / 10,
                    descent_m=Decimal(rng.randint(0, 200_000)) / 10,
                    back_hurt=rng.random() < 0.2,
                    notes=rng.choice(NOTES),
                )
            )
    Workout.objects.bulk_create(workouts)
    WorkoutExercise.objects.bulk_create(entries)
    PainCheckin.objects.bulk_create(checkins)
    Run.objects.bulk_create(runs)


def test_the_urls_are_the_ones_the_design_names():
    assert reverse("journal_export_csv") == "/journal/export.csv"


def test_the_export_is_a_csv_download_with_the_designs_header(alice_client):
    response = alice_client.get("/journal/export.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="backtrack-journal-')
    assert response.getvalue().decode().splitlines() == [HEADER]


def test_each_kind_of_entry_becomes_a_row(alice, alice_client):
    plank = make_exercise("test-plank")
    make_workout(alice, date=datetime.date(2024, 3, 1), exercises=[plank], irritated=True)
    make_checkin(alice, date=datetime.date(2024, 3, 1), pain=4)
    make_run(alice, date=datetime.date(2024, 3, 2), km=12.345, duration_s=3690, ascent_m=250)
    rows = [
        (row["type"], row["exercise"], row["pain"], row["distance_km"], row["duration_min"])
        for row in export_rows(alice_client)
    ]
    assert rows == [
        ("exercise", "test-plank", "", "", ""),
        ("pain", "", "4", "", ""),
        ("run", "", "", "12.345", "61.5"),
    ]


def test_notes_that_would_run_as_a_formula_are_guarded(alice, alice_client):
    make_checkin(alice, pain=2, notes='=HYPERLINK("http://evil")')
    assert export_rows(alice_client)[0]["notes"] == '\'=HYPERLINK("http://evil")'


def test_bob_exports_only_his_own_journal(alice, bob_client):
    make_run(alice, km=21.1)
    assert export_rows(bob_client) == []


def test_a_large_journal_exported_and_imported_into_an_empty_account_comes_back_the_same(
    alice, alice_client, bob, bob_client
):
    exercises = [make_exercise(f"test-exercise-{number}") for number in range(6)]
    make_large_journal(alice, exercises)
    exported = alice_client.get("/journal/export.csv").getvalue()
    response = bob_client.post(
        "/journal/import/", {"file": SimpleUploadedFile("journal.csv", exported)}, follow=True
    )
    assert "Imported" in response.content.decode()
    assert Counter(
        map(tuple, csv.reader(io.StringIO(bob_client.get("/journal/export.csv").getvalue().decode())))
    ) == Counter(map(tuple, csv.reader(io.StringIO(exported.decode()))))


def test_the_round_trip_keeps_every_entry(alice, alice_client, bob, bob_client):
    exercises = [make_exercise(f"test-exercise-{number}") for number in range(3)]
    make_large_journal(alice, exercises, days=120, seed=3)
    exported = alice_client.get("/journal/export.csv").getvalue()
    bob_client.post("/journal/import/", {"file": SimpleUploadedFile("journal.csv", exported)})
    count = lambda model, **owner: model.objects.filter(**owner).count()  # noqa: E731
    assert [
        count(Workout, user=bob),
        count(WorkoutExercise, workout__user=bob),
        count(PainCheckin, user=bob),
        count(Run, user=bob),
    ] == [
        count(Workout, user=alice),
        count(WorkoutExercise, workout__user=alice),
        count(PainCheckin, user=alice),
        count(Run, user=alice),
    ]


def download(client):
    response = client.get(reverse("download_my_data"))
    return response, zipfile.ZipFile(io.BytesIO(response.getvalue()))


def test_my_data_is_a_zip_of_the_journal_profile_logins_outcomes_shares_and_a_readme(alice_client):
    response, archive = download(alice_client)
    assert response["Content-Type"] == "application/zip"
    assert sorted(archive.namelist()) == [
        "README.txt",
        "journal.csv",
        "journal.json",
        "logins.json",
        "profile.json",
        "psfs.json",
        "shares.json",
    ]


def test_my_data_holds_what_the_csv_cannot(alice, alice_client):
    make_checkin(alice, pain=7, locations=["left"], timings=["waking"], red_flags=["fever"])
    started = datetime.datetime(2024, 3, 2, 7, 30, tzinfo=datetime.timezone.utc)
    make_run(alice, date=started.date(), started_at=started, surface="trail", origin="gpx")
    journal = json.loads(download(alice_client)[1].read("journal.json"))
    assert journal["checkins"][0]["red_flags"] == ["fever"] and journal["checkins"][0]["locations"] == [
        "left"
    ]
    assert (journal["runs"][0]["surface"], journal["runs"][0]["started_at"]) == (
        "trail",
        "2024-03-02T07:30:00+00:00",
    )


def test_my_data_includes_the_profile(alice, alice_client):
    profile = json.loads(download(alice_client)[1].read("profile.json"))
    assert (profile["username"], profile["units"], profile["time_zone"]) == ("alice", "km", "UTC")


def test_the_readme_explains_every_column(alice_client):
    readme = download(alice_client)[1].read("README.txt").decode()
    assert all(f"\n  {column} " in readme for column in COLUMNS)


def test_bobs_download_holds_nothing_of_alices(alice, bob_client):
    make_run(alice, km=21.1)
    journal = json.loads(download(bob_client)[1].read("journal.json"))
    assert journal["runs"] == [] and journal["workouts"] == [] and journal["checkins"] == []


@pytest.mark.parametrize("name", ["journal_export_csv", "download_my_data"])
def test_the_exports_are_private(client, db, name):
    response = client.get(reverse(name))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
