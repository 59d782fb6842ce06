"""Stretches, yoga and mobility: the thread asks for them but rarely says how, so most how-tos are the
library's own."""

from routines.seed.people import (
    CHARLES,
    GEORGE,
    LIBRARY,
    NORM,
    THREAD,
    UNSIGNED,
    stop_before_pain,
)

HAMSTRING_STRETCH = {
    "slug": "hamstring-stretch",
    "name": "Hamstring stretch",
    "kind": "stretch",
    "status": "published",
    "source": THREAD,
    "how_to_source": LIBRARY,
    "summary": "Loosen tight hamstrings, which can tilt the pelvis and change the curve of the spine.",
    "instructions": "Lie on your back and loop a towel or strap around one foot.\n"
    "Let the strap raise the leg, knee nearly straight, until you feel a gentle stretch behind the thigh. "
    "This is a stretch, not a straight-leg raise: your arms do the lifting.\n"
    "Hold and breathe slowly, then change legs.\n"
    "Stretch both sides, and give a tighter side more time.",
    "body_areas": ["hamstrings", "hips", "lower-back"],
    "equipment": ["floor-mat"],
    "default_sets": 2,
    "default_hold_seconds": 30,
    "sessions_per_week": 5,
    "starting_level": "beginner",
    "cautions": [
        stop_before_pain(),
        {
            "severity": "tip",
            "applies_to": "if one side is tighter",
            "text": "Give the tight side extra time: one tight hamstring twists the pelvis sideways too.",
            "source": THREAD,
            "quotes": [
                (
                    UNSIGNED,
                    "If only one ham is tight, it's worse because now the pelvis is being twisted "
                    "laterally as well.",
                )
            ],
        },
    ],
    "quotes": [
        (UNSIGNED, "I read in an anatomy book that tight hamstrings can cause back pain."),
        (
            UNSIGNED,
            "If they are tight, they can distort the carriage of the pelvis by rotating it down and back, "
            "thereby affecting the curve of the spine.",
        ),
    ],
}

BACK_EXTENSION_STRETCH = {
    "slug": "back-extension-stretch",
    "name": "Back stretch, knees to chest",
    "kind": "stretch",
    "status": "published",
    "source": THREAD,
    "how_to_source": LIBRARY,
    "summary": "Curl the opposite way to the one your back muscles pull, to stretch them: helps when the "
    "back is sore.",
    "instructions": "Lie on your back with your knees bent.\n"
    "Bring one knee, then both, towards your chest, holding behind your thighs.\n"
    "Let your lower back round gently onto the floor, and hold.\n"
    "Lower one leg at a time.",
    "body_areas": ["lower-back", "glutes"],
    "equipment": ["floor-mat"],
    "default_sets": 2,
    "default_hold_seconds": 30,
    "sessions_per_week": 7,
    "starting_level": "beginner",
    "alternatives": ["childs-pose"],
    "cautions": [
        stop_before_pain(),
        {
            "severity": "tip",
            "applies_to": "when your back is sore",
            "text": "A gentle back stretch can ease a sore back.",
            "source": THREAD,
            "quotes": [(NORM, "There are also some back stretches that can help when the back is sore")],
        },
    ],
    "quotes": [
        (
            CHARLES,
            "Stretching involves, uh, what's the word, well, bending the opposite way from when you are "
            "contracting the back muscles",
        ),
    ],
}

SPINAL_TWIST = {
    "slug": "spinal-twist",
    "name": "Lying spinal twist",
    "kind": "stretch",
    "status": "published",
    "source": THREAD,
    "how_to_source": LIBRARY,
    "summary": "Twist the torso along its length to keep the spine flexible.",
    "instructions": "Lie on your back, arms out to the sides, knees bent and together.\n"
    "Let both knees sink slowly to one side while your shoulders stay on the floor.\n"
    "Hold and breathe out into the stretch.\n"
    "Bring the knees back up and go to the other side.",
    "body_areas": ["lower-back", "hips"],
    "equipment": ["floor-mat"],
    "default_sets": 2,
    "default_hold_seconds": 30,
    "sessions_per_week": 7,
    "starting_level": "beginner",
    "alternatives": ["back-extension-stretch"],
    "cautions": [
        stop_before_pain(),
        {
            "severity": "caution",
            "applies_to": "with sciatica or a flaring back",
            "text": "Keep the twist small: go only as far as feels easy.",
            "source": LIBRARY,
            "quotes": [],
        },
    ],
    "quotes": [(CHARLES, "plus stretches which twist the torso longitudinally.")],
}

