"""Library fixtures the journal's tests share, made in code like tests/base.py's."""

from routines.models import Routine, RoutineStep, Status
from tests.base import make_exercise


def make_core_basics():
    """A published two-step routine: 2 x 25 crunches, then 3 bridges held for 30 seconds."""
    routine = Routine.objects.create(name="Core basics", slug="core-basics", status=Status.PUBLISHED)
    RoutineStep.objects.create(routine=routine, exercise=make_exercise("basics-crunch"), sets=2, reps=25)
    RoutineStep.objects.create(
        routine=routine, exercise=make_exercise("basics-bridge"), order=1, sets=3, hold_seconds=30
    )
    return routine
