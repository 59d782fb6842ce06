import datetime
import os
from unittest import mock

import pytest
import time_machine
from django.core.cache import cache
from django.core.management.commands import createcachetable
from django.test import Client
from hypothesis import settings as hypothesis_settings

from tests.base import make_curator, make_user

# Property tests: a few examples on a laptop, many in CI (HYPOTHESIS_PROFILE=thorough). Tests that need fewer
# examples than others (a slow page) ask for a share of the profile's number with tests.base.examples().
hypothesis_settings.register_profile("quick", max_examples=12, deadline=None)
hypothesis_settings.register_profile("thorough", max_examples=120, deadline=None)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "quick"))


@pytest.fixture(scope="session", autouse=True)
def cache_table_made_quietly():
    """Django makes a test database by migrating it and then running createcachetable, which at its default
    verbosity says "Cache table 'backtrack_cache' already exists": the migrations made it (0007), as they do
    for a server. That line lands in the output of whichever test first reaches the database, so it is
    hushed (this session fixture is set up before the database); the table is still made if missing, and a
    failure to make it still raises."""
    handle = createcachetable.Command.handle

    def quietly(command, *tables, **options):
        return handle(command, *tables, **{**options, "verbosity": 0})

    with mock.patch.object(createcachetable.Command, "handle", quietly):
        yield


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """The real hasher is slow on purpose; tests create many users and only need passwords to match."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def one_moment_per_test(request):
    """Each test sees the clock stopped at the moment it began, so a test that starts at 23:59:59 cannot
    make an entry "today" and read it back "yesterday". The moment is the real one (or the one faketime
    gives in CI), so the suite still runs on whatever day it is. Browser tests keep a running clock: the
    browser's own clock cannot be stopped with it."""
    if request.node.get_closest_marker("browser"):
        yield
        return
    with time_machine.travel(datetime.datetime.now(datetime.timezone.utc), tick=False):
        yield


DATABASE_FIXTURES = ("db", "transactional_db", "django_db_reset_sequences", "live_server")


@pytest.fixture(autouse=True)
def empty_cache(request):
    """Each test that reaches the database starts with an empty cache: the cache is a table there (rate
    counts, failed share-link opens, insights kept under a journal version are per test). Tests without the
    database never touch it."""
    if request.node.get_closest_marker("django_db") or set(DATABASE_FIXTURES) & set(request.fixturenames):
        request.getfixturevalue("_django_db_helper")
        cache.clear()


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploaded files go to a folder that disappears with the test."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def alice(db):
    return make_user("alice")


@pytest.fixture
def bob(db):
    return make_user("bob")


@pytest.fixture
def carol(db):
    return make_curator("carol")


@pytest.fixture
def alice_client(alice):
    client = Client()
    client.force_login(alice)
    return client


@pytest.fixture
def bob_client(bob):
    client = Client()
    client.force_login(bob)
    return client


@pytest.fixture
def carol_client(carol):
    client = Client()
    client.force_login(carol)
    return client
