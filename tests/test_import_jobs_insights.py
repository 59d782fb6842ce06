"""A background import commits each file's run in a transaction of its own and changes the journal's version
(tracker.journal_version) once for it, after its commit, not twice; the insights, kept under that version,
show the runs as soon as the job has finished. These tests commit for real (a transactional database), as a
worker does: inside a test's transaction the changes after a commit would never be seen."""

from unittest import mock

import pytest
from django.core.cache import cache

from tests.base import make_user
from tests.test_import_jobs import ACTIVITY_FILES, as_zip, post, run_the_worker, status
from tracker import journal_version

pytestmark = pytest.mark.django_db(transaction=True)


def imported(answer_files):
    return [file for file in answer_files if file["status"] == "imported"]


def insights(client):
    return client.get("/api/insights/").json()


def km(answer):
    return sum(week["km"] for week in answer["mileage"]["weekly"])


def test_the_insights_show_the_runs_of_a_job_as_soon_as_it_has_finished(client):
    client.force_login(make_user("alice"))
    assert km(insights(client)) == 0  # and kept so in the cache, under the journal's version
    post(client, [as_zip(ACTIVITY_FILES)])
    run_the_worker()
    after = insights(client)
    cache.clear()
    assert km(after) > 0
    assert after == insights(client)  # what the journal gives when read afresh


def test_a_job_changes_the_journal_version_once_for_each_run_it_imports(client):
    alice = make_user("alice")
    client.force_login(alice)
    answer = post(client, [as_zip(ACTIVITY_FILES)]).json()
    with mock.patch.object(journal_version, "_new_tokens", wraps=journal_version._new_tokens) as new_tokens:
        run_the_worker()
    alices = journal_version.version_key(alice.pk)
    changes = [call for call in new_tokens.call_args_list if alices in call.args[0]]
    assert len(changes) == len(imported(status(client, answer)["files"])) > 3
