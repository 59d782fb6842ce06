"""Every URL of the project, taken from the resolver, is public, private, or carries one runner's object.

A URL added later without an entry in ACCESS fails test_every_url_name_is_classified: whoever adds it must say
who may open it, and then the checks below cover it (anonymous visitors go to the login page, another runner
gets a 404 and changes nothing, curators reach no journal in the admin).
"""

import datetime
from dataclasses import dataclass
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.models import User
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from routines.models import Routine, Status
from tests.base import (
    make_checkin,
    make_curator,
    make_exercise,
    make_run,
    make_user,
    make_workout,
    runner_today,
)
from tracker.api_tokens import create_token
from tracker.models import (
    ApiToken,
    ImportJob,
    PainCheckin,
    Profile,
    PsfsActivity,
    PsfsScore,
    ReminderSettings,
    Run,
    ShareLink,
    Workout,
    WorkoutExercise,
)
from tracker.psfs import save_activities, save_assessment
from tracker.shares import create_share


@dataclass(frozen=True)
class Access:
    kind: str  # "public": anyone; "private": logged in; "owned": logged in, and only the owner of the object
    kwargs: object  # journal -> the URL's keyword arguments


def public(kwargs=None):
    return Access("public", kwargs or (lambda journal: {}))


def private(kwargs=None):
    return Access("private", kwargs or (lambda journal: {}))


def owned(kwargs):
    return Access("owned", kwargs)


def api(kwargs=None):
    """The API: a token or a session; anonymous callers get 401 rather than the login page."""
    return Access("api", kwargs or (lambda journal: {}))


def api_owned(kwargs):
    """The API on one runner's object: 401 for anonymous callers, 404 for anyone but its owner."""
    return Access("api_owned", kwargs)


def shared(kwargs):
    """Opened without a login by whoever holds a share link's token, and by nobody else."""
    return Access("shared", kwargs)


def signed_link():
    """Opened without a login with a signed token in the query string (the reminders' unsubscribe link,
    tests/test_reminders_unsubscribe.py); without one it is a 400 page for everyone."""
    return Access("signed_link", lambda journal: {})


