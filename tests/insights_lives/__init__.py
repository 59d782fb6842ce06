"""Synthetic runners' journals whose truth is known: the measuring instrument for the slack-off method.

Each class of life is a function `(seed, **options) -> Journal`: the daily series as the app builds it (from
the first entry to today, empty days after the runner stopped logging, pain as whole numbers 0-10 with gaps),
the runner's weekly target and lapse setting, and the truth: "pattern" when going without core work really
brings the pain back, "none" when it does not, "either" when no verdict is owed. The classes come from an
outside audit of where the first version of the method fails; each is meant as a faithful version of the
runner it describes, not an easy one. `python -m tests.bench.insights_lives` prints the rates.
"""

from collections.abc import Callable
from dataclasses import dataclass

from tests.insights_lives.app_level import old_journal, stray_1900
from tests.insights_lives.building import Journal
from tests.insights_lives.confounded import healing, mileage_soreness, pain_caused, seasonal
from tests.insights_lives.null import ended_early, ended_yesterday, independent
from tests.insights_lives.planted import (
    long_lapses,
    low_target,
    low_target_default_setting,
    planted,
    short_journal,
    sparse_logger,
    too_short,
)


@dataclass(frozen=True)
class Life:
    name: str
    make: Callable[..., Journal]
    sound: str  # what a sound method says, in a few words
    journals_scale: int = 1  # journals measured, as a multiple of the harness's count
    app_level: bool = False  # measured for series length and cost, not rates


LIVES = (
    Life("planted", planted, "pattern"),
    Life("long_lapses", long_lapses, "pattern"),
    Life("sparse_logger", sparse_logger, "pattern"),
    Life("low_target", low_target, "pattern"),
    Life("low_target_default_setting", low_target_default_setting, "pattern; read the message"),
    Life("seasonal", seasonal, "no pattern"),
    Life("healing", healing, "no pattern"),
    Life("mileage_soreness", mileage_soreness, "no pattern"),
    Life("pain_caused", pain_caused, "no pattern; pain may stop it"),
    Life("ended_early", ended_early, "no pattern"),
    Life("ended_yesterday", ended_yesterday, "no pattern"),
    Life("independent", independent, "no pattern; p<0.05 in 5%", journals_scale=2),
    Life("short_journal", short_journal, "either; read the message"),
    Life("too_short", too_short, "not_enough_data"),
    Life("stray_1900", stray_1900, "cost", app_level=True),
    Life("old_journal", old_journal, "cost", app_level=True),
)
LIVES_BY_NAME = {life.name: life for life in LIVES}

__all__ = [
    "LIVES",
    "LIVES_BY_NAME",
    "Journal",
    "Life",
    "ended_early",
    "ended_yesterday",
    "healing",
    "independent",
    "long_lapses",
    "low_target",
    "low_target_default_setting",
    "mileage_soreness",
    "old_journal",
    "pain_caused",
    "planted",
    "seasonal",
    "short_journal",
    "sparse_logger",
    "stray_1900",
    "too_short",
]
