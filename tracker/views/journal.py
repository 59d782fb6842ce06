import datetime

from django.contrib.auth.decorators import login_not_required
from django.db.models import Count, Q, Sum
from django.shortcuts import render

from tracker.journal import runner_profile
from tracker.models import PainCheckin, Run, Workout
from tracker.views.insights import lapse_warning_for


@login_not_required
def home(request):
    """A welcome for visitors; for a runner, today's state of the journal in a fixed number of queries."""
    if not request.user.is_authenticated:
        return render(request, "tracker/welcome.html")
    profile = runner_profile(request.user)
    today = profile.today()
    week_start = today - datetime.timedelta(days=today.weekday())
    core = _core_summary(request.user, profile, today, week_start)
    runs = (
        Run.objects.for_user(request.user)
        .between(week_start, today)
        .aggregate(week_m=Sum("distance_m"), today_m=Sum("distance_m", filter=Q(date=today)))
    )
    last_checkin = PainCheckin.objects.for_user(request.user).filter(date__lte=today).first()
    context = {
        "profile": profile,
        "today": today,
        "core": core,
        "days_since_core": (today - core["last_date"]).days if core["last_date"] else None,
        "core_to_go": max(profile.weekly_target - core["days_this_week"], 0),
        "week_distance_m": runs["week_m"] or 0,
        "today_distance_m": runs["today_m"],
        "last_checkin": last_checkin,
        "todays_checkin": last_checkin if last_checkin and last_checkin.date == today else None,
        "lapse_warning": lapse_warning_for(request.user, profile, today, core["last_date"]),
    }
    return render(request, "tracker/home.html", context)


def _core_summary(user, profile, today, week_start):
    """The last core session, and the days with core work this week and today. Two small reads rather than
    one aggregate over the whole journal: the last date comes from the (user, date) index, newest first, and
    the counts read this week's rows alone, so a ten-year journal costs what a new one does."""
    sessions = Workout.objects.for_user(user).core_sessions().filter(date__lte=today)
    this_week = sessions.filter(date__gte=week_start).aggregate(
        days_this_week=Count("date", distinct=True),
        today=Count("pk", distinct=True, filter=Q(date=today)),
        # Read only when the runner has a usual routine (routine_id=None would count routine-less days).
        usual_routine_today=Count(
            "pk", distinct=True, filter=Q(date=today, routine_id=profile.usual_routine_id)
        ),
    )
    return {"last_date": sessions.order_by("-date").values_list("date", flat=True).first(), **this_week}
