"""The insights page, GET /api/insights/, and the live lapse warning for the home page."""

from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.html import json_script
from django.views.decorators.http import require_GET

from tracker.forms.shares import PeriodForm
from tracker.insights import as_json
from tracker.insights.charts import CHART_NAMES, chart_data, for_script, in_units
from tracker.insights.lapse_warning import live_warning
from tracker.insights.words import descent_words, p_explained, ratio_words
from tracker.insights_cache import cached
from tracker.journal import runner_profile
from tracker.series import insights_for, insights_with_key

RECENT_SPIKE_DAYS = 30


@require_GET
def insights_page(request):
    journal, insights, key = insights_with_key(request.user)
    load = running_load(journal, insights)
    context = {
        "journal": journal,
        "insights": insights,
        "slack": insights.slack_off,
        "slack_p": p_explained(insights.slack_off.p_value),
        "load": load,
        "lapse_warning": live_warning(insights),
    }
    if not journal.is_empty:
        context["charts_html"], context["charts_script"] = cached(
            f"{key}:charts-drawn", lambda: _charts_drawn(journal, insights, load)
        )
    return render(request, "tracker/insights.html", context)


def _charts_drawn(journal, insights, load):
    """The charts' section and the points their script draws, rendered once per version of the journal: for
    ten years it is most of the page's work."""
    # Not kept on its own: only a table's own page reads the charts without the section.
    charts = chart_data(journal.series, insights, journal.units, journal.set_aside)
    context = {"charts": charts, "insights": insights, "load": load}
    return (
        render_to_string("tracker/_insights_charts.html", context),
        json_script(for_script(charts), "insights-data"),
    )


@require_GET
def insights_table(request, chart, key):
    """Every row of one chart's table for one date range (`key`): the page shows only the newest."""
    journal, insights, cache_key = insights_with_key(request.user)
    charts = _charts(journal, insights, cache_key)
    view = charts.get(chart) if chart in CHART_NAMES else None
    found = [item for item in (view or {}).get("ranges", ()) if item["key"] == key]
    if not found:
        raise Http404("No such table")
    context = {"journal": journal, "range": found[0], "caption": TABLE_CAPTIONS[chart], "name": chart}
    return render(request, "tracker/insights_table.html", context)


TABLE_CAPTIONS = {
    "timeline": "Core sessions, mean pain and distance",
    "scatter": "Core sessions in the fortnight before each date and the pain that followed",
    "lapses": "Pain before and during each lapse",
    "distance": "Distance and spikes",
}


def _charts(journal, insights, key):
    return cached(
        f"{key}:charts", lambda: chart_data(journal.series, insights, journal.units, journal.set_aside)
    )


def running_load(journal, insights):
    """The mileage card's words and numbers, in the runner's own units."""
    units, load, descent = journal.units, insights.load, insights.descent
    today = journal.series.end
    return {
        "unit": units,
        "has_runs": bool(journal.series.km.any()),
        "enough_running": load.enough_running,
        "first_run": load.first_run,
        "ratio_words": ratio_words(load),
        "descent_words": descent_words(descent, journal.units),
        "descent_p": None if descent.p_value is None else p_explained(descent.p_value),
        "recent_spikes": [
            {
                "date": spike.date,
                "distance": in_units(spike.km, units),
                "previous_longest": in_units(spike.previous_longest_km, units),
                "increase_pct": round(spike.increase_pct),
            }
            for spike in insights.spikes
            if (today - spike.date).days < RECENT_SPIKE_DAYS
        ],
        "spike_count": len(insights.spikes),
        "two_week_warning": load.two_week_warning,
        "last_two_weeks": in_units(load.last_two_weeks_km or 0, units),
        "previous_two_weeks": in_units(load.previous_two_weeks_km or 0, units),
        "two_week_increase_pct": None
        if load.two_week_increase_pct is None
        else round(load.two_week_increase_pct),
        "ratio": None if load.acute_chronic_ratio is None else round(load.acute_chronic_ratio, 2),
    }


@require_GET
def insights_api(request):
    """The whole journal, or with ?start=YYYY-MM-DD&end=YYYY-MM-DD (either optional) one period of it, as a
    shared report shows it."""
    period = None
    if "start" in request.GET or "end" in request.GET:
        form = PeriodForm(request.GET, today=runner_profile(request.user).today())
        if not form.is_valid():
            return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
        period = form.period
    _journal, insights = insights_for(request.user, period=period)
    return JsonResponse(as_json(insights), json_dumps_params={"allow_nan": False})


def lapse_warning_for(user, profile, today, last_core_date):
    """The home page's live warning, or None.

    The home page already knows the runner's last core session, so most runners cost nothing here; only a
    runner inside a lapse has the whole journal read and analysed (five queries, about 20 ms for three years).
    """
    if last_core_date is None or (today - last_core_date).days < profile.lapse_days:
        return None
    _journal, insights = insights_for(user, profile=profile, today=today)
    return live_warning(insights)
