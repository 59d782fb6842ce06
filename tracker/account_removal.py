"""Deleting a runner: every row that is theirs, in one transaction.

The user's own rows go by cascade (profile, workouts and their entries, check-ins, runs). django-axes keeps
login attempts by username rather than by user, so those are removed by name. Backtrack stores no files of
a runner: imported activity files are read in memory and never saved.
"""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.db import transaction


@transaction.atomic
def delete_runner(user):
    username = user.get_username()
    user.delete()
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.filter(username=username).delete()
