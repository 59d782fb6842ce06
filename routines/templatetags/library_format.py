"""Formatting for the library's pages: doses and sessions in words, how-to text as steps."""

from django import template

from routines.words import count_of

register = template.Library()


def describe_dose(sets, reps, hold_seconds):
    """'3 sets of 10 reps', '2 holds of 30 seconds', '20 reps', or '' when nothing is set."""
    if hold_seconds:
        hold = count_of(hold_seconds, "second", "seconds")
        return f"{count_of(sets, 'hold', 'holds')} of {hold}" if sets else f"hold for {hold}"
    if reps:
        return (
            f"{count_of(sets, 'set', 'sets')} of {count_of(reps, 'rep', 'reps')}"
            if sets
            else count_of(reps, "rep", "reps")
        )
    return count_of(sets, "set", "sets") if sets else ""


@register.filter
def exercise_dose(exercise):
    return describe_dose(exercise.default_sets, exercise.default_reps, exercise.default_hold_seconds)


@register.filter
def step_dose(step):
    return describe_dose(step.sets, step.reps, step.hold_seconds)


@register.filter
def sessions_a_week(number):
    if not number:
        return ""
    return {1: "once a week", 2: "twice a week", 7: "every day"}.get(number, f"{number} times a week")


@register.filter
def steps(text):
    """How-to text, one step per line, without the blank lines."""
    return [line.strip() for line in text.splitlines() if line.strip()]
