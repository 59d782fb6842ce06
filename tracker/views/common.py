"""Small pieces every journal view shares."""

from django.contrib import messages
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render

READ_METHODS = ("GET", "HEAD")


def refuse_writes(request):
    """For detail pages, called after the owner's lookup so another runner's POST is a 404, not a 405."""
    if request.method not in READ_METHODS:
        return HttpResponseNotAllowed(READ_METHODS)
    return None


def confirm_delete(request, entry, description, cancel_url):
    """GET asks, POST deletes. Called with an entry already fetched through the runner's own queryset."""
    if request.method == "POST":
        entry.delete()
        messages.success(request, f"{description} deleted.")
        return redirect("history")
    if request.method not in READ_METHODS:
        return HttpResponseNotAllowed([*READ_METHODS, "POST"])
    context = {"entry": entry, "description": description, "cancel_url": cancel_url}
    return render(request, "tracker/confirm_delete.html", context)
