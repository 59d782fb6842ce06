"""What to do about each red-flag answer of a pain check-in.

The cauda-equina signs (saddle numbness, bladder or bowel control, new leg weakness) can mean the nerves at
the base of the spine are squeezed; hours matter, so their advice says go to an emergency department today.
"""

from dataclasses import dataclass

from tracker.models import PainCheckin

Flag = PainCheckin.RedFlag

URGENT_FLAGS = frozenset({Flag.SADDLE_NUMBNESS, Flag.BLADDER_BOWEL, Flag.LEG_WEAKNESS})

_EMERGENCY = (
    "Urgent — go to an emergency department today. Together with back pain this can be cauda equina "
    "syndrome, pressure on the nerves at the base of the spine, which needs treatment within hours to avoid "
    "lasting damage. Do not wait to see whether it passes, and do not run."
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
    Flag.SADDLE_NUMBNESS: _EMERGENCY,
    Flag.BLADDER_BOWEL: _EMERGENCY,
    Flag.LEG_WEAKNESS: _EMERGENCY,
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
    flag: str
    label: str
    urgent: bool
    text: str


def _advice(flag):
    flag = Flag(flag)
    return Advice(flag=flag.value, label=flag.label, urgent=flag in URGENT_FLAGS, text=_ADVICE_TEXT[flag])


def advice_for(flags):
    """Advice for the ticked flags, the urgent ones first; unknown codes are ignored."""
    known = [flag for flag in Flag.values if flag in set(flags or ())]
    advice = [_advice(flag) for flag in known]
    return sorted(advice, key=lambda item: not item.urgent)


def all_advice():
    return [_advice(flag) for flag in Flag.values]
