"""The outcome measures and share links in "download my data" (the token of a link is never stored, so it
cannot be exported either: each link is listed by its id, period and history)."""

from tracker.models import PsfsActivity, PsfsAssessment, ShareLink


def _iso(value):
    return value.isoformat() if value else None


def psfs_json(user):
    activities = PsfsActivity.objects.for_user(user).order_by("created_at", "pk")
    assessments = PsfsAssessment.objects.for_user(user).order_by("date").prefetch_related("scores__activity")
    return {
        "activities": [
            {
                "id": activity.pk,
                "name": activity.name,
                "created_at": _iso(activity.created_at),
                "retired_at": _iso(activity.retired_at),
            }
            for activity in activities
        ],
        "assessments": [
            {
                "date": assessment.date.isoformat(),
                "created_at": _iso(assessment.created_at),
                "scores": [
                    {"activity_id": score.activity_id, "activity": score.activity.name, "score": score.score}
                    for score in assessment.scores.all()
                ],
            }
            for assessment in assessments
        ],
    }


def shares_json(user):
    return [
        {
            "id": share.pk,
            "start": share.start.isoformat(),
            "end": share.end.isoformat(),
            "include_notes": share.include_notes,
            "created_at": _iso(share.created_at),
            "expires_at": _iso(share.expires_at),
            "revoked_at": _iso(share.revoked_at),
            "last_opened_at": _iso(share.last_opened_at),
            "times_opened": share.times_opened,
        }
        for share in ShareLink.objects.for_user(user).order_by("created_at", "pk")
    ]
