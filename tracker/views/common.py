"""Small pieces every journal view shares."""

from django.contrib import messages
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from tracker.dates import day_words, journal_day

READ_METHODS = ("GET", "HEAD")


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def own_entry(request, entries, pk):
    """The runner's own entry or a 404: another runner's pk looks exactly like one that does not exist.
    `entries` is a journal manager or queryset, e.g. `Run.objects`."""
    return get_object_or_404(entries.for_user(request.user), pk=pk)


def asked_date(request, today):
    """The date a link asks a new entry's form to start on (`?date=2026-12-01`, as the history's day view
    sends), or today when it asks for none, or for one that cannot be logged."""
    return journal_day(request.GET.get("date", ""), today) or today


def refuse_writes(request):
    """For detail pages, called after the owner's lookup so another runner's POST is a 404, not a 405."""
    if request.method not in READ_METHODS:
        return HttpResponseNotAllowed(READ_METHODS)
    return None


def confirm_delete(request, entry, noun, detail_url_name):
    """GET asks, POST deletes. Called with an entry already fetched through the runner's own queryset."""
    description = f"The {noun} of {day_words(entry.date)}"
    if request.method == "POST":
        entry.delete()
        messages.success(request, f"{description} deleted.")
        return redirect("history")
    if request.method not in READ_METHODS:
        return HttpResponseNotAllowed([*READ_METHODS, "POST"])
    context = {
        "entry": entry,
        "noun": noun,
        "description": description,
        "cancel_url": reverse(detail_url_name, args=[entry.pk]),
    }
    return render(request, "tracker/confirm_delete.html", context)
