"""Create the demo runner on a new database; do nothing when one exists, so `make run` may call it often."""

from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from tracker.models import Profile

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "backtrack-demo"  # noqa: S105 - printed on purpose: it opens a sample journal on a laptop


class Command(BaseCommand):
    help = "Create the demo runner with a sample year of history, unless it already exists."

    def handle(self, *args, **options):
        if settings.PRODUCTION:
            # Its password is in the README: on a server anyone could log in with it.
            raise CommandError(
                "The demo runner is for laptops: it is never created when DJANGO_ENV=production."
            )
        if User.objects.filter(username=DEMO_USERNAME).exists():
            self.stdout.write(f"Demo runner: log in as {DEMO_USERNAME} / {DEMO_PASSWORD}")
            return
        user = User.objects.create_user(DEMO_USERNAME, password=DEMO_PASSWORD)
        Profile.objects.get_or_create(user=user)
        try:
            call_command("seed_demo", username=DEMO_USERNAME, stdout=self.stdout)
        except Exception as error:  # noqa: BLE001 - the account is still usable without sample history
            self.stderr.write(f"Sample history was not added: {error}")
        self.stdout.write(
            self.style.SUCCESS(f"Demo runner created: log in as {DEMO_USERNAME} / {DEMO_PASSWORD}")
        )
