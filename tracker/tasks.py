"""Background tasks, run by django-tasks' database worker (`manage.py work` or `manage.py db_worker`)."""

from django_tasks import task

from tracker import import_jobs


@task(takes_context=True)
def run_import_job(context, job_id):
    # The task's own id goes along: a job handed to a new task after its worker died ignores the old one.
    import_jobs.run_job(job_id, str(context.task_result.id))
