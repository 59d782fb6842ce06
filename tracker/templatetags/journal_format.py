"""Formatting only: distances in the runner's units, pace, durations and pain colours."""

from django import template

from tracker.units import from_metres, seconds_per_unit, unit_label

register = template.Library()


@register.filter
def distance(metres, units):
    """32187|distance:"mi" -> "20.0 mi"."""
    if metres is None or metres == "":
        return ""
    return f"{from_metres(metres, units, places=1)} {unit_label(units)}"


@register.filter
def units_name(units):
    return unit_label(units)


@register.filter
def duration(seconds):
    """9900 -> "2:45:00"."""
    if not seconds:
        return ""
    hours, rest = divmod(int(seconds), 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


@register.filter
def pace(run, units):
    """A run's pace as "8:03 /mi" or "5:00 /km"; empty without a duration."""
    per_unit = seconds_per_unit(run.distance_m, run.duration_s, units)
    if per_unit is None:
        return ""
    minutes, seconds = divmod(int(round(per_unit)), 60)
    return f"{minutes}:{seconds:02d} /{unit_label(units)}"


@register.filter
def pain_colour(pain):
    """Bootstrap classes for a pain score; pages always show the number too, never the colour alone."""
    if pain is None:
        return ""
    if pain <= 2:
        return "text-bg-success"
    if pain <= 5:
        return "text-bg-warning"
    return "text-bg-danger"
