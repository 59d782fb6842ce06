"""The journal's forms, one module per thing a runner fills in."""

from tracker.forms.accounts import SignupForm
from tracker.forms.checkins import PainCheckinForm
from tracker.forms.profile import ProfileForm
from tracker.forms.runs import RunForm
from tracker.forms.workouts import (
    WorkoutEntryForm,
    WorkoutForm,
    entry_formset,
    exercise_as_rows,
    steps_as_rows,
)

__all__ = [
    "PainCheckinForm",
    "ProfileForm",
    "RunForm",
    "SignupForm",
    "WorkoutEntryForm",
    "WorkoutForm",
    "entry_formset",
    "exercise_as_rows",
    "steps_as_rows",
]
