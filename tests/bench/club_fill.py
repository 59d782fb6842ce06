# ruff: noqa: S608 - the names formatted into SQL here are this module's table names and their columns
"""A club's database for `tests.bench.club`: 999 more runners beside the measured one, each with the same
three-year journal, stored as a club's would be after three years of logging.

One journal is written with the bench helpers (bulk inserts), then copied to every member in SQL: a
million check-ins made as model objects would take far longer than the two minutes this is allowed. The
copies go in date by date, every member's rows of one day together, as they arrive in a real club, so one
runner's rows are spread over the whole table rather than lying side by side as a lone runner's do.
The shared cache gets as many entries again for every member as the measured runner has, so the table the
insights are read from and culled in is a club's size too.
"""

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User
from django.db import connection

from tracker.models import Profile

# Each journal table, and the column its copies are ordered by.
JOURNAL_TABLES = ["tracker_paincheckin", "tracker_run", "tracker_workout"]
EXERCISE_ROWS = "tracker_workoutexercise"
CACHE_TABLE = "backtrack_cache"


def make_members(count):
    """`count` more runners, their accounts made in bulk (one password hash for all)."""
    hashed = make_password("club member password")
    names = [f"member{number:04d}" for number in range(count)]
    User.objects.bulk_create(
        [User(username=name, email=f"{name}@example.org", password=hashed) for name in names]
    )
    members = list(User.objects.filter(username__in=names).values_list("pk", flat=True))
    Profile.objects.bulk_create([Profile(user_id=pk) for pk in members])
    return members


def _columns(cursor, table, leave_out):
    cursor.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s ORDER BY ordinal_position",
        [table],
    )
    return [name for (name,) in cursor.fetchall() if name not in leave_out]


def _quoted(names, prefix=""):
    return ", ".join(f'{prefix}"{name}"' for name in names)


def _run(cursor, statement, parameters=()):
    """One statement; the names formatted into it are this module's table names and their columns."""
    cursor.execute(statement, parameters)
    return cursor.rowcount


def copy_journal_to_club(runner_id, member_ids):
    """Every member (the runner among them) ends with the runner's journal; returns the rows per table."""
    with connection.cursor() as cursor:
        _run(cursor, "CREATE TEMP TABLE club_member (user_id integer)")
        _run(cursor, "INSERT INTO club_member SELECT unnest(%s::integer[])", [[runner_id, *member_ids]])
        for table in JOURNAL_TABLES:
            staged = f'CREATE TEMP TABLE "staged_{table}" AS SELECT * FROM "{table}" WHERE user_id = %s'
            _run(cursor, staged, [runner_id])
        runners_workouts = 'SELECT id FROM "tracker_workout" WHERE user_id = %s'
        staged = (
            'CREATE TEMP TABLE "staged_exercises" AS SELECT e.*, w.date AS workout_date '
            f'FROM "{EXERCISE_ROWS}" e JOIN "tracker_workout" w ON w.id = e.workout_id WHERE w.user_id = %s'
        )
        _run(cursor, staged, [runner_id])
        _run(cursor, f'DELETE FROM "{EXERCISE_ROWS}" WHERE workout_id IN ({runners_workouts})', [runner_id])
        for table in JOURNAL_TABLES:
            _run(cursor, f'DELETE FROM "{table}" WHERE user_id = %s', [runner_id])
        rows = {}
        for table in JOURNAL_TABLES:
            columns = _columns(cursor, table, {"id", "user_id"})
            copies = (
                f'INSERT INTO "{table}" (user_id, {_quoted(columns)}) '
                f"SELECT m.user_id, {_quoted(columns, 's.')} "
                f'FROM "staged_{table}" s CROSS JOIN club_member m ORDER BY s.date, m.user_id'
            )
            rows[table] = _run(cursor, copies)
        columns = _columns(cursor, EXERCISE_ROWS, {"id", "workout_id"})
        # A bench journal has at most one workout a day, so (runner, date) finds each copy's workout.
        copies = (
            f'INSERT INTO "{EXERCISE_ROWS}" (workout_id, {_quoted(columns)}) '
            f'SELECT w.id, {_quoted(columns, "s.")} FROM "staged_exercises" s '
            'JOIN "tracker_workout" w ON w.date = s.workout_date '
            'JOIN club_member m ON m.user_id = w.user_id ORDER BY w.id, s."order"'
        )
        rows[EXERCISE_ROWS] = _run(cursor, copies)
    return rows


def fill_shared_cache(member_ids, up_to):
    """Copies of the runner's cache entries, of the same sizes, for the members, until the table holds `up_to`
    (a busy club's cache stays near its cap: every write leaves entries behind, kept two days)."""
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT count(*) FROM "{CACHE_TABLE}"')
        room = max(0, up_to - cursor.fetchone()[0])
        copies = (
            f'INSERT INTO "{CACHE_TABLE}" (cache_key, value, expires) '
            f"SELECT c.cache_key || ':member-' || m, c.value, c.expires FROM \"{CACHE_TABLE}\" c "
            "CROSS JOIN unnest(%s::integer[]) m LIMIT %s"
        )
        return _run(cursor, copies, [member_ids, room])


def analyse_tables():
    """What autovacuum does soon after a bulk load: fresh planner statistics for every table."""
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
