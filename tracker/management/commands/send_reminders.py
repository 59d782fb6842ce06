"""manage.py send_reminders: e-mail the reminders that are due now. Run it every 15 minutes or every hour
(cron or a systemd timer; the README shows both). Safe to run twice, and on several servers at once: each
runner gets at most one e-mail a day. Quiet unless something fails; --verbosity 2 prints what it sent."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from tracker.reminders.sending import send_due_reminders


class Command(BaseCommand):
    help = (
        "E-mail each runner whose reminder hour has come today (in their time zone) and who has logged "
        "nothing today; at most one e-mail a runner a day, however often or wherever it runs."
    )

    def handle(self, *args, **options):
        if not settings.SITE_URL:
            raise CommandError(
                "Set DJANGO_SITE_URL to the address runners open (https://backtrack.example.org): "
                "the reminders link to it."
            )
        outcome = send_due_reminders(timezone.now())
        if options["verbosity"] >= 2:
            self.stdout.write(
                f"Reminders sent: {outcome.sent} ({outcome.nudges} of them nudges); "
                f"already sent by another run: {outcome.already_claimed}."
            )
        if outcome.failed:
            raise CommandError(
                f"Reminders the mail server did not take: {outcome.failed}; the next run tries them again."
            )
