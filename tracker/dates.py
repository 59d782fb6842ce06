"""Dates as a runner reads them, the same everywhere: "1 Dec 2026" in text and messages, "Tue 1 Dec 2026"
where the weekday helps, and "today", "tomorrow" or "yesterday" where one of those is what a person would say.
No Django here: the insights and the importers word dates too."""

import datetime

from tracker.limits import EARLIEST_DATE

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_NEAR = {-1: "yesterday", 0: "today", 1: "tomorrow"}


def day_words(day):
    """1 Dec 2026 (the month's short English name, whatever the server's locale)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def day_with_weekday(day):
    return f"{_WEEKDAYS[day.weekday()]} {day_words(day)}"


def month_words(day):
    """Dec 2026"""
    return f"{_MONTHS[day.month - 1]} {day.year}"


def relative_day(day, today):
    """ "today", "tomorrow" or "yesterday" when it is one of those for this runner, else 1 Dec 2026."""
    if isinstance(day, datetime.datetime):
        day = day.date()
    return _NEAR.get((day - today).days, day_words(day))


def journal_day(text, latest):
    """The date written "2026-12-01", when a journal can hold it (from 1900 up to latest); None otherwise."""
    try:
        day = datetime.date.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return day if EARLIEST_DATE <= day <= latest else None
