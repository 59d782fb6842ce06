"""Exercises the runner marked as irritating their back, with the library's gentler alternatives."""

from dataclasses import dataclass

MIN_TIMES = 2


@dataclass(frozen=True)
class Alternative:
    slug: str
    name: str


@dataclass(frozen=True)
class ExerciseIrritation:
    slug: str
    name: str
    times: int
    alternatives: tuple[Alternative, ...] = ()


def irritating_exercises(irritations):
    """Those marked "irritated my back" at least twice, most often first (then by name)."""
    chosen = [item for item in irritations if item.times >= MIN_TIMES]
    return tuple(sorted(chosen, key=lambda item: (-item.times, item.name)))
