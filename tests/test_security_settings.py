"""Start-up in production mode, checked in a fresh process each time because settings are read once."""

from tests.fresh_process import manage, production


def test_the_deployment_checklist_finds_nothing_in_production_mode(tmp_path):
    result = manage("check", "--deploy", tmp_path=tmp_path, **production())
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    result = manage("check", tmp_path=tmp_path, **production(DJANGO_SECRET_KEY=""))
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_a_malformed_debug_flag_stops_start_up_and_names_the_variable(tmp_path):
    result = manage("check", tmp_path=tmp_path, DJANGO_DEBUG="maybe")
    assert result.returncode != 0
    assert "DJANGO_DEBUG" in result.stderr


def test_a_malformed_connection_age_stops_start_up_and_names_the_variable(tmp_path):
    result = manage("check", tmp_path=tmp_path, DJANGO_CONN_MAX_AGE="abc")
    assert result.returncode != 0
    assert "DJANGO_CONN_MAX_AGE" in result.stderr


def test_the_deployment_checklist_warns_when_mail_would_be_printed_to_the_log(tmp_path):
    console = "django.core.mail.backends.console.EmailBackend"
    result = manage("check", "--deploy", tmp_path=tmp_path, **production(DJANGO_EMAIL_BACKEND=console))
    assert "backtrack.W001" in result.stdout + result.stderr


def test_production_sends_mail_over_smtp_unless_told_otherwise(tmp_path):
    script = "from django.conf import settings; print(settings.EMAIL_BACKEND)"
    result = manage("shell", "-c", script, tmp_path=tmp_path, **production())
    assert result.stdout.splitlines()[-1] == "django.core.mail.backends.smtp.EmailBackend"


def test_a_django_log_line_is_printed_once(tmp_path):
    script = "import logging; logging.getLogger('django.request').warning('one line, please')"
    result = manage("shell", "-c", script, tmp_path=tmp_path, DJANGO_DEBUG="true")
    assert result.stderr.count("one line, please") == 1


def test_a_malformed_log_level_stops_start_up_and_names_the_variable(tmp_path):
    result = manage("check", tmp_path=tmp_path, DJANGO_LOG_LEVEL="loud")
    assert "DJANGO_LOG_LEVEL" in result.stderr


def test_the_demo_runner_is_never_created_in_production(tmp_path):
    manage("migrate", "--noinput", tmp_path=tmp_path, **production())
    result = manage("ensure_demo", tmp_path=tmp_path, **production())
    count = manage("shell", "-c", COUNT_DEMO, tmp_path=tmp_path, **production())
    assert result.returncode != 0 and "never created" in result.stderr
    assert count.stdout.splitlines()[-1] == "0"


COUNT_DEMO = (
    "from django.contrib.auth.models import User; print(User.objects.filter(username='demo').count())"
)
