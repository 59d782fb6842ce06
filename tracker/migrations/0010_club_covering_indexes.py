"""Covering indexes on the journal tables, for a club on PostgreSQL.

In a club's database one runner's rows lie one to a page, among everyone else's logged the same day, where
a lone runner's share a few pages: reading a three-year journal touched about 3,000 pages in a club of
1,000 (`python -m tests.bench.club`). These indexes hold every column the per-runner reads need, so
PostgreSQL answers them from the index alone (an index-only scan), whatever the table around them.

PostgreSQL only: SQLite serves one runner or a few, whose rows stay together. Built CONCURRENTLY, so a
club's server keeps taking writes while they are made; hence a migration outside a transaction. They are
not in the models' Meta: Django cannot declare a covering index for one database and not the other.
"""

from django.db import migrations

INDEXES = [
    # The insights' pain series and the home page's last check-in: date and pain of one runner's check-ins.
    ("checkin_user_date_pain", "tracker_paincheckin", "(user_id, date) INCLUDE (pain)"),
    # The insights' daily distance and descent, and the home page's week so far: one runner's runs by date.
    ("run_user_date_distance", "tracker_run", "(user_id, date) INCLUDE (distance_m, descent_m)"),
    # Core days (home, history, insights): one runner's workouts by date, their ids to find their entries,
    # and the routine for the home page's "usual routine done today".
    ("workout_user_date_routine", "tracker_workout", "(user_id, date) INCLUDE (id, routine_id)"),
    # A workout's entries: whether it has any (a core day), which exercise, and whether it irritated.
    (
        "entry_workout_exercise",
        "tracker_workoutexercise",
        "(workout_id) INCLUDE (id, exercise_id, irritated)",
    ),
]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, table, columns in INDEXES:
        schema_editor.execute(f'CREATE INDEX CONCURRENTLY IF NOT EXISTS "{name}" ON "{table}" {columns}')


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _columns in INDEXES:
        schema_editor.execute(f'DROP INDEX CONCURRENTLY IF EXISTS "{name}"')


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("tracker", "0009_import_jobs"),
    ]

    operations = [
        migrations.RunPython(create_indexes, drop_indexes, elidable=False),
    ]
