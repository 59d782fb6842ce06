"""How the slack-off method does on synthetic lives whose truth is known:
`python -m tests.bench.insights_lives`.

For each class of life in tests.insights_lives, N journals (seeds K .. K+N-1) go through
`tracker.insights.analyse(series, weekly_target=..., lapse_days=...)`, and one line gives the share of
verdicts "pattern", "no_pattern" and "not_enough_data", of p < 0.05, and of "pain may be what stops the
exercise", with the engine's median and 95th-percentile time. The `independent` class (the plain null) gets
twice the journals and its p-value calibration: the rate of p < 0.05 with a 95% interval, and of p < 0.01.
For the classes judged on their message, the commonest summary openings are shown. The app-level journals (a
stray row dated 1900, a journal from 1990) are timed on their whole series instead.

The results are read with getattr and defaults, so a method whose fields are renamed or dropped still runs
here (a missing field counts as absent), and a journal the engine fails on is counted, not fatal.

    python -m tests.bench.insights_lives [--journals N] [--classes a,b] [--seed-offset K]
"""

import argparse
import math
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass

import numpy as np

from tests.insights_lives import LIVES, LIVES_BY_NAME
from tracker.insights import analyse

PAIN_STOPS_WORDS = "pain may be what stops the exercise"
MESSAGE_CLASSES = ("low_target_default_setting", "short_journal")
CALIBRATION_CLASS = "independent"
APP_LEVEL_JOURNALS = 3
OPENING_CHARACTERS = 100
VERDICTS = ("pattern", "no_pattern", "not_enough_data")


@dataclass(frozen=True)
class Reading:
    """What one journal's analysis said, in the few fields the rates need."""

    verdict: str | None
    p_value: float | None
    pain_stops: bool
    summary: str
    ms: float


def read(insights, ms):
    slack = getattr(insights, "slack_off", None) or insights
    summary = str(getattr(slack, "summary", "") or "")
    pain_stops = getattr(slack, "pain_stops_exercise", None)
    if pain_stops is None:
        headline = str(getattr(slack, "headline", "") or "")
        pain_stops = PAIN_STOPS_WORDS in f"{headline} {summary}".lower()
    p_value = getattr(slack, "p_value", None)
    p_value = float(p_value) if p_value is not None and math.isfinite(float(p_value)) else None
    return Reading(getattr(slack, "verdict", None), p_value, bool(pain_stops), summary, ms)


def measure(journal):
    """(reading, None) or (None, the error) for one journal."""
    started = time.perf_counter()
    try:
        insights = analyse(journal.series, weekly_target=journal.weekly_target, lapse_days=journal.lapse_days)
    except Exception as error:  # a method being rewritten may fail on some lives: count it, go on
        return None, f"{type(error).__name__}: {error}"
    return read(insights, (time.perf_counter() - started) * 1000), None


def percent(count, total):
    return 100 * count / total if total else float("nan")


def wilson_interval(successes, trials, z=1.96):
    """The 95% Wilson score interval for a binomial rate, as fractions."""
    if not trials:
        return float("nan"), float("nan")
    rate = successes / trials
    centre = (rate + z * z / (2 * trials)) / (1 + z * z / trials)
    half = z * math.sqrt(rate * (1 - rate) / trials + z * z / (4 * trials * trials)) / (1 + z * z / trials)
    return max(0.0, centre - half), min(1.0, centre + half)


def opening(summary):
    """The first characters of a summary with its numbers masked, so the same message with other numbers
    counts once."""
    return re.sub(r"\d+(?:\.\d+)?", "#", summary[:OPENING_CHARACTERS])


HEADER = (
    f"{'class':<27} {'truth':<8} {'N':>4} {'pattern':>8} {'no_pat':>7} {'not_enough':>10} {'p<.05':>6} "
    f"{'pain_stops':>10} {'ms_med':>7} {'ms_p95':>7}  sound method"
)


def class_line(name, truth, readings, sound):
    total = len(readings)
    verdicts = Counter(reading.verdict for reading in readings)
    significant = sum(1 for reading in readings if reading.p_value is not None and reading.p_value < 0.05)
    stops = sum(1 for reading in readings if reading.pain_stops)
    times = [reading.ms for reading in readings] or [float("nan")]
    return (
        f"{name:<27} {truth:<8} {total:>4} {percent(verdicts['pattern'], total):>7.1f}% "
        f"{percent(verdicts['no_pattern'], total):>6.1f}% "
        f"{percent(verdicts['not_enough_data'], total):>9.1f}% "
        f"{percent(significant, total):>5.1f}% {percent(stops, total):>9.1f}% "
        f"{np.median(times):>7.1f} {np.percentile(times, 95):>7.1f}  {sound}"
    )


