"""One sender of reminders in a process of its own, for the test of two senders at once
(tests/test_reminders_concurrency.py): `python -m tests.reminder_sender MOMENT FOLDER NAME`.

It sets Django up (the database from DATABASE_URL, the locmem e-mail backend), says it is ready, waits for
the word to start so that both senders begin together, runs `manage.py send_reminders` with the clock
pinned at MOMENT, and prints the addresses it e-mailed as JSON.
"""

import datetime
import json
import sys
import time
from pathlib import Path

import django

START_WAIT_SECONDS = 60


def main(moment, folder, name):
    django.setup()
    import time_machine
    from django.core import mail
    from django.core.management import call_command

    folder = Path(folder)
    (folder / f"{name}.ready").touch()
    waited = 0.0
    while not (folder / "go").exists():
        if waited > START_WAIT_SECONDS:
            sys.exit("Never told to start.")
        time.sleep(0.002)
        waited += 0.002
    with time_machine.travel(datetime.datetime.fromisoformat(moment), tick=False):
        call_command("send_reminders")
    print(json.dumps([message.to[0] for message in getattr(mail, "outbox", [])]))


if __name__ == "__main__":
    main(*sys.argv[1:])
