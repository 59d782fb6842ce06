from django.apps import AppConfig


class TrackerConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "tracker"
    verbose_name = "Runner's journal"

    def ready(self):
        from tracker import checks  # noqa: F401 - registers the deployment checks
        from tracker.journal_version import watch_library

        watch_library()
