"""Road or trail, for a run whose file does not say: judged from how much it climbs per kilometre.

The line is 25 m of ascent per km. Road running stays below it even where it is famously hilly: the Big Sur
marathon climbs about 16 m per km (665 m over 42.2 km), and the flattest real run in the tests (a Fenix 2
watch, 9.0 km) 7. Trail and mountain running sits well above it: Western States, a classic trail hundred,
climbs about 34 m per km (5,500 m over 161 km), and the real GPX tracks from Slovenian hills 47 (Korita to
Zbevnica, 704 m over 14.9 km) and 165 (Mojstrovka, 446 m over 2.7 km). A run in between is called road, the
journal's default, and the runner can change it.

Under 2 km the climb per km says little: a few metres of elevation error on a short jog make tens of metres
per km (the real 158 m Fenix 5 run climbs 2 m, 13 m per km; one 5 m step in a barometer's reading on a
200 m stride session would be 25), so a run that short is road unless its file says otherwise. The
shortest real mountain track, Mojstrovka, is longer than that.

A reader may give the part of the run whose climb it trusts (Activity.climb_sample: GPX leaves out short
segments, where a GPS has just found its fix); it is judged on that part when it is 2 km or more.
"""

from tracker.importers.sports import Sport

ROAD, TRAIL = "road", "trail"
TRAIL_CLIMB_M_PER_KM = 25
TRAIL_MIN_DISTANCE_M = 2000


def surface_of(sport: Sport, activity):
    """The surface the file names, else trail for a run that climbs like one, else road."""
    if sport.surface:
        return sport.surface
    distance, ascent = activity.climb_sample or (0.0, 0.0)
    if distance < TRAIL_MIN_DISTANCE_M:
        distance, ascent = activity.distance_m, activity.ascent_m
    return TRAIL if climbs_like_a_trail(distance, ascent) else ROAD


def climbs_like_a_trail(distance_m, ascent_m):
    return distance_m >= TRAIL_MIN_DISTANCE_M and ascent_m * 1000 >= TRAIL_CLIMB_M_PER_KM * distance_m
