"""Deleting a runner: every row that is theirs, in one transaction.

The user's own rows go by cascade (profile, workouts and their entries, check-ins, runs). django-axes keeps
login records by username rather than by user, so those are removed by name (tracker.login_records).
Sessions name the user only inside their encoded data, so the runner's sessions on other devices are found
by decoding each one.
Backtrack keeps no files of a runner on disk: activity files are read in memory, and a background import's
files wait in the database (its jobs go by cascade with the account) and are deleted when the job ends.
"""

from importlib import import_module

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.db import transaction

from tracker.login_records import delete_login_records


@transaction.atomic
def delete_runner(user):
    username, user_id = user.get_username(), str(user.pk)
    user.delete()
    delete_login_records(username)
    _delete_sessions_of(user_id)


def _delete_sessions_of(user_id):
    """Every stored session of the user, the current one included (logging out then starts a fresh one).
    Decoding each session is slow on a large site, but deleting an account is rare."""
    store = import_module(settings.SESSION_ENGINE).SessionStore
    if not hasattr(store, "get_model_class"):  # signed-cookie or cache-only sessions: no rows to remove
        return
    for session in store.get_model_class().objects.iterator():
        if session.get_decoded().get(SESSION_KEY) == user_id:
            store(session_key=session.session_key).delete()
