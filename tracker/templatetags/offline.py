"""What a page carries so that its scripts can keep it, and what is logged on it, on the phone without a
signal (tracker/offline.py says what is kept; static/js/offline*.js do the keeping). Nothing here is needed
by the page itself: without JavaScript the attributes are inert."""

from django import template
from django.utils.html import format_html_join, json_script

from tracker.journal import runner_profile
from tracker.offline import offline_config, owner_key
from tracker.units import METRES_PER_CLIMB_UNIT, metres_per_unit

register = template.Library()


def _runner(context):
    request = context.get("request")
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


@register.simple_tag(takes_context=True)
def offline_owner(context):
    """The runner's owner key, or "" for a visitor (whose page then clears whatever a runner left behind)."""
    runner = _runner(context)
    return owner_key(runner) if runner else ""


@register.simple_tag(takes_context=True)
def offline_config_script(context):
    runner = _runner(context)
    return json_script(offline_config(runner), "offline-config") if runner else ""


@register.simple_tag(takes_context=True)
def offline_form(context, kind, profile=None, **data):
    """Attributes marking a log form that may be kept on the phone when it cannot be sent: its kind, and the
    runner's today and time zone (a page kept since yesterday must not date today's entry yesterday). A run
    adds the factors from the runner's units to the API's kilometres and metres."""
    profile = profile or runner_profile(context["request"].user)
    attributes = {"offline": kind, "today": profile.today().isoformat(), "time-zone": profile.time_zone}
    if kind == "run":
        attributes["km-per-unit"] = str(metres_per_unit(profile.units) / 1000)
        attributes["metres-per-climb-unit"] = str(METRES_PER_CLIMB_UNIT.get(profile.units, 1))
    attributes.update((name.replace("_", "-"), value) for name, value in data.items())
    return format_html_join(" ", 'data-{}="{}"', attributes.items())


@register.simple_tag
def offline_slugs(exercises, routines):
    """The workout form names exercises and routines by id; the API by slug."""
    slugs = {
        "exercises": {str(exercise.pk): exercise.slug for exercise in exercises},
        "routines": {str(routine.pk): routine.slug for routine in routines},
    }
    return json_script(slugs, "offline-slugs")
