"""Routines the contributors described, and the cautions that apply to the whole library.

The thread gives few numbers beyond Andy Williams's crunches and Sarah Tynes's knee lifts; where a routine
needs more, its description says which numbers are the library's own.
"""

from routines.seed.people import (
    ANDY,
    CHARLES,
    GEORGE,
    LAYOFF,
    NEVER_STRETCH_INTO_PAIN,
    SARAH,
    START_VERY_EASY,
    STRETCH_AFTERWARDS,
    THREAD,
)


def step(exercise, sets=1, reps=None, hold_seconds=None, note=""):
    return {"exercise": exercise, "sets": sets, "reps": reps, "hold_seconds": hold_seconds, "note": note}


ROUTINES = [
    {
        "slug": "daily-crunches",
        "name": "Crunches every day",
        "description": "Andy Williams's routine: 20 to 40 crunches a day, knees bent, lifting 45 to 60 "
        "degrees from the floor and no further. It ended his back problems, except after lay-offs.",
        "sessions_per_week": 7,
        "status": "published",
        "source": THREAD,
        "steps": [step("crunch", sets=1, reps=20, note="Build up to 40 a day.")],
        "quotes": [
            (ANDY, "doing 20 to 40 reps a day ended my back problems."),
            LAYOFF,
        ],
    },
    {
        "slug": "hanging-knee-lifts",
        "name": "Hanging knee lifts, three sets of 10 to 15",
        "description": "Sarah Tynes's routine: three sets of 10 to 15 hanging knee lifts, two to four times "
        "a week, often straight after her evening run. George Beinhorn stretches immediately afterwards; "
        "which stretches, and for how long, is the library's suggestion.",
        "sessions_per_week": 3,
        "status": "published",
        "source": THREAD,
        "steps": [
            step("hanging-knee-raise", sets=3, reps=10, note="10 to 15 in each set."),
            step("back-extension-stretch", sets=1, hold_seconds=30, note="Straight after the lifts."),
            step("hamstring-stretch", sets=1, hold_seconds=30, note="Each leg."),
        ],
        "quotes": [
            (
                SARAH,
                "I've been doing 3 set of 10-15, 2-4 times per week, and my back trouble has miraculously "
                "disappeared!",
            ),
            (
                SARAH,
                "Generally, when I go out for my evening run, I simply run back to the gym when I'm "
                "finished and do my tummy stuff!",
            ),
            STRETCH_AFTERWARDS,
        ],
    },
    {
        "slug": "back-strength-from-very-easy",
        "name": "Back strength, starting very easy",
        "description": "Charles Steele's approach: strengthen the back muscles, then keep them stretched "
        "and the spine flexible. If your back is weak, start with VERY easy versions. The thread gives no "
        "sets or reps: the numbers here are the library's cautious starting point. Build up over weeks, "
        "not days.",
        "sessions_per_week": 3,
        "status": "published",
        "source": THREAD,
        "steps": [
            step("roman-chair-back-extension", sets=2, reps=5, note="Part of the range at first."),
            step("deadlift", sets=2, reps=5, note="An empty bar or a broomstick at first."),
            step("back-extension-stretch", sets=2, hold_seconds=30),
            step("spinal-twist", sets=2, hold_seconds=30, note="Each side."),
        ],
        "quotes": [
            START_VERY_EASY,
            (
                CHARLES,
                "I work at this fairly hard; when I slack off (for a few months) some of the old "
                "discomfort starts to creep back.",
            ),
        ],
    },
    {
        "slug": "back-stretches-and-yoga",
        "name": "Back stretches and yoga",
        "description": "Charles Steele cleared five years of back pain with a yoga routine done regularly; "
        "George Beinhorn finds stretching helps a lot, as long as it never hurts. Neither names the poses: "
        "the choice of stretches and the hold times are the library's.",
        "sessions_per_week": 5,
        "status": "published",
        "source": THREAD,
        "steps": [
            step("cat-cow", sets=1, reps=10),
            step("back-extension-stretch", sets=2, hold_seconds=30),
            step("spinal-twist", sets=2, hold_seconds=30, note="Each side."),
            step("hamstring-stretch", sets=2, hold_seconds=30, note="Each leg."),
            step("piriformis-stretch", sets=2, hold_seconds=30, note="Each side."),
            step("childs-pose", sets=1, hold_seconds=45),
        ],
        "quotes": [
            (
                CHARLES,
                "One day a friend suggested I try yoga and loaned me a book; I did the routine regularly "
                "and noticed immediate improvement; within two months the problem was essentially gone.",
            ),
            NEVER_STRETCH_INTO_PAIN,
        ],
    },
    {
        "slug": "glutes-and-abs-for-running-form",
        "name": "Glutes and abs for running form",
        "description": "George Beinhorn strengthens his abs and glutes to run balanced over his hips, which "
        "also spares his back. He does hanging knee lifts and stretches after them; the glute bridge and "
        "the numbers are the library's suggestion.",
        "sessions_per_week": 3,
        "status": "published",
        "source": THREAD,
        "steps": [
            step("glute-bridge", sets=2, reps=12),
            step("hanging-knee-raise", sets=3, reps=10),
            step("hamstring-stretch", sets=1, hold_seconds=30, note="Each leg, straight afterwards."),
        ],
        "quotes": [
            (
                GEORGE,
                "I find it much easier to run balanced over my hips, which feels effortless. This also "
                "helps protect my back, because I'm not jarring so much.",
            ),
        ],
    },
]

LIBRARY_CAUTIONS = [
    {
        "severity": "stop",
        "applies_to": "if back pain comes with blood or brown urine",
        "text": "It may be your kidneys or bladder rather than your back: see a doctor.",
        "source": THREAD,
        "quotes": [
            (
                GEORGE,
                'Sometimes "back pain" can actually be pain in the kidneys or bladder; but that\'s usually '
                "accompanied by blood or brown stuff in urine, a definite danger sign that should be taken "
                "seriously.",
            )
        ],
    },
    {
        "severity": "stop",
        "applies_to": "every stretch",
        "text": "Never stretch to the point of pain.",
        "source": THREAD,
        "quotes": [NEVER_STRETCH_INTO_PAIN],
    },
    {
        "severity": "caution",
        "applies_to": "if your back keeps hurting",
        "text": "Take back pain seriously: it may not go away on its own.",
        "source": THREAD,
        "quotes": [
            (CHARLES, "Take the back pain seriously; if it is like mine, it won't go away on its own.")
        ],
    },
]
