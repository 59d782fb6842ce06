"""The runner's own login records, which django-axes keeps by username rather than by user: each login
(AccessLog, with its logout), the failures counted towards a lockout (AccessAttempt, one row per address and
browser) and, when AXES_ENABLE_ACCESS_FAILURE_LOG is on, each failure (AccessFailureLog).

"Download my data" gives them out and deleting the account removes them: both use this one list, so what is
kept about a runner is what they can see.
"""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog

LOGIN_RECORD_MODELS = (AccessLog, AccessAttempt, AccessFailureLog)


def delete_login_records(username):
    for model in LOGIN_RECORD_MODELS:
        model.objects.filter(username=username).delete()


def login_records_json(user):
    """The records since the account was made: failures for the same name before then were someone else's
    tries at a name nobody held, and their addresses are not the runner's to have."""

    def records(model):
        return model.objects.filter(
            username=user.get_username(), attempt_time__gte=user.date_joined
        ).order_by("attempt_time", "pk")

    return {
        "logins": [{**_seen(login), "logout_time": _iso(login.logout_time)} for login in records(AccessLog)],
        "failed_logins": [
            {**_seen(failure), "locked_out": failure.locked_out} for failure in records(AccessFailureLog)
        ],
        "failure_counts": [
            {**_seen(attempt), "failures": attempt.failures_since_start} for attempt in records(AccessAttempt)
        ],
    }


def _seen(record):
    return {
        "time": _iso(record.attempt_time),
        "ip_address": record.ip_address,
        "user_agent": record.user_agent,
    }


def _iso(moment):
    return moment.isoformat() if moment else None
