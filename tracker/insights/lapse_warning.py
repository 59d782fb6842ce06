"""The lapse warning in words, from the runner's own slack-off pattern: the one source for the home page and
the insights page (inside a lapse) and for the reminder e-mail's nudge (a few days before the pain has
tended to climb)."""

from tracker.insights.verdict import PATTERN

# How many days before the climb a reminder may nudge. Sooner reads as nagging about a day off; later is
# too late to fit a session in before the pain has tended to come back.
NUDGE_DAYS_AHEAD = 3


def climb_days(insights):
    """How many days into a lapse this runner's pain has tended to climb, when their journal shows the
    slack-off pattern; None otherwise."""
    slack = insights.slack_off
    if slack.verdict != PATTERN:
        return None
    return slack.climb_days if slack.climb_days is not None else slack.lag_days


def warning_words(climb, days_since_last_session):
    return (
        f"Your pain has tended to climb about {_days(climb)} into a lapse; it has been "
        f"{_days(days_since_last_session)} since your last session."
    )


def live_warning(insights):
    """The warning inside a lapse that is going on (and recent enough to matter), or None."""
    climb = climb_days(insights)
    if insights.open_lapse is None or climb is None:
        return None
    return warning_words(climb, insights.days_since_last_session)


def nudge_warning(insights):
    """The warning while the climb is still ahead, NUDGE_DAYS_AHEAD days before it at most, or None.

    It counts the days since the last session rather than waiting for the profile's lapse threshold: a
    runner whose pain climbs 8 days in and whose lapses count from 10 would otherwise hear of it too late.
    """
    climb, days = climb_days(insights), insights.days_since_last_session
    if climb is None or days is None or days < 1:
        return None
    if not climb - NUDGE_DAYS_AHEAD <= days <= climb:
        return None
    return warning_words(climb, days)


def _days(count):
    return f"{count} day" if count == 1 else f"{count} days"
