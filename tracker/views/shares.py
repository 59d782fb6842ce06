"""Share links: the runner's page to create, list and revoke them, and the report a link opens without a
login.

Every answer on a share URL, a 404 or a 429 included, says no-store, no-referrer and noindex, and carries
no script: the token in the address must not travel anywhere else. An unknown, expired or revoked token gets
the same 404 page from the same code path.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_GET

from tracker.compression import not_compressed
from tracker.dates import day_words
from tracker.forms.shares import ShareForm
from tracker.insights.outcomes import PSFS_MEAN_CHANGE
from tracker.insights.verdict import MEANINGFUL_POINTS
from tracker.journal import runner_profile
from tracker.models import ShareLink
from tracker.share_report import build_report
from tracker.share_report_pdf import report_pdf
from tracker.share_report_rows import tables
from tracker.share_report_text import caveat, insight_lines, title_lines
from tracker.shares import create_share, open_share, revoke, too_many_misses
from tracker.svg_charts import line_chart
from tracker.views.common import own_entry, wants_json

NEW_LINK_SESSION_KEY = "new_share_link"


@not_compressed  # shows a new link, its token included, once (the JSON answer holds it too)
def shares(request):
    today = runner_profile(request.user).today()
    form = ShareForm(request.POST if request.method == "POST" else None, today=today)
    if request.method == "POST":
        if not form.is_valid():
            if wants_json(request):
                return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
            return render(request, "tracker/shares.html", _page(request, form), status=400)
        share, token = create_share(
            request.user, *form.period, form.cleaned_data["days"], form.cleaned_data["include_notes"]
        )
        url = request.build_absolute_uri(reverse("shared_report", args=[token]))
        if wants_json(request):
            return JsonResponse(
                {"id": share.pk, "url": url, "expires": share.expires_at.isoformat()}, status=201
            )
        request.session[NEW_LINK_SESSION_KEY] = {"id": share.pk, "url": url}
        return redirect("shares")
    return render(request, "tracker/shares.html", _page(request, form))


def _page(request, form):
    links = list(ShareLink.objects.for_user(request.user))
    return {
        "form": form,
        # Shown once: the token is not stored anywhere it could be read again.
        "new_link": request.session.pop(NEW_LINK_SESSION_KEY, None) if request.method == "GET" else None,
        "live_links": [link for link in links if link.is_live],
        "ended_links": [link for link in links if not link.is_live][:10],
    }


def revoke_share(request, pk):
    # The owner's lookup comes first, so another runner's GET or POST is a 404, never a 405.
    share = own_entry(request, ShareLink.objects, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    revoke(share)
    if wants_json(request):
        return JsonResponse({"id": share.pk, "revoked": True})
    messages.success(
        request, f"The link made on {day_words(share.created_at.date())} no longer opens anything."
    )
    return redirect("shares")


def _private(response):
    add_never_cache_headers(response)
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _share_or_refusal(request, token):
    """(share, None) for a live link, else (None, the 404 or 429 to answer)."""
    if too_many_misses(request):
        return None, _private(render(request, "tracker/report_refused.html", {"too_many": True}, status=429))
    share = open_share(request, token)
    if share is None:
        return None, _private(render(request, "tracker/report_refused.html", {"too_many": False}, status=404))
    return share, None


@not_compressed  # the token is the address; nothing of it may be measured
@login_not_required
@require_GET
def shared_report(request, token):
    share, refusal = _share_or_refusal(request, token)
    if refusal:
        return refusal
    report = build_report(share)
    context = {
        "report": report,
        "title": title_lines(report),
        "insights": insight_lines(report),
        "caveat": caveat(),
        "tables": tables(report),
        "charts": report_charts(report),
    }
    return _private(render(request, "tracker/report.html", context))


def report_charts(report):
    pain, psfs = report.pain_weeks, report.psfs_points
    charts = {"pain": None, "psfs": None}
    if pain:
        first = pain[0].average
        charts["pain"] = line_chart(
            [
                ("line-worst", [week.worst for week in pain]),
                ("line-average", [week.average for week in pain]),
            ],
            span=(pain[0].week, pain[-1].week),
            band=(first - MEANINGFUL_POINTS, first + MEANINGFUL_POINTS),
        )
    if psfs:
        first = psfs[0][1]
        charts["psfs"] = line_chart(
            [("line-psfs", [mean for _day, mean in psfs])],
            span=(psfs[0][0], psfs[-1][0]),
            band=(first - PSFS_MEAN_CHANGE, first + PSFS_MEAN_CHANGE),
        )
    return charts


@not_compressed
@login_not_required
@require_GET
def shared_report_pdf(request, token):
    share, refusal = _share_or_refusal(request, token)
    if refusal:
        return refusal
    report = build_report(share)
    response = HttpResponse(report_pdf(report), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="backtrack-report-{report.end.isoformat()}.pdf"'
    return _private(response)
