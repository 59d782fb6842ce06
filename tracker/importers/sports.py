"""Which activities are runs. Files name their sport in many ways: FIT enums ("running", "trail"), GPX
<type> text ("running", Strava's "9"), TCX Sport attributes ("Running"), Strava's CSV ("Trail Run")."""

import re
from dataclasses import dataclass

RUN = "run"
WALK = "walk"
OTHER = "other"

# Strava writes numbers in the <type> of its GPX exports; these are the ones it is known to use.
STRAVA_GPX_CODES = {"1": "ride", "4": "hike", "9": "run", "10": "walk"}

_OTHER_LABELS = [
    (("ride", "cycl", "bik"), "ride"),
    (("swim",), "swim"),
    (("ski",), "ski"),
    (("row",), "row"),
    (("skat",), "skate"),
    (("paddl", "kayak", "canoe", "surf"), "paddle"),
]


@dataclass(frozen=True)
class Sport:
    kind: str  # RUN, WALK or OTHER
    label: str  # what the runner reads: "run", "trail run", "walk", "hike", "ride"
    # The surface the file names ("trail" for a trail run, "road" for FIT's street running); None when it
    # names none, and terrain.surface_of judges it from the climb.
    surface: str | None = None


def _words(raw):
    return re.sub(r"[\s_\-]+", " ", str(raw or "")).strip().lower()


def classify(sport, sub_sport=None, *, unknown_is_run=True):
    """The kind of activity. A file that does not say, or says something we do not know, counts as a run
    when `unknown_is_run` (the runner chose to upload it); Strava's CSV names every type, so it passes False.
    """
    words = STRAVA_GPX_CODES.get(_words(sport), _words(sport))
    sub = _words(sub_sport)
    if "treadmill" in (words, sub) or (sub in {"indoor running", "virtual activity"} and "run" in words):
        return Sport(RUN, "treadmill run", "treadmill")
    if "run" in words or "jog" in words:
        if "trail" in words or sub == "trail":
            return Sport(RUN, "trail run", "trail")
        if "virtual" in words:
            return Sport(RUN, "treadmill run", "treadmill")
        if sub == "track":
            return Sport(RUN, "track run", "track")
        return Sport(RUN, "run", _road_if_said(words, sub))
    if "hik" in words:
        return Sport(WALK, "hike", "trail")
    if "walk" in words:
        return Sport(WALK, "walk", _road_if_said(words, sub))
    for stems, label in _OTHER_LABELS:
        if any(stem in words for stem in stems):
            return Sport(OTHER, label)
    if unknown_is_run and words not in _KNOWN_NON_RUNS:
        return Sport(RUN, "run")
    return Sport(OTHER, words or "unknown")


def _road_if_said(words, sub):
    """Road when the file says so (FIT's sub-sport "street", a GPX <type> of "road_running"), else None:
    "running" alone says nothing of the ground, since most apps write it for every run."""
    return "road" if "road" in words or sub in {"street", "road"} else None


# FIT sports that are plainly not runs, though no stem above names them.
_KNOWN_NON_RUNS = {
    "training",
    "fitness equipment",
    "transition",
    "mountaineering",
    "multisport",
    "tennis",
    "golf",
    "yoga",
    "workout",
    "weight training",
    "rock climbing",
    "boxing",
    "soccer",
    "basketball",
    "snowboarding",
    "sailing",
    "driving",
    "motorcycling",
}
