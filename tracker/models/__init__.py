"""The runner's private journal (journal.py), the outcome measures they record beside it (outcomes.py),
the read-only links they share with a physiotherapist (shares.py), and their e-mail reminders
(reminders.py). Every row belongs to one user."""

from tracker.models.counters import WindowCount
from tracker.models.import_jobs import ImportJob, ImportJobFile
from tracker.models.journal import (
    JournalQuerySet,
    PainCheckin,
    Profile,
    Run,
    Workout,
    WorkoutExercise,
    WorkoutQuerySet,
)
from tracker.models.outcomes import PsfsActivity, PsfsAssessment, PsfsScore
from tracker.models.reminders import ReminderSent, ReminderSettings
from tracker.models.shares import ShareLink
from tracker.models.tokens import ApiToken

__all__ = [
    "ApiToken",
    "ImportJob",
    "ImportJobFile",
    "JournalQuerySet",
    "PainCheckin",
    "Profile",
    "PsfsActivity",
    "PsfsAssessment",
    "PsfsScore",
    "ReminderSent",
    "ReminderSettings",
    "Run",
    "ShareLink",
    "Workout",
    "WorkoutExercise",
    "WindowCount",
    "WorkoutQuerySet",
]