# Who may open each URL name, and how to fill its converters from alice's journal (see alices_journal below).
ACCESS = {
    # The library, the warning signs, and the pages a visitor needs before having an account.
    "home": public(),
    "routines:library": public(),
    "routines:exercise": public(lambda journal: {"slug": journal.exercise.slug}),
    "routines:routine": public(lambda journal: {"slug": journal.routine.slug}),
    "red_flags": public(),
    # The installed app: its manifest, its service worker and the page the worker shows without a signal.
    "manifest": public(),
    "service_worker": public(),
    "offline": public(),
    "signup": public(),
    "login": public(),
    "password_reset": public(),
    "password_reset_done": public(),
    "password_reset_confirm": public(lambda journal: {"uidb64": "MQ", "token": "not-a-valid-token"}),
    "password_reset_complete": public(),
    # The account and the journal's pages that show or take only the runner's own data.
    "logout": private(),
    "password_change": private(),
    "password_change_done": private(),
    "profile": private(),
    "history": private(),
    "log_workout": private(),
    "log_usual_routine": private(),
    "log_checkin": private(),
    "log_run": private(),
    "import_runs": private(),
    "journal_export_csv": private(),
    "journal_import": private(),
    "download_my_data": private(),
    "delete_account": private(),
    "insights": private(),
    "insights_table": private(lambda journal: {"chart": "timeline", "key": "92"}),
    "api_insights": private(),
    "progress": private(),
    "psfs_activities": private(),
    "psfs_rate": private(),
    "shares": private(),
    "reminder_settings": private(),
    # One runner's entries.
    "workout_detail": owned(lambda journal: {"pk": journal.workout.pk}),
    "edit_workout": owned(lambda journal: {"pk": journal.workout.pk}),
    "delete_workout": owned(lambda journal: {"pk": journal.workout.pk}),
    "checkin_detail": owned(lambda journal: {"pk": journal.checkin.pk}),
    "edit_checkin": owned(lambda journal: {"pk": journal.checkin.pk}),
    "delete_checkin": owned(lambda journal: {"pk": journal.checkin.pk}),
    "run_detail": owned(lambda journal: {"pk": journal.run.pk}),
    "edit_run": owned(lambda journal: {"pk": journal.run.pk}),
    "delete_run": owned(lambda journal: {"pk": journal.run.pk}),
    "revoke_share": owned(lambda journal: {"pk": journal.share.pk}),
    "import_job": owned(lambda journal: {"job_id": journal.import_job.pk}),
    "import_job_status": owned(lambda journal: {"job_id": journal.import_job.pk}),
    # The API (tracker/api): a runner's own journal, and the public library.
    "api_docs": public(),
    "api-v1:openapi-json": public(),
    "api-v1:api-root": Access("nothing", lambda journal: {}),  # django-ninja's root, with no page behind it
    "api-v1:list_exercises": public(),
    "api-v1:read_exercise": public(lambda journal: {"slug": journal.exercise.slug}),
    "create_api_token": private(),
    "revoke_api_token": owned(lambda journal: {"pk": journal.api_token.pk}),
    "api-v1:list_workouts": api(),
    "api-v1:create_workout": api(),
    "api-v1:list_checkins": api(),
    "api-v1:create_checkin": api(),
    "api-v1:list_runs": api(),
    "api-v1:create_run": api(),
    "api-v1:list_ratings": api(),
    "api-v1:create_rating": api(),
    "api-v1:list_activities": api(),
    "api-v1:set_activities": api(),
    "api-v1:read_insights": api(),
    "api-v1:read_profile": api(),
    "api-v1:change_profile": api(),
    "api-v1:import_files": api(),
    "api-v1:read_import_job": api_owned(lambda journal: {"job_id": journal.import_job.pk}),
    "api-v1:read_workout": api_owned(lambda journal: {"pk": journal.workout.pk}),
    "api-v1:update_workout": api_owned(lambda journal: {"pk": journal.workout.pk}),
    "api-v1:delete_workout": api_owned(lambda journal: {"pk": journal.workout.pk}),
    "api-v1:read_checkin": api_owned(lambda journal: {"pk": journal.checkin.pk}),
    "api-v1:update_checkin": api_owned(lambda journal: {"pk": journal.checkin.pk}),
    "api-v1:delete_checkin": api_owned(lambda journal: {"pk": journal.checkin.pk}),
    "api-v1:read_run": api_owned(lambda journal: {"pk": journal.run.pk}),
    "api-v1:update_run": api_owned(lambda journal: {"pk": journal.run.pk}),
    "api-v1:delete_run": api_owned(lambda journal: {"pk": journal.run.pk}),
    "api-v1:read_rating": api_owned(lambda journal: {"pk": journal.psfs.pk}),
    "api-v1:update_rating": api_owned(lambda journal: {"pk": journal.psfs.pk}),
    "api-v1:delete_rating": api_owned(lambda journal: {"pk": journal.psfs.pk}),
    # The report of a share link, for a physiotherapist without an account.
    "shared_report": shared(lambda journal: {"token": journal.share_token}),
    "shared_report_pdf": shared(lambda journal: {"token": journal.share_token}),
    # The unsubscribe link of a reminder e-mail.
    "unsubscribe": signed_link(),
}


SKIPPED_PREFIXES = ("admin/", settings.STATIC_URL.lstrip("/"), settings.MEDIA_URL.lstrip("/"))


@dataclass(frozen=True)
class Route:
    name: str | None
    route: str


def discover_routes(patterns=None, prefix="", namespaces=()):
    """Every URL pattern of the project as (full name, route), the admin and static files left out."""
    patterns = get_resolver().url_patterns if patterns is None else patterns
    routes = []
    for pattern in patterns:
        route = prefix + str(pattern.pattern).lstrip("^")
        if route.startswith(SKIPPED_PREFIXES):
            continue
        if isinstance(pattern, URLResolver):
            inner = (*namespaces, pattern.namespace) if pattern.namespace else namespaces
            routes += discover_routes(pattern.url_patterns, route, inner)
        elif isinstance(pattern, URLPattern):
            name = ":".join((*namespaces, pattern.name)) if pattern.name else None
            routes.append(Route(name, route))
    return routes


ROUTES = discover_routes()
NAMES = sorted({route.name for route in ROUTES if route.name})


