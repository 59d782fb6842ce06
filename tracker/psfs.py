"""Writes of the Patient-Specific Functional Scale that span several rows, each in one transaction."""

from django.db import transaction
from django.utils import timezone

from tracker.models import PsfsActivity, PsfsAssessment, PsfsScore


@transaction.atomic
def save_activities(user, names):
    """Make `names` the runner's current activities, in that order. An activity whose name is kept keeps
    its scores; one dropped or renamed is retired (its past scores stay in the history), a new name starts
    fresh."""
    current = {
        activity.name.casefold(): activity for activity in PsfsActivity.objects.for_user(user).current()
    }
    kept = []
    for order, name in enumerate(names):
        activity = current.pop(name.casefold(), None)
        if activity is None:
            activity = PsfsActivity(user=user, name=name)
        activity.name, activity.order = name, order
        kept.append(activity)
    PsfsActivity.objects.filter(pk__in=[activity.pk for activity in current.values()]).update(
        retired_at=timezone.now()
    )
    for activity in kept:
        activity.save()
    return kept


@transaction.atomic
def save_assessment(user, date, scores):
    """One rating a day: rating again on the same day replaces that day's scores."""
    assessment, _created = PsfsAssessment.objects.get_or_create(user=user, date=date)
    assessment.scores.all().delete()
    PsfsScore.objects.bulk_create(
        PsfsScore(assessment=assessment, activity=activity, score=score) for activity, score in scores.items()
    )
    return assessment
