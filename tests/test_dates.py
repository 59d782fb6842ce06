"""One date format for every page and message."""

import datetime

from tracker.dates import day_with_weekday, day_words, month_words, relative_day

DAY = datetime.date(2026, 12, 1)


def test_a_date_reads_day_short_month_and_year():
    assert (day_words(DAY), day_with_weekday(DAY), month_words(DAY)) == (
        "1 Dec 2026",
        "Tue 1 Dec 2026",
        "Dec 2026",
    )


def test_the_days_next_to_today_are_said_in_words():
    words = [relative_day(DAY + datetime.timedelta(days=offset), DAY) for offset in (-1, 0, 1, 2)]
    assert words == ["yesterday", "today", "tomorrow", "3 Dec 2026"]