def calibration_line(readings):
    with_p = [reading.p_value for reading in readings if reading.p_value is not None]
    below_05 = sum(1 for p_value in with_p if p_value < 0.05)
    below_01 = sum(1 for p_value in with_p if p_value < 0.01)
    low, high = wilson_interval(below_05, len(with_p))
    return (
        f"    calibration: p < 0.05 in {below_05}/{len(with_p)} journals with a p-value = "
        f"{percent(below_05, len(with_p)):.1f}% (95% CI {100 * low:.1f}-{100 * high:.1f}%); "
        f"p < 0.01 in {below_01} = {percent(below_01, len(with_p)):.1f}%"
    )


def message_lines(readings, shown=2):
    openings = Counter(opening(reading.summary) for reading in readings)
    return [
        f"    summary {rank} ({count}/{len(readings)}, numbers as #): {text!r}"
        for rank, (text, count) in enumerate(openings.most_common(shown), start=1)
    ]


def other_verdicts(readings):
    unknown = Counter(reading.verdict for reading in readings if reading.verdict not in VERDICTS)
    return [f"    other verdicts: {dict(unknown)}"] if unknown else []


def run_class(life, seeds):
    readings, errors, truth = [], [], "?"
    for seed in seeds:
        journal = life.make(seed)
        truth = journal.truth
        reading, error = measure(journal)
        if error:
            errors.append((seed, error))
        else:
            readings.append(reading)
    lines = [class_line(life.name, truth, readings, life.sound), *other_verdicts(readings)]
    if life.name == CALIBRATION_CLASS:
        lines.append(calibration_line(readings))
    if life.name in MESSAGE_CLASSES:
        lines.extend(message_lines(readings))
    if errors:
        seed, error = errors[0]
        lines.append(f"    ! the engine failed on {len(errors)} journals; seed {seed}: {error}")
    return lines


def run_app_level(life, seeds):
    lengths, times, verdicts, errors = [], [], Counter(), []
    for seed in seeds:
        journal = life.make(seed)
        lengths.append(journal.series.days)
        reading, error = measure(journal)
        if error:
            errors.append(error)
            continue
        times.append(reading.ms)
        verdicts[reading.verdict] += 1
    timing = f"median {np.median(times):.0f} ms, max {max(times):.0f} ms" if times else "no timing"
    line = (
        f"{life.name:<27} {min(lengths):,}-{max(lengths):,} days ({len(seeds)} journals); engine {timing}; "
        f"verdicts {dict(verdicts)}"
    )
    return [line] + ([f"    ! the engine failed: {errors[0]}"] if errors else [])


def chosen_lives(names):
    if not names:
        return list(LIVES)
    wanted = [name.strip() for name in names.split(",") if name.strip()]
    unknown = [name for name in wanted if name not in LIVES_BY_NAME]
    if unknown:
        raise SystemExit(f"Unknown classes: {', '.join(unknown)}. Known: {', '.join(LIVES_BY_NAME)}")
    return [LIVES_BY_NAME[name] for name in wanted]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--journals", type=int, default=200, help="journals per class (twice that for the null)"
    )
    parser.add_argument("--classes", default="", help="comma-separated class names (default: all)")
    parser.add_argument("--seed-offset", type=int, default=0, help="first seed")
    options = parser.parse_args(argv)
    lives = chosen_lives(options.classes)
    count, first = options.journals, options.seed_offset
    print(
        f"Slack-off method on synthetic lives: {count} journals a class "
        f"({count * 2} for {CALIBRATION_CLASS}), "
        f"seeds from {first}; numpy {np.__version__}, Python {sys.version.split()[0]}"
    )
    print("shares of journals; ms = engine time per journal (tracker.insights.analyse)")
    rate_lives = [life for life in lives if not life.app_level]
    if rate_lives:
        print(HEADER)
    for life in rate_lives:
        seeds = range(first, first + count * life.journals_scale)
        print("\n".join(run_class(life, seeds)), flush=True)
    app_lives = [life for life in lives if life.app_level]
    if app_lives:
        print("App-level journals (series from the first entry to today):")
    for life in app_lives:
        seeds = range(first, first + min(count, APP_LEVEL_JOURNALS))
        print("\n".join(run_app_level(life, seeds)), flush=True)


if __name__ == "__main__":
    main()
