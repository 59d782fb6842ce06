"""The exercise library: exercises, their cautions, the thread's quotes, and routines built from them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse

from routines import drawings, red_flags


class Source(models.TextChoices):
    THREAD = "thread", "From the runners' thread"
    LIBRARY = "library", "The library's own addition"


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"
    DISCOURAGED = "discouraged", "Discouraged"


class LibraryQuerySet(models.QuerySet):
    def visible(self):
        """What the public may see: published and discouraged entries, never drafts."""
        return self.exclude(status=Status.DRAFT)

    def recommended(self):
        return self.filter(status=Status.PUBLISHED)

    def published_or(self, chosen_ids):
        """What a runner may choose: published entries, plus those they already chose (a saved workout's
        exercises, their usual routine, exercises in their journal), which a curator may have withdrawn or
        discouraged since; no other draft appears."""
        return self.filter(Q(status=Status.PUBLISHED) | Q(pk__in=[pk for pk in chosen_ids if pk is not None]))


class BodyArea(models.Model):
    name = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(max_length=60, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Equipment(models.Model):
    name = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(max_length=60, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "equipment"

    def __str__(self):
        return self.name


class Exercise(models.Model):
    class Kind(models.TextChoices):
        CORE = "core", "Core strength"
        BACK = "back", "Back strength"
        STRETCH = "stretch", "Stretch"
        YOGA = "yoga", "Yoga"
        MOBILITY = "mobility", "Mobility"

    class Level(models.TextChoices):
        VERY_EASY = "very_easy", "Very easy"
        BEGINNER = "beginner", "Beginner"
        INTERMEDIATE = "intermediate", "Intermediate"
        ADVANCED = "advanced", "Advanced"

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    summary = models.CharField(max_length=200, blank=True)
    instructions = models.TextField(blank=True, help_text="How to do it, one step per line.")
    body_areas = models.ManyToManyField(BodyArea, blank=True, related_name="exercises")
    equipment = models.ManyToManyField(Equipment, blank=True, related_name="exercises")
    default_sets = models.PositiveSmallIntegerField(null=True, blank=True)
    default_reps = models.PositiveSmallIntegerField(null=True, blank=True)
    default_hold_seconds = models.PositiveSmallIntegerField(null=True, blank=True)
    sessions_per_week = models.PositiveSmallIntegerField(null=True, blank=True)
    starting_level = models.CharField(max_length=20, choices=Level.choices, default=Level.BEGINNER)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    why_discouraged = models.TextField(blank=True, help_text="Shown when the exercise is discouraged.")
    source = models.CharField(max_length=20, choices=Source.choices, default=Source.LIBRARY)
    # The thread often names an exercise without saying how to do it; the page says whose words the
    # how-to and the dose are, so the library's own wording is never mistaken for a runner's advice.
    how_to_source = models.CharField(
        "how-to and dose come from",
        max_length=20,
        choices=Source.choices,
        default=Source.LIBRARY,
    )
    alternatives = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="alternative_to",
        help_text="If this irritates your back, try these instead.",
    )
    # The library's own drawing, named rather than found by slug: renaming the exercise keeps its picture.
    drawing = models.CharField(
        "line drawing",
        max_length=40,
        blank=True,
        choices=drawings.CHOICES,
        help_text="The library's own drawing of the movement. An uploaded illustration replaces it.",
    )
    illustration = models.ImageField(upload_to="illustrations/", blank=True)
    illustration_thumbnail = models.ImageField(upload_to="illustrations/thumbs/", blank=True, editable=False)
    illustration_alt = models.CharField(
        "illustration description",
        max_length=200,
        blank=True,
        help_text="What the picture shows, for people who cannot see it.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = LibraryQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(illustration="") | ~Q(illustration_alt=""),
                name="exercise_illustration_needs_alt_text",
            ),
            models.CheckConstraint(condition=Q(default_sets__gte=1), name="exercise_default_sets_positive"),
            models.CheckConstraint(condition=Q(default_reps__gte=1), name="exercise_default_reps_positive"),
        ]
        indexes = [
            # The public library lists visible exercises by kind.
            models.Index(fields=["status", "kind"], name="exercise_status_kind"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("routines:exercise", args=[self.slug])

    @property
    def is_discouraged(self):
        return self.status == Status.DISCOURAGED

    @property
    def line_drawing(self):
        """The library's own drawing of the movement (a drawings.Drawing), or None."""
        return drawings.DRAWINGS.get(self.drawing)


class Routine(models.Model):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)
    sessions_per_week = models.PositiveSmallIntegerField(default=3)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    source = models.CharField(max_length=20, choices=Source.choices, default=Source.LIBRARY)
    updated_at = models.DateTimeField(auto_now=True)

    objects = LibraryQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(sessions_per_week__gte=1, sessions_per_week__lte=14),
                name="routine_sessions_per_week_1_to_14",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("routines:routine", args=[self.slug])


class RoutineStepQuerySet(models.QuerySet):
    def loggable(self):
        """Steps a runner can log: an exercise a curator has since withdrawn or discouraged is left out."""
        return self.filter(exercise__status=Status.PUBLISHED)


