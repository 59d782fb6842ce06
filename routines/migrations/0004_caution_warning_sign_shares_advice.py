"""A caution about a warning sign carries the sign's code, and the pages show the shared advice about it (the
same words as the pain check-in and the warning-signs page) instead of words of its own.

The library-wide caution seeded from the thread about blood or brown urine becomes the "blood_in_urine" sign:
its own words are cleared (a curator's edit of them too: the shared advice replaces them), its runner's quote
stays. Reversing gives it back the seeded words, and any other warning-sign caution the sign's name, so no
caution is left without words once the field is gone.
"""

from django.db import migrations, models

# Frozen as they were when this migration was written: a migration must not read a live module.
SIGNS = [
    ("blood_in_urine", "Blood or brown colour in your urine"),
    ("fever", "Fever or feeling unwell with the pain"),
    ("saddle_numbness", "Numbness around the buttocks, genitals or inner thighs"),
    ("bladder_bowel", "Loss of bladder or bowel control, or trouble passing urine"),
    ("leg_weakness", "New weakness in a leg or foot"),
    ("after_fall", "The pain began after a fall or accident"),
    ("weight_loss", "Weight loss you cannot explain"),
    ("night_pain", "Pain at night that rest does not ease"),
]
SEEDED_APPLIES_TO = "if back pain comes with blood or brown urine"
SEEDED_TEXT = "It may be your kidneys or bladder rather than your back: see a doctor."
SEEDED_QUOTE_START = 'Sometimes "back pain" can actually be pain in the kidneys or bladder'
SHARED_ADVICE_ONLY = (
    "A warning sign shows the shared advice, the same words as the pain check-in: leave this empty."
)


def seeded_blood_caution(Caution):
    """The seeded caution, found by its words or, if a curator has reworded it, by its runner's quote."""
    library_wide = Caution.objects.filter(exercise__isnull=True, red_flag="")
    return library_wide.filter(
        models.Q(text=SEEDED_TEXT) | models.Q(quotes__quote__startswith=SEEDED_QUOTE_START)
    ).distinct()


def use_the_shared_advice(apps, schema_editor):
    Caution = apps.get_model("routines", "Caution")
    Caution.objects.filter(pk__in=seeded_blood_caution(Caution).values("pk")).update(
        red_flag="blood_in_urine", text="", applies_to="", severity="stop"
    )


def give_back_own_words(apps, schema_editor):
    Caution = apps.get_model("routines", "Caution")
    Caution.objects.filter(exercise__isnull=True, red_flag="blood_in_urine").update(
        red_flag="", text=SEEDED_TEXT, applies_to=SEEDED_APPLIES_TO
    )
    for code, label in SIGNS:
        Caution.objects.filter(red_flag=code).update(
            red_flag="", text=f"Warning sign: {label}. See a doctor."
        )


class Migration(migrations.Migration):
    dependencies = [
        ("routines", "0003_seed_library"),
    ]

    operations = [
        migrations.AddField(
            model_name="caution",
            name="red_flag",
            field=models.CharField(
                blank=True,
                choices=SIGNS,
                help_text='For a warning sign: leave the text and "applies to" empty; pages show the shared advice.',
                max_length=30,
                verbose_name="warning sign",
            ),
        ),
        migrations.AlterField(
            model_name="caution",
            name="text",
            field=models.TextField(blank=True),
        ),
        migrations.RunPython(use_the_shared_advice, give_back_own_words),
        migrations.AddConstraint(
            model_name="caution",
            constraint=models.CheckConstraint(
                condition=models.Q(red_flag="") | models.Q(text="", applies_to="", severity="stop"),
                name="caution_warning_sign_uses_the_shared_advice",
                violation_error_message=SHARED_ADVICE_ONLY,
            ),
        ),
    ]
