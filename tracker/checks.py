"""Deployment checks of Backtrack's own, run by `manage.py check --deploy` beside Django's."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

# Backends that never deliver mail: password-reset links would be printed to the log or kept in memory,
# where anyone who reads the log could take over an account.
UNDELIVERED_MAIL_BACKENDS = {
    "django.core.mail.backends.console.EmailBackend": "prints every message, reset links too, to the log",
    "django.core.mail.backends.filebased.EmailBackend": "writes every message to files on the server",
    "django.core.mail.backends.locmem.EmailBackend": "keeps every message in memory and never sends it",
    "django.core.mail.backends.dummy.EmailBackend": "throws every message away",
}


@register(Tags.security, deploy=True)
def check_mail_is_delivered(app_configs, **kwargs):
    why = UNDELIVERED_MAIL_BACKENDS.get(settings.EMAIL_BACKEND)
    if why is None:
        return []
    return [
        Warning(
            f"DJANGO_EMAIL_BACKEND is {settings.EMAIL_BACKEND}, which {why}.",
            hint="Set DJANGO_EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend and the "
            "DJANGO_EMAIL_* variables, so password-reset mail reaches runners and not the log.",
            id="backtrack.W001",
        )
    ]


@register(Tags.security, deploy=True)
def check_site_url_for_reminders(app_configs, **kwargs):
    if settings.SITE_URL:
        return []
    return [
        Warning(
            "DJANGO_SITE_URL is not set, so `manage.py send_reminders` refuses to run: runners who turned "
            "reminders on get none.",
            hint="Set DJANGO_SITE_URL to the address runners open, e.g. https://backtrack.example.org.",
            id="backtrack.W002",
        )
    ]
