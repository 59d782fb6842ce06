"""What to do about each red-flag answer of a pain check-in.

The cauda-equina signs (saddle numbness, bladder or bowel control, new leg weakness) can mean the nerves at
the base of the spine are squeezed; hours matter, so their advice says go to an emergency department today.
"""

from dataclasses import dataclass

from tracker.models import PainCheckin

Flag = PainCheckin.RedFlag

URGENT_FLAGS = frozenset({Flag.SADDLE_NUMBNESS, Flag.BLADDER_BOWEL, Flag.LEG_WEAKNESS})

URGENT_HEADING = "Urgent — go to an emergency department today"
_EMERGENCY = (
    "With back pain, this can be cauda equina syndrome: pressure on the nerves at the base of the spine, "
    "which needs treatment within hours to avoid lasting damage. Do not wait to see whether it passes, "
    "and do not run."
)

_ADVICE_TEXT = {
    Flag.BLOOD_IN_URINE: (
        "Blood or brown urine is common right after a long or hard run, and usually clears within 48 hours: "
        "drink, rest and watch it. See a doctor if it lasts longer than 48 hours, comes back, or comes with "
        "fever or pain in your side (flank pain): with back pain it can come from the kidneys or bladder."
    ),
    Flag.FEVER: (
        "Back pain with a fever or feeling unwell can mean an infection, of the kidneys for example. "
        "See a doctor today or tomorrow."
    ),
    Flag.AFTER_FALL: (
        "Pain that began with a fall or an accident should be checked by a doctor to rule out a fracture; "
        "go the same day if the pain is severe or you are over 50."
    ),
    Flag.WEIGHT_LOSS: (
        "Back pain together with weight loss you cannot explain needs a doctor's check: book an appointment "
        "in the next few days."
    ),
    Flag.NIGHT_PAIN: (
        "Pain at night that rest and changing position do not ease is not the usual mechanical back pain. "
        "Book a doctor's appointment in the next few days."
    ),
}


@dataclass(frozen=True)
class Advice:
    """What to do about one or more warning signs. The urgent signs share one piece of advice, given once
    with every ticked sign named, so it is neither repeated nor buried among the others."""

    labels: tuple
    urgent: bool
    heading: str
    text: str


def _advice(flags):
    urgent = [flag for flag in flags if flag in URGENT_FLAGS]
    emergency = (
        [Advice(tuple(flag.label for flag in urgent), True, URGENT_HEADING, _EMERGENCY)] if urgent else []
    )
    others = [
        Advice((flag.label,), False, flag.label, _ADVICE_TEXT[flag])
        for flag in flags
        if flag not in URGENT_FLAGS
    ]
    return emergency + others


def advice_for(codes):
    """Advice for the ticked flags, the urgent ones first; unknown codes are ignored."""
    ticked = set(codes or ())
    return _advice([Flag(code) for code in Flag.values if code in ticked])


def all_advice():
    return _advice(list(Flag))
