"""The curators' side of the library. Only the library's models are registered here: runners' journals
never appear in the admin."""

from django.contrib import admin, messages
from django.templatetags.static import static
from django.utils.html import format_html

from routines import images
from routines.forms import ExerciseAdminForm, SourceQuoteAdminForm
from routines.models import BodyArea, Caution, Equipment, Exercise, Routine, RoutineStep, SourceQuote, Status


def thumbnail_tag(exercise, width):
    """The picture the public pages show: the uploaded one, or else the library's own drawing."""
    if exercise.illustration_thumbnail:
        return format_html(
            '<img src="{}" alt="{}" width="{}">',
            exercise.illustration_thumbnail.url,
            exercise.illustration_alt,
            width,
        )
    drawing = exercise.line_drawing
    if drawing is None:
        return ""
    # On its own the drawing keeps its light-theme colours, so it sits on a light ground in a dark admin too.
    return format_html(
        '<img src="{}" alt="{}" width="{}" class="drawing-preview">',
        static(drawing.static_path),
        drawing.description,
        width,
    )


def set_status(modeladmin, request, queryset, status, done):
    changed = queryset.exclude(status=status).update(status=status)
    modeladmin.message_user(request, f"{changed} {done}.", messages.SUCCESS)


@admin.action(description="Publish the selected entries", permissions=["change"])
def publish(modeladmin, request, queryset):
    set_status(modeladmin, request, queryset, Status.PUBLISHED, "published")


@admin.action(
    description="Move the selected entries to drafts (hidden from the public)", permissions=["change"]
)
def move_to_drafts(modeladmin, request, queryset):
    set_status(modeladmin, request, queryset, Status.DRAFT, "moved to drafts")


CAUTION_FIELDS = ["severity", "red_flag", "shared_advice", "applies_to", "text", "source"]


class CautionFields:
    """A caution's fields, with the shared advice a warning sign shows, which the curator sees but edits
    nowhere here: the same words appear on the pain check-in and the warning-signs page."""

    fields = CAUTION_FIELDS
    readonly_fields = ["shared_advice"]

    @admin.display(description="Shared advice shown for the warning sign")
    def shared_advice(self, caution):
        advice = caution.advice
        return advice.text if advice else "Not a warning sign: the page shows the caution's own text."


class CautionInline(CautionFields, admin.StackedInline):
    model = Caution
    extra = 0
    show_change_link = True  # a caution's own quotes are edited on its page


class ExerciseQuoteInline(admin.StackedInline):
    model = SourceQuote
    fk_name = "exercise"
    fields = ["contributor", "quote"]
    extra = 0


class RoutineQuoteInline(ExerciseQuoteInline):
    fk_name = "routine"


class CautionQuoteInline(ExerciseQuoteInline):
    fk_name = "caution"


class RoutineStepInline(admin.TabularInline):
    model = RoutineStep
    fields = ["order", "exercise", "sets", "reps", "hold_seconds", "note"]
    autocomplete_fields = ["exercise"]
    extra = 0


@admin.register(Exercise)
class ExerciseAdmin(admin.ModelAdmin):
    form = ExerciseAdminForm
    list_display = ["name", "thumbnail", "kind", "status", "source", "updated_at"]
    list_filter = ["status", "kind", "body_areas", "equipment", "source"]
    search_fields = ["name", "slug", "summary", "instructions"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["body_areas", "equipment", "alternatives"]
    readonly_fields = ["illustration_preview", "updated_at"]
    inlines = [CautionInline, ExerciseQuoteInline]
    actions = [publish, move_to_drafts]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "name",
                    "slug",
                    "kind",
                    "status",
                    "summary",
                    "why_discouraged",
                    "source",
                    "updated_at",
                ]
            },
        ),
        (
            "How to do it",
            {
                "fields": [
                    "instructions",
                    "how_to_source",
                    ("default_sets", "default_reps", "default_hold_seconds"),
                    "sessions_per_week",
                    "starting_level",
                ]
            },
        ),
        (
            "Where it works, what it needs, what to do instead",
            {"fields": ["body_areas", "equipment", "alternatives"]},
        ),
        (
            "Illustration",
            {
                "description": "The library's own line drawing shows unless a picture is uploaded: an "
                "uploaded picture replaces it on every page.",
                "fields": ["drawing", "illustration", "illustration_alt", "illustration_preview"],
            },
        ),
    ]

    @admin.display(description="Picture")
    def thumbnail(self, exercise):
        return thumbnail_tag(exercise, 60)

    @admin.display(description="Preview")
    def illustration_preview(self, exercise):
        return thumbnail_tag(exercise, 240) or "No illustration yet."

    def save_model(self, request, obj, form, change):
        before = images.stored_file_names(Exercise.objects.get(pk=obj.pk)) if change else set()
        if form.prepared_illustration:
            images.use_illustration(obj, form.prepared_illustration)
        elif not obj.illustration:
            obj.illustration_thumbnail = ""
        super().save_model(request, obj, form, change)
        images.delete_after_commit(Exercise, before - images.stored_file_names(obj))

    def delete_model(self, request, obj):
        names = images.stored_file_names(obj)
        super().delete_model(request, obj)
        images.delete_after_commit(Exercise, names)

    def delete_queryset(self, request, queryset):
        names = set().union(*(images.stored_file_names(exercise) for exercise in queryset))
        super().delete_queryset(request, queryset)
        images.delete_after_commit(Exercise, names)


@admin.register(Routine)
class RoutineAdmin(admin.ModelAdmin):
    list_display = ["name", "status", "sessions_per_week", "source", "updated_at"]
    list_filter = ["status", "source"]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [RoutineStepInline, RoutineQuoteInline]
    actions = [publish, move_to_drafts]


@admin.register(Caution)
class CautionAdmin(CautionFields, admin.ModelAdmin):
    list_display = ["__str__", "severity", "red_flag", "exercise", "applies_to", "source"]
    list_filter = ["severity", "red_flag", "source", ("exercise", admin.EmptyFieldListFilter)]
    list_select_related = ["exercise"]
    search_fields = ["text", "applies_to", "exercise__name"]
    autocomplete_fields = ["exercise"]
    fields = ["exercise", *CAUTION_FIELDS]
    inlines = [CautionQuoteInline]


@admin.register(SourceQuote)
class SourceQuoteAdmin(admin.ModelAdmin):
    form = SourceQuoteAdminForm
    list_display = ["contributor", "__str__", "exercise", "caution", "routine"]
    list_filter = ["contributor"]
    list_select_related = ["exercise", "caution", "routine"]
    search_fields = ["contributor", "quote"]
    autocomplete_fields = ["exercise", "caution", "routine"]


@admin.register(BodyArea, Equipment)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
