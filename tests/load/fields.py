"""How a simulated runner fills in the journal's forms: one table of rules, matched on field names.

The forms are read from the rendered pages, so the harness follows renamed or added fields by itself; only a
field whose meaning it cannot guess needs a new rule here.
"""

import re

# (pattern on the field name, value maker(form, name, kind, date, rng)); the first match wins.
FIELD_RULES = [
    (r"(^|[-_])date$", lambda form, name, kind, date, rng: date.isoformat()),
    (r"pain$", lambda form, name, kind, date, rng: str(rng.randint(0, 10))),
    (r"distance", lambda form, name, kind, date, rng: f"{rng.uniform(3, 25):.1f}"),
    (r"duration", lambda form, name, kind, date, rng: duration(form, name, kind, rng)),
    (r"(ascent|descent)", lambda form, name, kind, date, rng: str(rng.randint(0, 600))),
    (r"sets$", lambda form, name, kind, date, rng: str(rng.randint(1, 4))),
    (r"reps$", lambda form, name, kind, date, rng: str(rng.randint(8, 20))),
    (r"notes$", lambda form, name, kind, date, rng: f"load test {kind} {date.isoformat()}"),
]

# Formset rows after the first stay as rendered (empty), so they add nothing.
LATER_FORMSET_ROW = re.compile(r"-([1-9]\d*)-")
FIRST_FORMSET_ROW = re.compile(r"-0-")


def duration(form, name, kind, rng):
    minutes = rng.randint(20, 150) if kind == "run" else rng.randint(10, 60)
    if form.input_types.get(name) == "number":
        return str(minutes)
    return f"{minutes // 60}:{minutes % 60:02d}:00"


def fill_journal_form(form, kind, date, rng):
    """Fill `form` in place as a runner logging a `kind` ("workout", "checkin", "run") on `date` would."""
    for name in list(form.values):
        if LATER_FORMSET_ROW.search(name) or name.endswith(("TOTAL_FORMS", "INITIAL_FORMS", "_FORMS")):
            continue
        if name in form.options:
            choose_option(form, name)
            continue
        if name in form.checkboxes:
            continue  # no red flags, no irritation: nothing ticked
        for pattern, make_value in FIELD_RULES:
            if re.search(pattern, name) and (pattern.endswith("date$") or not form.values[name]):
                form.fill(name, make_value(form, name, kind, date, rng))
                break


def choose_option(form, name):
    """Keep a chosen option; pick the first real one where the form needs one (a required select, row 0)."""
    if form.values.get(name):
        return
    if name in form.required or FIRST_FORMSET_ROW.search(name):
        real_options = [value for value in form.options[name] if value]
        if real_options:
            form.fill(name, real_options[0])
