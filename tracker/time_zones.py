"""The time zones a runner can choose: the tz database's own names for places (Europe/London, America/Denver)
and UTC, without its old aliases (GB-Eire, W-SU, US/Pacific, Asia/Calcutta), which the database keeps only so
that old settings go on working. No Django here.

The places are those zone.tab lists for each country, and the aliases come from the links in tzdata.zi; both
files sit beside the zones zoneinfo reads, in the system's folders or in the tzdata package.
"""

import functools
import zoneinfo
from collections import defaultdict
from importlib import resources
from pathlib import Path

UTC = "UTC"
# The tz database's areas: a canonical name is Area/Place (or Area/Region/Place).
AREAS = (
    "Africa",
    "America",
    "Antarctica",
    "Arctic",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
)
# Zones that keep UTC's clock all year, so a runner who chose one keeps the same days with UTC itself.
SAME_AS_UTC = {"Etc/UTC", "Etc/GMT"}


def _tz_table(name):
    """The text of one of the tz database's tables, from where zoneinfo finds the zones; "" when missing."""
    for folder in zoneinfo.TZPATH:
        path = Path(folder) / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    try:
        return resources.files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return ""


@functools.cache
def canonical_zones():
    """UTC, then the canonical names of places this machine knows, sorted."""
    known = zoneinfo.available_timezones()
    rows = (line.split("\t") for line in _tz_table("zone.tab").splitlines() if not line.startswith("#"))
    places = {row[2] for row in rows if len(row) > 2}
    if not places:
        # Without the table, the names under an area: that leaves out all but a few dozen aliases.
        places = {name for name in known if name.partition("/")[0] in AREAS}
    return (UTC, *sorted(places & known))


@functools.cache
def aliases():
    """{alias: canonical name} for each old name whose zone is offered under another (GB-Eire: Europe/London,
    Asia/Calcutta: Asia/Kolkata, Zulu: UTC)."""
    links = {}
    for line in _tz_table("tzdata.zi").splitlines():
        if line.startswith("L "):
            _, target, alias = line.split()
            links[alias] = target
    offered = set(canonical_zones())
    found = {name: UTC for name in SAME_AS_UTC}
    for alias, target in links.items():
        for _ in range(len(links)):  # a link to a link, in case a table ever holds one
            if target not in links:
                break
            target = links[target]
        target = UTC if target in SAME_AS_UTC else target
        if alias not in offered and target in offered:
            found[alias] = target
    return found


def canonical_name(name):
    """The name to offer for a zone: itself when canonical, its canonical zone when an alias, else None."""
    if name in canonical_zones():
        return name
    return aliases().get(name)


def place_label(name):
    """ "America/Argentina/Buenos_Aires" -> "Buenos Aires (Argentina)": the place first, as people type it."""
    *regions, place = name.split("/")[1:]
    label = place.replace("_", " ")
    return f"{label} ({', '.join(region.replace('_', ' ') for region in regions)})" if regions else label


@functools.cache
def grouped_choices():
    """Choices for a select: UTC first, then one group per area in alphabetical order, its places by name."""
    groups = defaultdict(list)
    for name in canonical_zones():
        if name != UTC:
            groups[name.partition("/")[0]].append((name, place_label(name)))
    areas = [(area, sorted(places, key=lambda choice: choice[1])) for area, places in sorted(groups.items())]
    return [(UTC, UTC), *areas]
