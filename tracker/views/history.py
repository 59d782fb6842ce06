from django.core.paginator import Paginator
from django.shortcuts import render

from tracker.dates import journal_day
from tracker.history import (
    entries_for,
    entry_index,
    month_end,
    month_start,
    month_weeks,
    shift_month,
)
from tracker.journal import runner_profile

ENTRIES_PER_PAGE = 25


def history(request):
    """A month's calendar with that month's entries below it; `?day=` lists one day of it instead."""
    profile = runner_profile(request.user)
    today = profile.today()
    shown_day = journal_day(request.GET.get("day", ""), today)
    first = shown_day.replace(day=1) if shown_day else month_start(request.GET.get("month", ""), today)
    start, end = (shown_day, shown_day) if shown_day else (first, month_end(first))
    index = entry_index(request.user, start, end)
    page = Paginator(index, ENTRIES_PER_PAGE).get_page(request.GET.get("page"))
    following = shift_month(first, 1)
    context = {
        "units": profile.units,
        "today": today,
        "month": first,
        "shown_day": shown_day,
        "weeks": month_weeks(request.user, first),
        "previous_month": shift_month(first, -1),
        "next_month": following if following <= today else None,
        "page": page,
        # The list's own query, kept by its page links.
        "list_query": f"day={shown_day.isoformat()}" if shown_day else f"month={first:%Y-%m}",
        "entries": entries_for(request.user, list(page.object_list)),
    }
    return render(request, "tracker/history.html", context)
