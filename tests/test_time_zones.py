"""The time zones offered at sign-up and in the profile: canonical names only, grouped and sorted, with old
aliases understood but never offered."""

import pytest

from tracker.time_zones import aliases, canonical_name, grouped_choices, place_label


def offered():
    return [name for group, places in grouped_choices()[1:] for name, _ in places]


@pytest.mark.parametrize(
    "alias", ["GB-Eire", "W-SU", "Zulu", "US/Pacific", "Etc/GMT+5", "Asia/Calcutta", "Europe/Kiev", "EST5EDT"]
)
def test_no_alias_is_offered(alias):
    assert alias not in offered()


@pytest.mark.parametrize(
    "name",
    [
        "Europe/London",
        "America/New_York",
        "America/Denver",
        "Asia/Kolkata",
        "Europe/Kyiv",
        "Pacific/Auckland",
    ],
)
def test_the_canonical_names_of_places_are_offered(name):
    assert name in offered()


def test_utc_comes_first_then_the_areas_in_alphabetical_order():
    choices = grouped_choices()
    areas = [area for area, _ in choices[1:]]
    assert choices[0] == ("UTC", "UTC") and areas == sorted(areas)
    assert {"Africa", "America", "Asia", "Europe", "Pacific"} <= set(areas)


def test_each_areas_places_are_sorted_by_name():
    unsorted = [
        area
        for area, places in grouped_choices()[1:]
        if [label for _, label in places] != sorted(label for _, label in places)
    ]
    assert unsorted == []


def test_a_place_reads_place_first():
    assert (place_label("America/Argentina/Buenos_Aires"), place_label("Europe/London")) == (
        "Buenos Aires (Argentina)",
        "London",
    )


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [("GB-Eire", "Europe/London"), ("W-SU", "Europe/Moscow"), ("Zulu", "UTC"),
     ("US/Pacific", "America/Los_Angeles"), ("Asia/Calcutta", "Asia/Kolkata"), ("Etc/UTC", "UTC")],
)  # fmt: skip
def test_an_alias_has_the_canonical_name_of_its_zone(alias, canonical):
    assert canonical_name(alias) == canonical


def test_an_alias_of_a_fixed_offset_has_no_place_to_go():
    assert canonical_name("Etc/GMT+5") is None and "Etc/GMT+5" not in aliases()