def names_of(*kinds):
    return [name for name in NAMES if name in ACCESS and ACCESS[name].kind in kinds]


@pytest.fixture
def alices_journal(alice):
    """One of everything alice can own, and a published library entry for the public pages."""
    exercise = make_exercise("protection-plank")
    workout = make_workout(alice, exercises=[exercise])
    routine = Routine.objects.create(
        name="Protection routine", slug="protection-routine", status=Status.PUBLISHED
    )
    today = runner_today(alice)
    share, token = create_share(alice, today - datetime.timedelta(days=27), today, days=14)
    activities = save_activities(alice, ["Running downhill", "Sitting at work", "Tying my shoes"])
    ReminderSettings.objects.create(user=alice, enabled=True, hour=8)
    return SimpleNamespace(
        user=alice,
        exercise=exercise,
        routine=routine,
        workout=workout,
        entry=workout.entries.get(),
        checkin=make_checkin(alice),
        run=make_run(alice),
        today=today,
        share=share,
        share_token=token,
        psfs=save_assessment(alice, today, dict.fromkeys(activities, 4)),
        api_token=create_token(alice, "walk")[0],
        import_job=ImportJob.objects.create(user=alice, status=ImportJob.Status.DONE),
    )


def url_of(name, journal):
    return reverse(name, kwargs=ACCESS[name].kwargs(journal))


def snapshot(user):
    """Everything of the user's that a request might change: the account, the profile and the journal."""
    user_rows = User.objects.filter(pk=user.pk)
    rows = {"user": list(user_rows.values("username", "email", "password", "is_active"))}
    for model, owner in (
        (Profile, "user"),
        (Workout, "user"),
        (WorkoutExercise, "workout__user"),
        (PainCheckin, "user"),
        (Run, "user"),
        (ShareLink, "user"),
        (PsfsActivity, "user"),
        (PsfsScore, "assessment__user"),
        (ApiToken, "user"),
        (ReminderSettings, "user"),
    ):
        rows[model.__name__] = list(model.objects.filter(**{owner: user}).order_by("pk").values())
    return rows


def test_every_url_pattern_has_a_name():
    assert [route.route for route in ROUTES if not route.name] == []


def test_every_url_name_is_classified():
    unclassified = [name for name in NAMES if name not in ACCESS]
    assert not unclassified, (
        f"Say who may open these URLs in ACCESS (public, private or owned): {unclassified}"
    )


def test_every_classified_name_still_exists():
    assert sorted(set(ACCESS) - set(NAMES)) == []


@pytest.mark.parametrize("name", names_of("public"))
def test_anonymous_visitors_can_open_the_public_page(client, alices_journal, name):
    assert client.get(url_of(name, alices_journal)).status_code == 200


@pytest.mark.parametrize("name", names_of("private", "owned"))
def test_anonymous_visitors_are_sent_to_the_login_page(client, alices_journal, name):
    url = url_of(name, alices_journal)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("name", names_of("private", "owned"))
def test_anonymous_posts_are_sent_to_the_login_page_and_change_nothing(client, alices_journal, name):
    before = snapshot(alices_journal.user)
    response = client.post(url_of(name, alices_journal), {})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert snapshot(alices_journal.user) == before


@pytest.mark.parametrize("name", names_of("owned"))
def test_alice_can_open_her_own_objects(alice_client, alices_journal, name):
    # Without this, a wrong pk in ACCESS would make the 404s below pass for everyone.
    assert alice_client.get(url_of(name, alices_journal)).status_code in {200, 405}


@pytest.mark.parametrize("name", names_of("shared"))
def test_anyone_holding_a_share_link_opens_its_report_without_a_login(client, alices_journal, name):
    assert client.get(url_of(name, alices_journal)).status_code == 200


@pytest.mark.parametrize("name", names_of("shared"))
def test_a_share_url_with_another_token_is_404_for_everyone(someone_else, alices_journal, name):
    other, _share = create_share(alices_journal.user, alices_journal.today, alices_journal.today, days=1)[
        ::-1
    ]
    url = reverse(name, kwargs={"token": other[:-2] + "xx"})
    assert someone_else.get(url).status_code == 404


