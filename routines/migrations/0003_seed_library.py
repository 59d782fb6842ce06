"""Seed the exercise library from the runners' thread, so that `migrate` alone yields a usable library.

The data lives in routines.seed as plain dicts; this migration turns it into rows with the historical
models. Reversing it deletes exactly the rows it added (by slug, and the library-wide cautions by text).
"""

from django.db import migrations

from routines.seed import BODY_AREAS, EQUIPMENT, EXERCISES, LIBRARY_CAUTIONS, ROUTINES

EXERCISE_FIELDS = {
    "summary": "",
    "instructions": "",
    "default_sets": None,
    "default_reps": None,
    "default_hold_seconds": None,
    "sessions_per_week": None,
    "starting_level": "beginner",
    "why_discouraged": "",
}


def add_quotes(SourceQuote, quotes, **owner):
    SourceQuote.objects.bulk_create(
        SourceQuote(contributor=contributor, quote=words, **owner) for contributor, words in quotes
    )


def add_cautions(Caution, SourceQuote, cautions, exercise=None):
    for data in cautions:
        caution = Caution.objects.create(
            exercise=exercise,
            severity=data["severity"],
            applies_to=data["applies_to"],
            text=data["text"],
            source=data["source"],
        )
        add_quotes(SourceQuote, data["quotes"], caution=caution)


def add_exercises(apps):
    Exercise = apps.get_model("routines", "Exercise")
    Caution = apps.get_model("routines", "Caution")
    SourceQuote = apps.get_model("routines", "SourceQuote")
    areas = {area.slug: area for area in apps.get_model("routines", "BodyArea").objects.all()}
    equipment = {item.slug: item for item in apps.get_model("routines", "Equipment").objects.all()}
    created = {}
    for data in EXERCISES:
        fields = {name: data.get(name, default) for name, default in EXERCISE_FIELDS.items()}
        exercise = Exercise.objects.create(
            slug=data["slug"],
            name=data["name"],
            kind=data["kind"],
            status=data["status"],
            source=data["source"],
            how_to_source=data["how_to_source"],
            **fields,
        )
        exercise.body_areas.set([areas[slug] for slug in data["body_areas"]])
        exercise.equipment.set([equipment[slug] for slug in data["equipment"]])
        add_cautions(Caution, SourceQuote, data["cautions"], exercise=exercise)
        add_quotes(SourceQuote, data["quotes"], exercise=exercise)
        created[exercise.slug] = exercise
    # Alternatives point at other seeded exercises, so they are linked once all of them exist.
    for data in EXERCISES:
        created[data["slug"]].alternatives.set([created[slug] for slug in data.get("alternatives", [])])
    return created


def add_routines(apps, exercises):
    Routine = apps.get_model("routines", "Routine")
    RoutineStep = apps.get_model("routines", "RoutineStep")
    SourceQuote = apps.get_model("routines", "SourceQuote")
    for data in ROUTINES:
        routine = Routine.objects.create(
            slug=data["slug"],
            name=data["name"],
            description=data["description"],
            sessions_per_week=data["sessions_per_week"],
            status=data["status"],
            source=data["source"],
        )
        RoutineStep.objects.bulk_create(
            RoutineStep(
                routine=routine,
                order=order,
                exercise=exercises[step["exercise"]],
                sets=step["sets"],
                reps=step["reps"],
                hold_seconds=step["hold_seconds"],
                note=step["note"],
            )
            for order, step in enumerate(data["steps"], start=1)
        )
        add_quotes(SourceQuote, data["quotes"], routine=routine)


def seed_library(apps, schema_editor):
    BodyArea = apps.get_model("routines", "BodyArea")
    Equipment = apps.get_model("routines", "Equipment")
    BodyArea.objects.bulk_create(BodyArea(slug=slug, name=name) for slug, name in BODY_AREAS)
    Equipment.objects.bulk_create(Equipment(slug=slug, name=name) for slug, name in EQUIPMENT)
    exercises = add_exercises(apps)
    add_routines(apps, exercises)
    add_cautions(
        apps.get_model("routines", "Caution"), apps.get_model("routines", "SourceQuote"), LIBRARY_CAUTIONS
    )


def unseed_library(apps, schema_editor):
    # Routines go first: their steps protect the exercises they use. Quotes and cautions go with their owner.
    apps.get_model("routines", "Routine").objects.filter(slug__in=[r["slug"] for r in ROUTINES]).delete()
    apps.get_model("routines", "Caution").objects.filter(
        exercise__isnull=True, text__in=[c["text"] for c in LIBRARY_CAUTIONS]
    ).delete()
    apps.get_model("routines", "Exercise").objects.filter(slug__in=[e["slug"] for e in EXERCISES]).delete()
    apps.get_model("routines", "BodyArea").objects.filter(slug__in=[slug for slug, _ in BODY_AREAS]).delete()
    apps.get_model("routines", "Equipment").objects.filter(slug__in=[slug for slug, _ in EQUIPMENT]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("routines", "0002_exercise_how_to_source"),
    ]

    operations = [
        migrations.RunPython(seed_library, unseed_library),
    ]
