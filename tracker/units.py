"""Distances and climbs are stored in metres and shown in the runner's units; these are the only conversions.
A runner in kilometres reads climbs in metres; a runner in miles reads them in feet."""

from decimal import ROUND_HALF_UP, Decimal

from tracker.limits import MAX_ELEVATION_M

METRES_PER_UNIT = {"km": Decimal(1000), "mi": Decimal("1609.344")}
UNIT_LABELS = {"km": "km", "mi": "mi"}
METRES_PER_FOOT = Decimal("0.3048")
METRES_PER_CLIMB_UNIT = {"km": Decimal(1), "mi": METRES_PER_FOOT}
CLIMB_LABELS = {"km": "m", "mi": "ft"}
TENTH = Decimal("0.1")


def unit_label(units):
    return UNIT_LABELS.get(units, "km")


def metres_per_unit(units):
    return METRES_PER_UNIT.get(units, METRES_PER_UNIT["km"])


def to_metres(value, units):
    """A distance typed in the runner's units, as whole metres (20 mi -> 32187)."""
    metres = Decimal(value) * metres_per_unit(units)
    return int(metres.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_metres(metres, units, places=2):
    """Whole metres as a Decimal in the runner's units, rounded for display or a form's initial value."""
    value = Decimal(metres) / metres_per_unit(units)
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def climb_label(units):
    return CLIMB_LABELS.get(units, "m")


def climb_to_metres(value, units):
    """A climb typed in the runner's climb unit, as metres to a tenth (1000 ft -> 304.8)."""
    metres = Decimal(value) * METRES_PER_CLIMB_UNIT.get(units, Decimal(1))
    return metres.quantize(TENTH, rounding=ROUND_HALF_UP)


def largest_climb(units):
    """The most a run may climb, in whole units of the runner's climb unit (20,000 m, or 65,616 ft)."""
    return int(MAX_ELEVATION_M / METRES_PER_CLIMB_UNIT.get(units, Decimal(1)))


def climb_from_metres(metres, units):
    """Metres as a whole number of the runner's climb unit (304.8 -> 1000 ft, or 305 m)."""
    value = Decimal(metres) / METRES_PER_CLIMB_UNIT.get(units, Decimal(1))
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_duration(seconds):
    """Seconds as h:mm:ss (9045 -> "2:30:45"), the form runners type a time in and read it back."""
    hours, rest = divmod(int(seconds), 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def seconds_per_unit(distance_m, duration_s, units):
    """Pace: seconds per km or per mile, or None when either figure is missing."""
    if not distance_m or not duration_s:
        return None
    return duration_s * metres_per_unit(units) / Decimal(distance_m)
