"""The runner's private journal. Every row belongs to one user and is reached through `for_user`."""

import datetime
import zoneinfo
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q

from routines import red_flags
from routines.models import Exercise, Routine
from tracker.journal_version import ChangesJournalQuerySet, JournalEntry
from tracker.limits import EARLIEST_DATE, MAX_DISTANCE_M, MAX_DURATION_S, MAX_ELEVATION_M

# Rules the database cannot hold portably, so the forms hold them alone:
# - "at most one day in the future" depends on today in the runner's zone, and a CHECK constraint may not
#   call now() (PostgreSQL and SQLite both refuse non-deterministic checks);
# - the items of a check-in's JSON lists (locations, timings, red flags) and a profile's time zone name.


class JournalQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)

    def between(self, start, end):
        """Entries dated from start to end, both included."""
        return self.filter(date__gte=start, date__lte=end)


class EntryQuerySet(JournalQuerySet, ChangesJournalQuerySet):
    """The rows the insights read: writing them changes the runner's journal version."""


class WorkoutQuerySet(EntryQuerySet):
    def core_sessions(self):
        """Workouts that count as core work: at least one library exercise logged in them. The one
        definition that home, history and the insights share."""
        return self.filter(entries__isnull=False)

    def core_dates(self):
        """The distinct dates with core work."""
        return self.core_sessions().order_by().values_list("date", flat=True).distinct()


class Profile(models.Model):
    class Units(models.TextChoices):
        KM = "km", "Kilometres"
        MILES = "mi", "Miles"

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    units = models.CharField(max_length=2, choices=Units.choices, default=Units.KM)
    weekly_target = models.PositiveSmallIntegerField(
        "core sessions a week", default=3, help_text="How many core or back sessions you aim for each week."
    )
    lapse_days = models.PositiveSmallIntegerField(
        "lapse after (days)", default=10, help_text="Days without core work that count as a lapse."
    )
    time_zone = models.CharField(max_length=64, default="UTC")
    usual_routine = models.ForeignKey(
        Routine, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    include_walks = models.BooleanField(
        "import walks and hikes as runs", default=False, help_text="Imported walks and hikes count as runs."
    )

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(weekly_target__gte=1, weekly_target__lte=14), name="profile_weekly_target_1_to_14"
            ),
            models.CheckConstraint(
                condition=Q(lapse_days__gte=3, lapse_days__lte=90), name="profile_lapse_days_3_to_90"
            ),
        ]

    def __str__(self):
        return f"Profile of {self.user}"

    @property
    def zone(self):
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            # datetime.timezone.utc rather than datetime.UTC: the project supports Python 3.10.
            return datetime.timezone.utc  # noqa: UP017

    def today(self):
        return datetime.datetime.now(self.zone).date()


class Workout(JournalEntry):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="workouts")
    date = models.DateField()
    routine = models.ForeignKey(Routine, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    duration_min = models.PositiveSmallIntegerField(null=True, blank=True)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Set by an API client (the offline queue) so that sending the same entry twice stores it once.
    client_id = models.UUIDField(null=True, blank=True, editable=False)

    objects = WorkoutQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "client_id"],
                condition=Q(client_id__isnull=False),
                name="one_workout_per_client_id",
            ),
            models.CheckConstraint(condition=Q(date__gte=EARLIEST_DATE), name="workout_date_from_1900"),
            models.CheckConstraint(
                condition=Q(duration_min__gte=1, duration_min__lte=MAX_DURATION_S // 60),
                name="workout_duration_1_min_to_48_h",
            ),
        ]
        indexes = [
            # Home, history and the insights series all read one runner's workouts by date.
            models.Index(fields=["user", "date"], name="workout_user_date"),
        ]

    def __str__(self):
        return f"Workout on {self.date}"


class WorkoutExerciseQuerySet(ChangesJournalQuerySet):
    owner_field = "workout__user_id"


class WorkoutExercise(JournalEntry):
    workout = models.ForeignKey(Workout, on_delete=models.CASCADE, related_name="entries")
    exercise = models.ForeignKey(Exercise, on_delete=models.PROTECT, related_name="+")
    order = models.PositiveSmallIntegerField(default=0)
    sets = models.PositiveSmallIntegerField(default=1)
    reps = models.PositiveSmallIntegerField(null=True, blank=True)
    hold_seconds = models.PositiveSmallIntegerField(null=True, blank=True)
    weight_kg = models.DecimalField(max_digits=5, decimal_places=1, null=True, blank=True)
    irritated = models.BooleanField("irritated my back", default=False)
    irritation_note = models.CharField(max_length=300, blank=True)

    objects = WorkoutExerciseQuerySet.as_manager()

    class Meta:
        ordering = ["workout", "order", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(sets__gte=1, sets__lte=50), name="entry_sets_1_to_50"),
            models.CheckConstraint(condition=Q(reps__gte=1, reps__lte=1000), name="entry_reps_1_to_1000"),
            models.CheckConstraint(
                condition=Q(hold_seconds__gte=1, hold_seconds__lte=3600), name="entry_hold_1_to_3600"
            ),
            models.CheckConstraint(
                condition=Q(weight_kg__gte=0, weight_kg__lte=500), name="entry_weight_0_to_500_kg"
            ),
        ]

    def __str__(self):
        return f"{self.exercise} in {self.workout}"

    @classmethod
    def journal_owner_of(cls, row):
        return row.workout.user_id

    @classmethod
    def journal_date_of(cls, row):
        """The workout's date when the row holds its workout (as when it was made with it), else unknown."""
        workout = row._state.fields_cache.get("workout")
        return workout.__dict__.get("date") if workout is not None else None


