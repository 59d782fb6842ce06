"""What a physiotherapist reads through a share link: the same numbers as the runner's own insights for the
period, labelled self-reported, with warning signs, notes only when chosen, and the same report as a PDF."""

import datetime
import io

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from pypdf import PdfReader

from tests.base import make_checkin, make_exercise, make_user, runner_today
from tests.factories_insights import ending_on, lapse_climber, write_journal
from tracker.insights import as_json
from tracker.models import PainCheckin, ShareLink
from tracker.psfs import save_activities, save_assessment
from tracker.share_report import build_report
from tracker.shares import create_share


def runner_with_history(username, days, lapse_count=6):
    user = make_user(username)
    today = runner_today(user)
    series = lapse_climber(seed=4, days=days, lapse_count=lapse_count)
    write_journal(user, ending_on(series, today), [make_exercise(f"{username}-plank")], irritated_times=2)
    return user, today


def share_of(user, start, end, **extra):
    return create_share(user, start, end, days=14, **extra)


def test_the_reports_insights_equal_the_api_for_the_same_period(client, db):
    alice, today = runner_with_history("alice", days=400)
    start, end = today - datetime.timedelta(days=300), today - datetime.timedelta(days=20)
    share, _token = share_of(alice, start, end)
    client.force_login(alice)
    api = client.get(reverse("api_insights"), {"start": start.isoformat(), "end": end.isoformat()}).json()
    assert as_json(build_report(share).insights) == api


def test_the_api_refuses_a_period_that_ends_before_it_starts(alice_client):
    response = alice_client.get(reverse("api_insights"), {"start": "2026-05-01", "end": "2026-04-01"})
    assert response.status_code == 400
    assert "start" in response.json()["errors"]


def test_only_entries_of_the_period_count(alice):
    today = runner_today(alice)
    make_checkin(alice, date=today - datetime.timedelta(days=40), pain=9)
    make_checkin(alice, date=today - datetime.timedelta(days=3), pain=2)
    share, _token = share_of(alice, today - datetime.timedelta(days=10), today)
    assert [week.worst for week in build_report(share).pain_weeks] == [2]


def test_the_report_names_warning_signs_ticked_in_the_period(alice, client):
    day = runner_today(alice) - datetime.timedelta(days=2)
    make_checkin(alice, date=day, red_flags=[PainCheckin.RedFlag.NIGHT_PAIN])
    _share, token = share_of(alice, day - datetime.timedelta(days=7), day)
    assert (
        "Pain at night that rest does not ease"
        in client.get(reverse("shared_report", args=[token])).content.decode()
    )


def test_the_report_says_everything_is_self_reported_and_a_pattern_is_not_proof(alice, client):
    _share, token = share_of(alice, runner_today(alice) - datetime.timedelta(days=30), runner_today(alice))
    page = client.get(reverse("shared_report", args=[token])).content.decode()
    assert "self-reported" in page.lower()
    assert "not proof of cause" in page


def test_the_report_compares_the_first_and_last_psfs_rating_with_the_detectable_change(alice, client):
    today = runner_today(alice)
    activities = save_activities(alice, ["Running downhill", "Sitting at work", "Tying my shoes"])
    save_assessment(alice, today - datetime.timedelta(days=21), dict.fromkeys(activities, 3))
    save_assessment(alice, today, dict.fromkeys(activities, 7))
    _share, token = share_of(alice, today - datetime.timedelta(days=30), today)
    page = client.get(reverse("shared_report", args=[token])).content.decode()
    assert "<td>3.0</td><td>7.0</td><td>better, beyond the minimal important change</td>" in page


def test_the_pdf_is_the_same_report_on_a_few_pages(client, db):
    alice, today = runner_with_history("alice", days=3 * 365)
    _share, token = share_of(alice, today - datetime.timedelta(days=3 * 365 - 1), today)
    response = client.get(reverse("shared_report_pdf", args=[token]))
    pdf = PdfReader(io.BytesIO(response.content))
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert response["Content-Type"] == "application/pdf"
    assert "Back pain report: alice" in text and "Self-reported" in text
    assert len(pdf.pages) <= 6


def test_a_revoked_link_gives_no_pdf(alice, alice_client, client):
    share, token = share_of(alice, runner_today(alice), runner_today(alice))
    alice_client.post(reverse("revoke_share", args=[share.pk]))
    assert client.get(reverse("shared_report_pdf", args=[token])).status_code == 404


def report_queries(client, user, token):
    client.get(reverse("shared_report", args=[token]))
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("shared_report", args=[token])).status_code == 200
    return len(queries)


def test_the_report_costs_the_same_queries_for_a_month_and_three_years(client, db):
    month, month_today = runner_with_history("month", days=30, lapse_count=0)
    years, years_today = runner_with_history("years", days=3 * 365)
    _a, month_token = share_of(
        month, month_today - datetime.timedelta(days=29), month_today, include_notes=True
    )
    _b, years_token = share_of(
        years, years_today - datetime.timedelta(days=3 * 365), years_today, include_notes=True
    )
    assert report_queries(client, month, month_token) == report_queries(client, years, years_token)
    assert ShareLink.objects.get(user=years).times_opened == 2
