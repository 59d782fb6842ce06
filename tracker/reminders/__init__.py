"""E-mail reminders: who is due (due.py), the e-mail (mail.py), its unsubscribe link (links.py), sending
each once (sending.py, run by `manage.py send_reminders`), and a runner's choices (choices.py)."""
