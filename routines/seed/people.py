"""The thread's contributors, as they signed, and the words several entries quote."""

NORM = "Norm Yarger"
ANDY = "Andy Williams"
GEORGE = "George Beinhorn"
SARAH = "Sarah Tynes"
CHARLES = "Charles Steele"
# The paragraph on tight hamstrings follows George Beinhorn's message without a signature; naming anyone
# would be a guess.
UNSIGNED = "Unsigned reply in the thread"

THREAD = "thread"
LIBRARY = "library"

NEVER_STRETCH_INTO_PAIN = (
    GEORGE,
    'First, stretching "does" help quite a lot. You "must never" stretch to the point of pain, however.',
)
START_VERY_EASY = (CHARLES, "If your back is weak, start with VERY easy exercises here.")
STRETCH_AFTERWARDS = (GEORGE, "I stretch immediately afterwards.")
LAYOFF = (ANDY, "Only doesn't work when my laziness causes a layoff for a while.")


def stop_before_pain(applies_to="every time you stretch"):
    """The thread's one rule for every stretch, as a caution of its own on each stretch."""
    return {
        "severity": "stop",
        "applies_to": applies_to,
        "text": "Never stretch to the point of pain: ease off as soon as the stretch starts to hurt.",
        "source": THREAD,
        "quotes": [NEVER_STRETCH_INTO_PAIN],
    }


def stop_at_sharp_pain():
    return {
        "severity": "stop",
        "applies_to": "if you feel sharp pain, or pain running down a leg",
        "text": "Stop at once and rest. Pain that shoots down a leg, or comes with numbness or weakness, "
        "needs a doctor.",
        "source": LIBRARY,
        "quotes": [],
    }


def avoid_when_flaring(instead):
    return {
        "severity": "avoid",
        "applies_to": "when your back is flaring",
        "text": f"Leave it out until the flare settles; {instead}",
        "source": LIBRARY,
        "quotes": [],
    }
