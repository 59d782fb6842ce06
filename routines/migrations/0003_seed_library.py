"""Seed the exercise library from the runners' thread, so that `migrate` alone yields a usable library.

The data is frozen beside this migration in 0003_seed_library.json, as it was when the library was first
seeded: a migration must do the same thing on every database, whenever it runs, so it reads no live module.
After seeding, curators edit the library in the admin. Shapes in the file:
- a quote is [contributor, words], the contributor's own words, cut short but not reworded;
- a caution is {"severity", "applies_to", "text", "source", "quotes"};
- an exercise is the Exercise fields plus "body_areas", "equipment" and "alternatives" (slugs), "cautions"
  and "quotes";
- a routine is the Routine fields plus "steps" ({"exercise" slug, "sets", "reps", "hold_seconds", "note"})
  and "quotes".
"source" is "thread" when a runner said it and "library" when it is the library's own addition.

Reversing it deletes exactly the rows it added (by slug, and the library-wide cautions by text), and refuses
with a plain message, changing nothing, once anything outside the library refers to a seeded exercise (a
runner's logged workout, say).
"""

import json
from pathlib import Path

from django.db import migrations
from django.db.migrations.exceptions import IrreversibleError

SEED = json.loads((Path(__file__).parent / "0003_seed_library.json").read_text(encoding="utf-8"))
BODY_AREAS, EQUIPMENT = SEED["body_areas"], SEED["equipment"]
EXERCISES, LIBRARY_CAUTIONS, ROUTINES = SEED["exercises"], SEED["library_cautions"], SEED["routines"]
STILL_USED = (
    "The exercise library cannot be unseeded: {count} rows outside the library ({where}) still refer to its "
    "exercises, for example runners' logged workouts. Delete those first, or keep the library."
)

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


def rows_using_seeded_exercises(apps, connection):
    """{table: count} of rows outside the library that point at a seeded exercise. The library may not name
    the journal (it never imports it), and the journal's models need not be in this migration's state, so
    the references are found in the database's own foreign keys."""
    Exercise = apps.get_model("routines", "Exercise")
    exercise_table = Exercise._meta.db_table
    seeded = list(
        Exercise.objects.filter(slug__in=[e["slug"] for e in EXERCISES]).values_list("pk", flat=True)
    )
    counts = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            if table.startswith("routines_") or not seeded:
                continue
            relations = connection.introspection.get_relations(cursor, table)
            for column, (_, target_table) in relations.items():
                if target_table != exercise_table:
                    continue
                quote = connection.ops.quote_name
                placeholders = ", ".join(["%s"] * len(seeded))
                cursor.execute(
                    f"SELECT COUNT(*) FROM {quote(table)} WHERE {quote(column)} IN ({placeholders})",  # noqa: S608 - names from the schema
                    seeded,
                )
                count = cursor.fetchone()[0]
                if count:
                    counts[table] = counts.get(table, 0) + count
    return counts


def unseed_library(apps, schema_editor):
    used = rows_using_seeded_exercises(apps, schema_editor.connection)
    if used:
        raise IrreversibleError(STILL_USED.format(count=sum(used.values()), where=", ".join(sorted(used))))
    delete_seeded_rows(apps)


def delete_seeded_rows(apps):
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
