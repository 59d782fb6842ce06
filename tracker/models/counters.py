"""Counts in fixed windows of time that every app server shares: API requests per caller, failed share-link
opens per address. A row per name and window, counted up by one statement (see tracker.counters)."""

from django.db import models


class WindowCount(models.Model):
    name = models.CharField(max_length=200)
    window_end = models.BigIntegerField(help_text="When the window closes, in seconds since the epoch.")
    count = models.PositiveIntegerField(default=0)

    class Meta:
        db_table = "tracker_windowcount"  # named in tracker.counters' one statement
        constraints = [models.UniqueConstraint(fields=["name", "window_end"], name="one_count_per_window")]
        indexes = [models.Index(fields=["window_end"], name="windowcount_end")]

    def __str__(self):
        return f"{self.name}: {self.count} until {self.window_end}"