PIRIFORMIS_STRETCH = {
    "slug": "piriformis-stretch",
    "name": "Piriformis stretch (figure four)",
    "kind": "stretch",
    "status": "published",
    "source": LIBRARY,
    "how_to_source": LIBRARY,
    "summary": "Stretch the deep buttock muscle behind piriformis sciatica. In the thread, gym work "
    "cleared it; this stretch is the library's addition.",
    "instructions": "Lie on your back with both knees bent.\n"
    "Cross one ankle over the other knee, making a figure four.\n"
    "Draw the lower thigh gently towards you until you feel the stretch deep in the buttock of the "
    "crossed leg.\n"
    "Hold, then change sides.",
    "body_areas": ["glutes", "hips"],
    "equipment": ["floor-mat"],
    "default_sets": 2,
    "default_hold_seconds": 30,
    "sessions_per_week": 5,
    "starting_level": "beginner",
    "alternatives": ["glute-bridge"],
    "cautions": [
        stop_before_pain(),
        {
            "severity": "stop",
            "applies_to": "if pain, tingling or numbness runs down the leg",
            "text": "Ease off. Sciatica that spreads, or comes with weakness in the leg, needs a doctor.",
            "source": LIBRARY,
            "quotes": [],
        },
    ],
    "quotes": [
        (
            GEORGE,
            "I formerly had sciatic pain after 30 miles in an ultra. After I began working out at the gym, "
            'that problem disappeared "completely".',
        ),
        (GEORGE, "However, I had a very specific kind of sciatica: piriformis sciatica."),
    ],
}

CHILDS_POSE = {
    "slug": "childs-pose",
    "name": "Child's pose",
    "kind": "yoga",
    "status": "published",
    "source": LIBRARY,
    "how_to_source": LIBRARY,
    "summary": "A resting yoga pose that rounds and lengthens the lower back. The thread credits a yoga "
    "routine without naming poses; this one is the library's choice.",
    "instructions": "Kneel and sit back on your heels, knees a little apart.\n"
    "Fold forward and rest your chest on your thighs and your forehead on the floor.\n"
    "Stretch your arms forward, or rest them by your sides, and breathe slowly.",
    "body_areas": ["lower-back", "hips"],
    "equipment": ["floor-mat"],
    "default_sets": 1,
    "default_hold_seconds": 45,
    "sessions_per_week": 5,
    "starting_level": "beginner",
    "alternatives": ["back-extension-stretch"],
    "cautions": [
        stop_before_pain("every time you hold the pose"),
        {
            "severity": "caution",
            "applies_to": "with sore knees",
            "text": "Put a folded towel between your thighs and calves, or do the knees-to-chest stretch "
            "lying down.",
            "source": LIBRARY,
            "quotes": [],
        },
    ],
    "quotes": [
        (
            CHARLES,
            "One day a friend suggested I try yoga and loaned me a book; I did the routine regularly and "
            "noticed immediate improvement; within two months the problem was essentially gone.",
        ),
    ],
}

CAT_COW = {
    "slug": "cat-cow",
    "name": "Cat and cow",
    "kind": "mobility",
    "status": "published",
    "source": LIBRARY,
    "how_to_source": LIBRARY,
    "summary": "Round and hollow your back slowly on hands and knees, to keep the spine supple.",
    "instructions": "Start on your hands and knees, hands under shoulders and knees under hips.\n"
    "Breathing out, round your back up towards the ceiling and let your head drop.\n"
    "Breathing in, let your belly sink gently and lift your chest and gaze.\n"
    "Move slowly between the two.",
    "body_areas": ["lower-back"],
    "equipment": ["floor-mat"],
    "default_sets": 1,
    "default_reps": 10,
    "sessions_per_week": 7,
    "starting_level": "very_easy",
    "alternatives": ["back-extension-stretch"],
    "cautions": [
        {
            "severity": "caution",
            "applies_to": "when your back is flaring",
            "text": "Keep the movement small and slow, within what feels easy.",
            "source": LIBRARY,
            "quotes": [],
        },
    ],
    "quotes": [
        (
            CHARLES,
            "In my experience, the key to getting rid of back problems is to strengthen the back muscles, "
            "and to keep the back muscles stretched and spine flexible.",
        ),
    ],
}

STRETCHES = [
    HAMSTRING_STRETCH,
    BACK_EXTENSION_STRETCH,
    SPINAL_TWIST,
    PIRIFORMIS_STRETCH,
    CHILDS_POSE,
    CAT_COW,
]
