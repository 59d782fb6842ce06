from django.core.paginator import Paginator
from django.shortcuts import render

from tracker.history import entries_for, entry_index, month_start, month_weeks, shift_month
from tracker.journal import runner_profile

ENTRIES_PER_PAGE = 25


def history(request):
    profile = runner_profile(request.user)
    today = profile.today()
    first = month_start(request.GET.get("month", ""), today)
    following = shift_month(first, 1)
    page = Paginator(entry_index(request.user), ENTRIES_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "units": profile.units,
        "today": today,
        "month": first,
        "weeks": month_weeks(request.user, first),
        "previous_month": shift_month(first, -1),
        "next_month": following if following <= today else None,
        "page": page,
        "entries": entries_for(request.user, list(page.object_list)),
    }
    return render(request, "tracker/history.html", context)
