"""`python -m tests.load`: drive gunicorn with simulated runners; check no acknowledged write is lost."""
