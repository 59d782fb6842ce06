"""manage.py work: the background worker (django-tasks' db_worker), after giving a new task to every job
whose worker died (a job left "running" by a killed worker stays so in django-tasks) and deleting the jobs
finished long ago (each job the worker runs deletes them too). Run one or several, on this machine or others
that reach the same database. --burst runs every queued task and exits."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from tracker.import_jobs import KEEP_FINISHED_FOR, prune_finished_jobs, requeue_stale_jobs


class Command(BaseCommand):
    help = (
        "Run the background worker: large activity imports. Queues again the jobs of workers that died and "
        f"deletes the jobs finished more than {KEEP_FINISHED_FOR.days} days ago."
    )

    def add_arguments(self, parser):
        parser.add_argument("--burst", action="store_true", help="Run every queued task, then exit.")

    def handle(self, *args, burst=False, **options):
        requeued = requeue_stale_jobs()
        if requeued:
            self.stdout.write(f"Queued again {requeued} import job(s) whose worker had stopped.")
        pruned = prune_finished_jobs()
        if pruned:
            self.stdout.write(
                f"Deleted {pruned} import job(s) finished more than {KEEP_FINISHED_FOR.days} days ago."
            )
        worker_options = ["--no-reload", "--interval", "1"]
        if burst:
            worker_options += ["--batch", "--no-startup-delay"]
        call_command("db_worker", *worker_options, verbosity=options["verbosity"])
