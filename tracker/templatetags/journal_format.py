"""Formatting only: distances and climbs in the runner's units, pace, durations and pain colours."""

from django import template

from routines.templatetags.library_format import describe_dose
from tracker.dates import day_with_weekday, day_words, month_words
from tracker.units import (
    climb_from_metres,
    climb_label,
    format_duration,
    from_metres,
    seconds_per_unit,
    unit_label,
)

register = template.Library()


@register.filter
def distance(metres, units):
    """32187|distance:"mi" -> "20.0 mi"."""
    if metres is None or metres == "":
        return ""
    return f"{from_metres(metres, units, places=1)} {unit_label(units)}"


@register.filter
def climb(metres, units):
    """An ascent or descent in metres, in the runner's climb unit: 304.8|climb:"mi" -> "1,000 ft"."""
    if metres is None or metres == "":
        return ""
    return f"{climb_from_metres(metres, units):,} {climb_label(units)}"


@register.filter
def day(value, style=""):
    """{{ date|day }} -> "1 Dec 2026"; {{ date|day:"weekday" }} -> "Tue 1 Dec 2026"; {{ date|day:"month" }} ->
    "Dec 2026". The one date format of every page."""
    if not value:
        return ""
    if style == "weekday":
        return day_with_weekday(value)
    if style == "month":
        return month_words(value)
    return day_words(value)


@register.filter
def duration(seconds):
    """9900 -> "2:45:00"."""
    return format_duration(seconds) if seconds else ""


@register.filter
def pace(run, units):
    """A run's pace as "8:03 /mi" or "5:00 /km"; empty without a duration."""
    per_unit = seconds_per_unit(run.distance_m, run.duration_s, units)
    if per_unit is None:
        return ""
    minutes, seconds = divmod(int(round(per_unit)), 60)
    return f"{minutes}:{seconds:02d} /{unit_label(units)}"


@register.filter
def entry_dose(entry):
    """A logged exercise in words, as the library words a dose: "3 sets of 10 reps, 20 kg"."""
    dose = describe_dose(entry.sets, entry.reps, entry.hold_seconds)
    if entry.weight_kg is not None:
        dose = f"{dose}, {entry.weight_kg.normalize():f} kg"
    return dose


@register.filter
def pain_band(pain):
    """ "low" (0-2), "mid" (3-5) or "high" (6-10): one banding for every colour a pain score gets."""
    if pain is None or pain == "":
        return ""
    pain = int(pain)
    return "low" if pain <= 2 else "mid" if pain <= 5 else "high"


@register.filter
def pain_colour(pain):
    """Bootstrap classes for a pain score; pages always show the number too, never the colour alone."""
    return PAIN_BAND_CLASSES.get(pain_band(pain), "")


PAIN_BAND_CLASSES = {"low": "text-bg-success", "mid": "text-bg-warning", "high": "text-bg-danger"}


ENTRY_NOUNS = {"workout": "workout", "checkin": "check-in", "run": "run"}


@register.filter
def entry_noun(kind):
    """ "checkin" -> "check-in": the word a runner reads for each kind of history entry."""
    return ENTRY_NOUNS.get(kind, kind)
