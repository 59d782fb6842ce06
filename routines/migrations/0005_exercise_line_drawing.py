"""Give every exercise seeded from the thread the library's own line drawing of its movement.

The drawing is a field naming a file in static/routines/illustrations/ (see routines/drawings.py), not a
lookup by slug, so a curator can rename an exercise and keep its picture. The seeded slugs and their drawings
are frozen here: a migration must do the same on every database whenever it runs. An exercise a curator has
already renamed, or given a drawing, is left as it is. Reversing drops the field, and the names with it.
"""

from django.db import migrations, models

DRAWING_OF_SEEDED_EXERCISE = {
    "crunch": "crunch",
    "full-sit-up": "full-sit-up",
    "hanging-knee-raise": "hanging-knee-raise",
    "straight-leg-raise": "straight-leg-raise",
    "roman-chair-back-extension": "roman-chair-back-extension",
    "deadlift": "deadlift",
    "glute-bridge": "glute-bridge",
    "hamstring-stretch": "hamstring-stretch",
    "back-extension-stretch": "back-extension-stretch",
    "spinal-twist": "spinal-twist",
    "piriformis-stretch": "piriformis-stretch",
    "childs-pose": "childs-pose",
    "cat-cow": "cat-cow",
}

DRAWING_CHOICES = [
    ("crunch", "Crunch"),
    ("full-sit-up", "Full sit-up"),
    ("hanging-knee-raise", "Hanging knee raise"),
    ("straight-leg-raise", "Straight-leg raise"),
    ("roman-chair-back-extension", "Roman chair back extension"),
    ("deadlift", "Deadlift"),
    ("glute-bridge", "Glute bridge"),
    ("hamstring-stretch", "Hamstring stretch with a strap"),
    ("back-extension-stretch", "Knees to chest"),
    ("spinal-twist", "Lying spinal twist"),
    ("piriformis-stretch", "Figure-four stretch"),
    ("childs-pose", "Child's pose"),
    ("cat-cow", "Cat and cow"),
]


def draw_seeded_exercises(apps, schema_editor):
    Exercise = apps.get_model("routines", "Exercise")
    for slug, drawing in DRAWING_OF_SEEDED_EXERCISE.items():
        Exercise.objects.filter(slug=slug, drawing="").update(drawing=drawing)


class Migration(migrations.Migration):
    dependencies = [
        ("routines", "0004_caution_warning_sign_shares_advice"),
    ]

    operations = [
        migrations.AddField(
            model_name="exercise",
            name="drawing",
            field=models.CharField(
                blank=True,
                choices=DRAWING_CHOICES,
                help_text="The library's own drawing of the movement. An uploaded illustration replaces it.",
                max_length=40,
                verbose_name="line drawing",
            ),
        ),
        # Backwards, the field is removed right after this step, so there is nothing to undo here.
        migrations.RunPython(draw_seeded_exercises, migrations.RunPython.noop),
    ]
