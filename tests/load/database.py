"""The load run's own database: a fresh SQLite file in a temporary folder, or a fresh PostgreSQL database."""

import os
from urllib.parse import urlsplit, urlunsplit

LOAD_DATABASE_NAME = "backtrack_load"


def fresh_database_url(given_url, folder, name=LOAD_DATABASE_NAME):
    """Where the run keeps its data: never the database named in the environment, always a new one."""
    if not given_url or given_url.startswith("sqlite"):
        return f"sqlite:///{folder / 'load.sqlite3'}"
    parts = urlsplit(given_url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def _database_name(database_url):
    return urlsplit(database_url).path.lstrip("/")


def _postgres_admin_connection(database_url):
    import psycopg

    parts = urlsplit(database_url)
    return psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True)


def create_postgres_database(database_url):
    name = _database_name(database_url)
    with _postgres_admin_connection(database_url) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def drop_postgres_database(database_url):
    with _postgres_admin_connection(database_url) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{_database_name(database_url)}" WITH (FORCE)')


def set_up_django(database_url):
    """Point this process's Django at the load database and build the schema (which seeds the library)."""
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)


def create_runners(count, password):
    """count runner accounts sharing one password hash: hashing it for each would only slow the start."""
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import User

    from tracker.models import Profile

    hashed = make_password(password)
    usernames = [f"loadrunner{number:02d}" for number in range(count)]
    users = User.objects.bulk_create(
        [User(username=name, email=f"{name}@example.org", password=hashed) for name in usernames]
    )
    Profile.objects.bulk_create([Profile(user=user) for user in User.objects.filter(username__in=usernames)])
    return usernames if users else []


def stored_writes(usernames):
    """Every journal row of the load's runners, as (username, date) per kind, to match acknowledged writes."""
    from tracker.models import PainCheckin, Run, Workout, WorkoutExercise

    models = {"workout": Workout, "checkin": PainCheckin, "run": Run}
    stored = {
        kind: list(model.objects.filter(user__username__in=usernames).values_list("user__username", "date"))
        for kind, model in models.items()
    }
    stored["exercise rows"] = WorkoutExercise.objects.filter(workout__user__username__in=usernames).count()
    return stored


def routes_that_exist(names):
    """{URL name: path} for the names the project has now; pages still being built are simply not visited."""
    from django.urls import NoReverseMatch, reverse

    routes = {}
    for name in names:
        try:
            routes[name] = reverse(name)
        except NoReverseMatch:
            continue
    return routes


def close_connections():
    from django.db import connections

    connections.close_all()
