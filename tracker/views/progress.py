"""Progress a physiotherapist reads: the weekly pain summary and the Patient-Specific Functional Scale."""

import datetime

from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET

from tracker.dates import day_words
from tracker.forms.outcomes import PsfsActivitiesForm, PsfsRatingForm
from tracker.insights import outcomes
from tracker.journal import runner_profile
from tracker.models import PsfsActivity
from tracker.progress import progress_charts, psfs_history
from tracker.psfs import save_activities, save_assessment
from tracker.series import journal_for

TABLE_WEEKS = 12


@require_GET
def progress(request):
    journal = journal_for(request.user)
    pain_weeks = outcomes.weekly_pain(journal.series) if not journal.is_empty else []
    assessments = psfs_history(request.user)
    today = runner_profile(request.user).today()
    # Once a week is enough: after a rating, the page says when the next one is due rather than asking again.
    next_rating = assessments[-1][0] + datetime.timedelta(days=7) if assessments else today
    context = {
        "rating_due": next_rating <= today,
        "last_rated": assessments[-1][0] if assessments else None,
        "next_rating": next_rating,
        "activities": list(PsfsActivity.objects.for_user(request.user).current()),
        "pain_weeks": pain_weeks[-TABLE_WEEKS:][::-1],
        "pain_change": outcomes.pain_change(pain_weeks),
        "assessments": assessments[-TABLE_WEEKS:][::-1],
        "psfs_change": outcomes.psfs_change([mean for _day, mean, _scores in assessments]),
        "charts": progress_charts(pain_weeks, assessments),
    }
    return render(request, "tracker/progress.html", context)


@sensitive_post_parameters()
def psfs_activities(request):
    current = list(PsfsActivity.objects.for_user(request.user).current())
    form = PsfsActivitiesForm(request.POST or None, current=[activity.name for activity in current])
    if request.method == "POST" and form.is_valid():
        save_activities(request.user, form.cleaned_data["names"])
        messages.success(request, "Activities saved. Rate each one from 0 to 10.")
        return redirect("psfs_rate")
    return render(request, "tracker/psfs_activities.html", {"form": form, "first_time": not current})


@sensitive_post_parameters()
def psfs_rate(request):
    activities = list(PsfsActivity.objects.for_user(request.user).current())
    if not activities:
        return redirect("psfs_activities")
    today = runner_profile(request.user).today()
    form = PsfsRatingForm(request.POST or None, activities=activities, today=today)
    if request.method == "POST" and form.is_valid():
        assessment = save_assessment(request.user, form.cleaned_data["date"], form.scores())
        mean = sum(form.scores().values()) / len(activities)
        messages.success(request, f"Scores for {day_words(assessment.date)} saved: {mean:.1f} on average.")
        return redirect("progress")
    return render(request, "tracker/psfs_rate.html", {"form": form})