class RoutineStep(models.Model):
    routine = models.ForeignKey(Routine, on_delete=models.CASCADE, related_name="steps")
    exercise = models.ForeignKey(Exercise, on_delete=models.PROTECT, related_name="routine_steps")
    order = models.PositiveSmallIntegerField(default=0)
    sets = models.PositiveSmallIntegerField(default=1)
    reps = models.PositiveSmallIntegerField(null=True, blank=True)
    hold_seconds = models.PositiveSmallIntegerField(null=True, blank=True)
    note = models.CharField(max_length=200, blank=True)

    objects = RoutineStepQuerySet.as_manager()

    class Meta:
        ordering = ["routine", "order", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(sets__gte=1, sets__lte=50), name="step_sets_1_to_50"),
            models.CheckConstraint(condition=Q(reps__gte=1, reps__lte=1000), name="step_reps_1_to_1000"),
            models.CheckConstraint(
                condition=Q(hold_seconds__gte=1, hold_seconds__lte=3600), name="step_hold_1_to_3600"
            ),
        ]

    def __str__(self):
        return f"{self.routine}: {self.exercise}"


class CautionQuerySet(models.QuerySet):
    def library_wide(self):
        return self.filter(exercise__isnull=True)

    def by_severity(self):
        """Most serious first: stop, avoid, caution, tip (the choices' order), then in the order written."""
        rank = models.Case(
            *(models.When(severity=value, then=position) for position, value in enumerate(Caution.Severity)),
            default=len(Caution.Severity),
            output_field=models.PositiveSmallIntegerField(),
        )
        return self.alias(severity_rank=rank).order_by("severity_rank", "pk")


SHARED_ADVICE_ONLY = (
    "A warning sign shows the shared advice, the same words as the pain check-in: leave this empty."
)


class Caution(models.Model):
    class Severity(models.TextChoices):
        # Ordered from most to least serious; pages sort by this rank.
        STOP = "stop", "Stop"
        AVOID = "avoid", "Avoid"
        CAUTION = "caution", "Caution"
        TIP = "tip", "Tip"

    exercise = models.ForeignKey(
        Exercise,
        on_delete=models.CASCADE,
        related_name="cautions",
        null=True,
        blank=True,
        help_text="Leave empty for a caution that applies to the whole library.",
    )
    severity = models.CharField(max_length=10, choices=Severity.choices, default=Severity.CAUTION)
    applies_to = models.CharField(
        max_length=120, blank=True, help_text='Who it is for, e.g. "when your back is flaring".'
    )
    text = models.TextField(blank=True)
    # A warning sign's advice is shared with the pain check-in and the warning-signs page, so such a caution
    # carries the sign alone and the pages show the shared words: a curator cannot make the two disagree.
    red_flag = models.CharField(
        "warning sign",
        max_length=30,
        blank=True,
        choices=red_flags.CHOICES,
        help_text='For a warning sign: leave the text and "applies to" empty; pages show the shared advice.',
    )
    source = models.CharField(max_length=20, choices=Source.choices, default=Source.LIBRARY)

    objects = CautionQuerySet.as_manager()

    class Meta:
        ordering = ["exercise", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(red_flag="") | Q(text="", applies_to="", severity="stop"),
                name="caution_warning_sign_uses_the_shared_advice",
                violation_error_message=SHARED_ADVICE_ONLY,
            ),
        ]

    def __str__(self):
        return f"{self.get_severity_display()}: {(self.text or self.get_red_flag_display())[:60]}"

    def clean(self):
        if not self.red_flag:
            if not self.text:
                raise ValidationError({"text": "Write the caution, or choose the warning sign it is about."})
            return
        errors = {field: SHARED_ADVICE_ONLY for field in ("text", "applies_to") if getattr(self, field)}
        if self.severity != Caution.Severity.STOP:
            errors["severity"] = "A warning sign is always a Stop, shown before everything else."
        if errors:
            raise ValidationError(errors)

    @property
    def is_urgent(self):
        return self.severity in URGENT_SEVERITIES

    @property
    def advice(self):
        """The shared advice about this caution's warning sign; None for a caution in its own words."""
        found = red_flags.advice_for([self.red_flag])
        return found[0] if found else None


# Stop and avoid cautions are shown before the how-to, where nobody can miss them.
URGENT_SEVERITIES = (Caution.Severity.STOP, Caution.Severity.AVOID)


class SourceQuote(models.Model):
    """A runner's own words from the thread, attached to exactly one exercise, caution or routine."""

    contributor = models.CharField(max_length=100)
    quote = models.TextField()
    exercise = models.ForeignKey(
        Exercise, on_delete=models.CASCADE, related_name="quotes", null=True, blank=True
    )
    caution = models.ForeignKey(
        Caution, on_delete=models.CASCADE, related_name="quotes", null=True, blank=True
    )
    routine = models.ForeignKey(
        Routine, on_delete=models.CASCADE, related_name="quotes", null=True, blank=True
    )

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(exercise__isnull=False, caution__isnull=True, routine__isnull=True)
                    | Q(exercise__isnull=True, caution__isnull=False, routine__isnull=True)
                    | Q(exercise__isnull=True, caution__isnull=True, routine__isnull=False)
                ),
                name="quote_belongs_to_exactly_one_thing",
            ),
        ]

    def __str__(self):
        return f"{self.contributor}: {self.quote[:60]}"