class PainCheckin(JournalEntry):
    class Location(models.TextChoices):
        CENTRE = "centre", "Lower back, centre"
        LEFT = "left", "Lower back, left"
        RIGHT = "right", "Lower back, right"
        BUTTOCK = "buttock", "Buttock"
        LEG = "leg", "Down the leg"

    class Timing(models.TextChoices):
        WAKING = "waking", "On waking"
        DURING_RUN = "during_run", "During a run"
        AFTER_RUN = "after_run", "After a run"
        SITTING = "sitting", "Sitting at work"

    # The warning signs and their words come from the library's one source of red-flag advice, which the
    # check-in, the warning-signs page and the library's cautions all read.
    RedFlag = models.TextChoices(
        "RedFlag", [(code.upper(), (code, label)) for code, label in red_flags.CHOICES]
    )

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="checkins")
    date = models.DateField()
    pain = models.PositiveSmallIntegerField(help_text="0 no pain, 10 worst imaginable.")
    locations = models.JSONField(default=list, blank=True)
    timings = models.JSONField(default=list, blank=True)
    red_flags = models.JSONField(default=list, blank=True)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Set by an API client (the offline queue) so that sending the same entry twice stores it once.
    client_id = models.UUIDField(null=True, blank=True, editable=False)

    objects = EntryQuerySet.as_manager()

    class Meta:
        ordering = ["-date"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "client_id"],
                condition=Q(client_id__isnull=False),
                name="one_checkin_per_client_id",
            ),
            # One check-in a day: saving again replaces it. The unique index also serves date lookups.
            models.UniqueConstraint(fields=["user", "date"], name="one_checkin_per_user_per_day"),
            models.CheckConstraint(condition=Q(pain__gte=0, pain__lte=10), name="checkin_pain_0_to_10"),
            models.CheckConstraint(condition=Q(date__gte=EARLIEST_DATE), name="checkin_date_from_1900"),
        ]

    def __str__(self):
        return f"Pain check-in on {self.date}"


class Run(JournalEntry):
    class Surface(models.TextChoices):
        ROAD = "road", "Road"
        TRAIL = "trail", "Trail"
        TRACK = "track", "Track"
        TREADMILL = "treadmill", "Treadmill"

    class Origin(models.TextChoices):
        MANUAL = "manual", "Logged by hand"
        GPX = "gpx", "GPX file"
        FIT = "fit", "FIT file"
        TCX = "tcx", "TCX file"
        STRAVA = "strava", "Strava export"
        CSV = "csv", "Journal CSV"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="runs")
    date = models.DateField()
    started_at = models.DateTimeField(null=True, blank=True, help_text="Known for imported activities.")
    distance_m = models.PositiveIntegerField()
    duration_s = models.PositiveIntegerField(null=True, blank=True)
    # To a tenth of a metre, so a climb typed in feet reads back as typed (1,000 ft is 304.8 m, not 305).
    ascent_m = models.DecimalField(max_digits=6, decimal_places=1, default=Decimal(0))
    descent_m = models.DecimalField(max_digits=6, decimal_places=1, default=Decimal(0))
    surface = models.CharField(max_length=10, choices=Surface.choices, default=Surface.ROAD)
    back_hurt = models.BooleanField("my back hurt during it", default=False)
    back_hurt_after_min = models.PositiveIntegerField(null=True, blank=True)
    notes = models.TextField(blank=True)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.MANUAL)
    # SHA-256 of the imported file, so the same file imported twice is recognised.
    source_sha256 = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Set by an API client (the offline queue) so that sending the same entry twice stores it once.
    client_id = models.UUIDField(null=True, blank=True, editable=False)

    objects = EntryQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "client_id"],
                condition=Q(client_id__isnull=False),
                name="one_run_per_client_id",
            ),
            models.CheckConstraint(
                condition=Q(distance_m__gt=0, distance_m__lte=MAX_DISTANCE_M),
                name="run_distance_up_to_400_km",
            ),
            models.CheckConstraint(
                condition=Q(duration_s__gte=1, duration_s__lte=MAX_DURATION_S), name="run_duration_up_to_48_h"
            ),
            models.CheckConstraint(
                condition=Q(
                    ascent_m__gte=0,
                    ascent_m__lte=MAX_ELEVATION_M,
                    descent_m__gte=0,
                    descent_m__lte=MAX_ELEVATION_M,
                ),
                name="run_climb_0_to_20000_m",
            ),
            models.CheckConstraint(condition=Q(date__gte=EARLIEST_DATE), name="run_date_from_1900"),
            # "After how long did it hurt" only makes sense when it hurt, and within the run's 48 h limit.
            models.CheckConstraint(
                condition=Q(back_hurt_after_min__isnull=True)
                | Q(back_hurt=True, back_hurt_after_min__lte=MAX_DURATION_S // 60),
                name="run_back_hurt_after_needs_hurt_within_48_h",
            ),
            models.UniqueConstraint(
                fields=["user", "source_sha256"],
                condition=~Q(source_sha256=""),
                name="one_run_per_imported_file",
            ),
        ]
        indexes = [
            # Home, history, insights and the import's duplicate check read one runner's runs by date.
            models.Index(fields=["user", "date"], name="run_user_date"),
        ]

    def __str__(self):
        return f"Run on {self.date}: {self.distance_m / 1000:.1f} km"

    @property
    def distance_km(self):
        return self.distance_m / 1000