@pytest.mark.parametrize("name", names_of("private", "owned"))
def test_opening_a_shared_report_reaches_no_journal_page(client, alices_journal, name):
    client.get(url_of("shared_report", alices_journal))
    response = client.get(url_of(name, alices_journal))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("name", names_of("signed_link"))
def test_a_signed_link_without_its_token_is_400_for_everyone_and_changes_nothing(
    client, alice_client, alices_journal, name
):
    before = snapshot(alices_journal.user)
    url = url_of(name, alices_journal)
    answers = {client.get(url).status_code, alice_client.get(url).status_code, client.post(url).status_code}
    assert answers == {400}
    assert snapshot(alices_journal.user) == before


@pytest.mark.parametrize("name", names_of("nothing"))
def test_a_name_with_no_page_behind_it_is_404_for_everyone(client, alice_client, alices_journal, name):
    assert {client.get(url_of(name, alices_journal)).status_code} == {404}
    assert {alice_client.get(url_of(name, alices_journal)).status_code} == {404}


@pytest.mark.parametrize("name", names_of("api", "api_owned"))
def test_anonymous_api_callers_get_401_and_change_nothing(client, alices_journal, name):
    before = snapshot(alices_journal.user)
    url = url_of(name, alices_journal)
    answers = {client.get(url).status_code, client.post(url, {}).status_code, client.delete(url).status_code}
    assert answers <= {401, 405}
    assert 401 in answers
    assert snapshot(alices_journal.user) == before


@pytest.mark.parametrize("name", names_of("api_owned"))
def test_alice_reads_her_own_entries_through_the_api(alice_client, alices_journal, name):
    assert alice_client.get(url_of(name, alices_journal)).status_code == 200


@pytest.mark.parametrize("name", names_of("api_owned"))
def test_alices_entries_are_404_through_the_api_for_anyone_else(someone_else, alices_journal, name):
    before = snapshot(alices_journal.user)
    url = url_of(name, alices_journal)
    assert someone_else.get(url).status_code == 404
    # 405 where the operation has no DELETE (an import job is read only): that says nothing of the entry.
    assert someone_else.delete(url).status_code in {404, 405}
    assert snapshot(alices_journal.user) == before


@pytest.fixture(params=["bob", "carol"])
def someone_else(request, db):
    user = make_user("bob") if request.param == "bob" else make_curator("carol")
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("name", names_of("owned"))
def test_another_runner_or_a_curator_gets_404_for_alices_objects(someone_else, alices_journal, name):
    assert someone_else.get(url_of(name, alices_journal)).status_code == 404


@pytest.mark.parametrize("name", names_of("owned"))
def test_posting_to_alices_objects_as_someone_else_is_404_and_changes_nothing(
    someone_else, alices_journal, name
):
    before = snapshot(alices_journal.user)
    response = someone_else.post(url_of(name, alices_journal), {})
    assert response.status_code == 404
    assert snapshot(alices_journal.user) == before


ADMIN_MODELS = sorted(admin.site._registry, key=lambda model: model._meta.label)
# The journal, the accounts and the login records are private to runners: curators edit only the library.
PRIVATE_MODELS = [
    model
    for model in sorted(apps.get_models(), key=lambda model: model._meta.label)
    if model._meta.app_label in {"tracker", "auth", "axes"}
]


def admin_list_url(model):
    return f"/admin/{model._meta.app_label}/{model._meta.model_name}/"


def test_the_admin_sends_anonymous_visitors_to_its_login(client, db):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_the_admin_sends_a_plain_runner_to_its_login(bob_client):
    response = bob_client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("model", ADMIN_MODELS, ids=lambda model: model._meta.label)
def test_no_admin_list_opens_for_a_plain_runner(bob_client, model):
    response = bob_client.get(admin_list_url(model))
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_a_curator_can_open_the_admin(db):
    client = Client()
    client.force_login(make_curator("carol"))
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("model", PRIVATE_MODELS, ids=lambda model: model._meta.label)
def test_a_curator_cannot_open_journals_or_accounts_in_the_admin(alices_journal, model):
    client = Client()
    client.force_login(make_curator("carol"))
    assert client.get(admin_list_url(model)).status_code in {403, 404}
