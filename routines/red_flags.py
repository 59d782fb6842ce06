"""The warning signs (red flags) of back pain and what to do about each: the one source of these words.

The check-in's boxes and its advice, the warning-signs page and the library's cautions all read them from
here, so the library and the journal can never give a runner two different answers. No Django here: the
library may not import the journal, and the journal's models build their choices from this module.

The cauda-equina signs (saddle numbness, bladder or bowel control, new leg weakness) can mean the nerves at
the base of the spine are squeezed; hours matter, so they share one piece of advice: go to an emergency
department today.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Sign:
    code: str
    label: str
    # Empty for the urgent signs, which share EMERGENCY_ADVICE (and EMERGENCY_BRIEF).
    advice: str = ""
    urgent: bool = False
    # The advice in one line, where a page has room for no more (the library's notice of its cautions).
    brief: str = ""


URGENT_HEADING = "Urgent — go to an emergency department today"
EMERGENCY_ADVICE = (
    "With back pain, this can be cauda equina syndrome: pressure on the nerves at the base of the spine, "
    "which needs treatment within hours to avoid lasting damage. Do not wait to see whether it passes, "
    "and do not run."
)

EMERGENCY_BRIEF = "With back pain this can be cauda equina syndrome: go to an emergency department today."

SIGNS = (
    Sign(
        "blood_in_urine",
        "Blood or brown colour in your urine",
        advice=(
            "Blood in the urine after a long or hard run is common and usually clears within 24 to 48 hours: "
            "drink, rest, and do not run until it has cleared. See a doctor if it lasts longer, comes back, "
            "or comes with fever, pain in your side (flank pain) or pain when passing urine: with back pain, "
            "it can come from the kidneys or bladder rather than your back. Urine as dark as cola with "
            "severe muscle pain or weakness after a race needs a doctor the same day."
        ),
        brief=(
            "Common after a long or hard run: rest, drink, and do not run until it clears, usually within 48 "
            "hours; see a doctor if it lasts, comes back, or comes with fever or pain in your side."
        ),
    ),
    Sign(
        "fever",
        "Fever or feeling unwell with the pain",
        advice=(
            "Back pain with a fever or feeling unwell can mean an infection, of the kidneys for example. "
            "See a doctor today or tomorrow."
        ),
        brief=("Back pain with a fever can mean an infection: see a doctor today or tomorrow."),
    ),
    Sign("saddle_numbness", "Numbness around the buttocks, genitals or inner thighs", urgent=True),
    Sign("bladder_bowel", "Loss of bladder or bowel control, or trouble passing urine", urgent=True),
    Sign("leg_weakness", "New weakness in a leg or foot", urgent=True),
    Sign(
        "after_fall",
        "The pain began after a fall or accident",
        advice=(
            "Pain that began with a fall or an accident should be checked by a doctor to rule out a "
            "fracture; go the same day if the pain is severe or you are over 50."
        ),
        brief=("Pain that began with a fall: see a doctor to rule out a fracture."),
    ),
    Sign(
        "weight_loss",
        "Weight loss you cannot explain",
        advice=(
            "Back pain together with weight loss you cannot explain needs a doctor's check: book an "
            "appointment in the next few days."
        ),
        brief=("Back pain with weight loss you cannot explain: book a doctor's appointment."),
    ),
    Sign(
        "night_pain",
        "Pain at night that rest does not ease",
        advice=(
            "Pain at night that rest and changing position do not ease is not the usual mechanical back "
            "pain. Book a doctor's appointment in the next few days."
        ),
        brief=("Pain at night that rest does not ease: book a doctor's appointment."),
    ),
)
CODES = tuple(sign.code for sign in SIGNS)
CHOICES = tuple((sign.code, sign.label) for sign in SIGNS)


@dataclass(frozen=True)
class Advice:
    """What to do about one or more warning signs. The urgent signs share one piece of advice, given once
    with every sign it is about named, so it is neither repeated nor buried among the others."""

    signs: tuple
    urgent: bool
    heading: str
    text: str
    brief: str

    @property
    def labels(self):
        return tuple(sign.label for sign in self.signs)

    @property
    def codes(self):
        return tuple(sign.code for sign in self.signs)


def _advice(signs):
    urgent = tuple(sign for sign in signs if sign.urgent)
    emergency = [Advice(urgent, True, URGENT_HEADING, EMERGENCY_ADVICE, EMERGENCY_BRIEF)] if urgent else []
    others = [
        Advice((sign,), False, sign.label, sign.advice, sign.brief) for sign in signs if not sign.urgent
    ]
    return emergency + others


def advice_for(codes):
    """Advice for the given signs, the urgent ones first; unknown codes are ignored."""
    given = set(codes or ())
    return _advice([sign for sign in SIGNS if sign.code in given])


def all_advice():
    return _advice(SIGNS)
