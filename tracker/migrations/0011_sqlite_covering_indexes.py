"""Indexes holding every column the insights read from the journal, for SQLite.

The PostgreSQL indexes of 0010 include these columns for a club; SQLite has no INCLUDE, so here the columns
are part of the key. Reading a ten-year journal's check-ins, runs and irritated exercises then never
touches the tables themselves (about 2 ms of a first view's 15 ms of reading, `python -m tests.bench.
insights_page`). SQLite only: PostgreSQL has its own, and Django cannot declare an index for one database.
"""

from django.db import migrations

INDEXES = [
    ("checkin_user_date_with_pain", "tracker_paincheckin", "(user_id, date, pain)"),
    ("run_user_date_with_distances", "tracker_run", "(user_id, date, distance_m, descent_m)"),
    ("entry_workout_with_irritation", "tracker_workoutexercise", "(workout_id, irritated, exercise_id)"),
]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for name, table, columns in INDEXES:
        schema_editor.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" {columns}')


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for name, _table, _columns in INDEXES:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0010_club_covering_indexes"),
    ]

    operations = [
        migrations.RunPython(create_indexes, drop_indexes, elidable=False),
    ]
