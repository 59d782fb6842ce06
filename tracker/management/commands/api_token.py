"""manage.py api_token --username U --name N [--read-only] [--days D]: print a new personal access token.

The token is the last word printed, so a script can take it with `| awk '{print $NF}'`."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from tracker.api_tokens import create_token


class Command(BaseCommand):
    help = "Make a personal access token for the API and print it (it cannot be shown again)."

    def add_arguments(self, parser):
        parser.add_argument("--username", required=True)
        parser.add_argument("--name", required=True, help="What the token is for.")
        parser.add_argument("--read-only", action="store_true", help="It may read but change nothing.")
        parser.add_argument("--days", type=int, default=None, help="Expires after this many days (1-365).")

    def handle(self, *args, username, name, read_only, days, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No account named {username!r}.")
        if days is not None and not 1 <= days <= 365:
            raise CommandError("--days must be from 1 to 365.")
        if not name.strip() or len(name) > 80:
            raise CommandError("--name must be 1 to 80 characters.")
        token, secret = create_token(user, name.strip(), read_only=read_only, days=days)
        kind = "read-only" if token.read_only else "read-write"
        self.stdout.write(f"New {kind} token {token.name!r} for {username}: {secret}")
