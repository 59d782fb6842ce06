"""Whose reminder is due at a given moment, in each runner's own time zone.

A reminder is due from the runner's chosen hour until the end of their day, so a run of the command that
comes late (or after a missed one) still sends it, and a day that has ended is never sent for. The hour is
read on the local clock: on a spring-forward day an hour that does not exist is reached at the first moment
after it, and on a fall-back day the repeated hour finds the day already sent.
"""

import datetime
from dataclasses import dataclass

from tracker.models import PainCheckin, Profile, ReminderSent, ReminderSettings, Run, Workout

UTC = datetime.timezone.utc  # noqa: UP017 - datetime.UTC needs Python 3.11; the project supports 3.10


@dataclass(frozen=True)
class Due:
    choices: ReminderSettings  # with its user and their profile
    local_date: datetime.date  # the runner's today

    @property
    def user(self):
        return self.choices.user

    @property
    def profile(self):
        return _profile_of(self.user)


def opted_in():
    """Runners who asked for reminders and can receive them."""
    return (
        ReminderSettings.objects.filter(enabled=True, user__is_active=True)
        .exclude(user__email="")
        .select_related("user__profile")
    )


def due_reminders(now):
    """Every runner whose reminder is due at `now` (an aware datetime): reminders on, their hour reached on
    their own today, and nothing sent for that day nor logged on it. A fixed number of queries."""
    candidates = []
    for choices in opted_in():
        local = now.astimezone(_zone_of(choices.user))
        if local.hour >= choices.hour:
            candidates.append(Due(choices, local.date()))
    if not candidates:
        return []
    # The runners' todays span at most three calendar dates (UTC-12 to UTC+14); the pairs are matched here.
    dates = {due.local_date for due in candidates}
    runners = opted_in().values("user_id")
    done = set(
        ReminderSent.objects.filter(user__in=runners, local_date__in=dates).values_list(
            "user_id", "local_date"
        )
    )
    for model in (Workout, PainCheckin, Run):
        done.update(model.objects.filter(user__in=runners, date__in=dates).values_list("user_id", "date"))
    return [due for due in candidates if (due.user.pk, due.local_date) not in done]


def _profile_of(user):
    try:
        return user.profile
    except Profile.DoesNotExist:  # an account made outside sign-up that never opened a page
        return None


def _zone_of(user):
    profile = _profile_of(user)
    return profile.zone if profile is not None else UTC
