"""The table of the database cache (settings.CACHES), made here so that `migrate` alone sets a server up."""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    # createcachetable skips a table that exists, and does nothing when the cache is Redis.
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("tracker", "0006_email_reminders")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
