"""`manage.py ensure_demo`, which `make run` calls every time: the demo runner once, on a laptop only."""

from io import StringIO

from django.contrib.auth.models import User
from django.core.management import call_command

from tracker.models import PainCheckin


def test_it_creates_the_demo_runner_with_a_sample_year(db):
    call_command("ensure_demo", stdout=StringIO())
    assert PainCheckin.objects.filter(user__username="demo").count() > 300


def test_running_it_again_changes_nothing(db):
    call_command("ensure_demo", stdout=StringIO())
    before = PainCheckin.objects.filter(user__username="demo").count()
    call_command("ensure_demo", stdout=StringIO())
    assert (User.objects.count(), PainCheckin.objects.count()) == (1, before)
