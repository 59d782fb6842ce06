"""Strength exercises from the thread: abs for the front of the trunk, back and glutes for the rest."""

from routines.seed.people import (
    ANDY,
    CHARLES,
    GEORGE,
    LAYOFF,
    LIBRARY,
    NORM,
    SARAH,
    START_VERY_EASY,
    STRETCH_AFTERWARDS,
    THREAD,
    avoid_when_flaring,
    stop_at_sharp_pain,
)

BODY_AREAS = [
    ("abs", "Abs"),
    ("lower-back", "Lower back"),
    ("glutes", "Glutes"),
    ("hamstrings", "Hamstrings"),
    ("hips", "Hips"),
]

EQUIPMENT = [
    ("floor-mat", "Floor mat (or none)"),
    ("parallel-bars", "Parallel bars or captain's chair"),
    ("roman-chair", "Roman chair"),
    ("barbell", "Barbell"),
]

CRUNCH = {
    "slug": "crunch",
    "name": "Crunch",
    "kind": "core",
    "status": "published",
    "source": THREAD,
    "how_to_source": THREAD,
    "summary": "A part-way sit-up, knees bent, lifting 45 to 60 degrees from the floor: the thread's staple "
    "for the abs that support the back.",
    "instructions": "Lie on your back with your knees bent.\n"
    "Lift your upper body 45 to 60 degrees from the floor; do not sit all the way up.\n"
    "Lower yourself back down and repeat.\n"
    "Move your feet nearer to or further from your bottom to change which part of the abs does the work.",
    "body_areas": ["abs"],
    "equipment": ["floor-mat"],
    "default_sets": 1,
    "default_reps": 20,
    "sessions_per_week": 7,
    "starting_level": "beginner",
    "alternatives": ["hanging-knee-raise"],
    "cautions": [
        {
            "severity": "caution",
            "applies_to": "if crunches irritate your back",
            "text": "Crunches are fine done cautiously, but they irritate some backs. If yours complains, "
            "stop them and do hanging knee raises instead.",
            "source": THREAD,
            "quotes": [
                (
                    GEORGE,
                    "Crunches are fine if you do them cautiously. I can't do them at all, as they irritate "
                    "my back pain. Instead, I do hanging knee lifts.",
                )
            ],
        },
        {
            "severity": "tip",
            "applies_to": "",
            "text": "Crunches mostly work the upper abs; hanging knee raises reach the lower abs, opposite "
            "the lower back.",
            "source": THREAD,
            "quotes": [
                (
                    SARAH,
                    "Apparently crunches work the upper abs, but we need to work the lower abs that are "
                    "directly opposite the lower back.",
                )
            ],
        },
        {
            "severity": "tip",
            "applies_to": "after a lay-off",
            "text": "The benefit fades when you stop: keep them going.",
            "source": THREAD,
            "quotes": [LAYOFF],
        },
    ],
    "quotes": [
        (NORM, "I would suggest exercises to strengthen the abs. Lots of crunches (sit-ups)."),
        (
            ANDY,
            "do crunches (sit-ups where you don't sit all the way up but lift 45 to 60 degrees up from "
            "horizontal.",
        ),
        (ANDY, "doing 20 to 40 reps a day ended my back problems."),
    ],
}

FULL_SIT_UP = {
    "slug": "full-sit-up",
    "name": "Full sit-up",
    "kind": "core",
    "status": "discouraged",
    "source": THREAD,
    "how_to_source": LIBRARY,
    "summary": "Sitting all the way up from lying on your back. Stop part-way instead: that is a crunch.",
    "instructions": "Lie on your back with your knees bent.\n"
    "Curl up all the way until you are sitting upright.",
    "why_discouraged": "Coming all the way up gives the abs less work than stopping at 45 to 60 degrees, and "
    "one runner's hip clicked on every full sit-up until he stopped part-way.",
    "body_areas": ["abs", "hips"],
    "equipment": ["floor-mat"],
    "alternatives": ["crunch", "hanging-knee-raise"],
    "cautions": [
        {
            "severity": "avoid",
            "applies_to": "if your hip clicks or pops",
            "text": "Stop at 45 to 60 degrees (a crunch) instead of sitting all the way up.",
            "source": THREAD,
            "quotes": [
                (
                    ANDY,
                    'When I used to do sit-ups there would sometimes be a "click" or "pop" in my right hip.',
                )
            ],
        },
    ],
    "quotes": [
        (
            ANDY,
            "Now that I don't come up to the full sit up position the work on the abs is much greater, and "
            "there is no more hip problem.",
        ),
    ],
}

HANGING_KNEE_RAISE = {
    "slug": "hanging-knee-raise",
    "name": "Hanging knee raise",
    "kind": "core",
    "status": "published",
    "source": THREAD,
    "how_to_source": THREAD,
    "summary": "Supported on your elbows between parallel bars (or in a captain's chair), lift your knees "
    "towards your chest. Works the lower abs; the thread's choice when crunches irritate the back.",
    "instructions": "Rest your elbows and forearms on two parallel bars, or hang by your arms.\n"
    "Let your legs hang down.\n"
    "Lift your knees towards your chest.\n"
    "Lower them again and repeat.\n"
    "Stretch straight afterwards.",
    "body_areas": ["abs", "hips"],
    "equipment": ["parallel-bars"],
    "default_sets": 3,
    "default_reps": 10,
    "sessions_per_week": 3,
    "starting_level": "beginner",
    "alternatives": ["crunch"],
    "cautions": [
        {
            "severity": "tip",
            "applies_to": "after every set",
            "text": "Stretch immediately afterwards.",
            "source": THREAD,
            "quotes": [STRETCH_AFTERWARDS],
        },
        {
            "severity": "caution",
            "applies_to": "if hanging hurts your shoulders or elbows",
            "text": "Do fewer, or do crunches on the floor instead.",
            "source": LIBRARY,
            "quotes": [],
        },
    ],
    "quotes": [
        (GEORGE, "I hang with my elbows on two parallel bars and lift my knees toward my chest."),
        (
            SARAH,
            "I've been doing 3 set of 10-15, 2-4 times per week, and my back trouble has miraculously "
            "disappeared!",
        ),
    ],
}

STRAIGHT_LEG_RAISE = {
    "slug": "straight-leg-raise",
    "name": "Straight-leg raise",
    "kind": "core",
    "status": "discouraged",
    "source": THREAD,
    "how_to_source": LIBRARY,
    "summary": "Lifting both legs with the knees kept straight, lying down or hanging. The thread's verdict: "
    "avoid it above all.",
    "instructions": "Lying on your back or hanging from a bar, both legs are lifted with the knees straight.",
    "why_discouraged": "One runner's warning above all others: straight-leg raises will put your back on the "
    "ash heap. Bend your knees instead: hanging knee raises work the same lower abs.",
    "body_areas": ["abs", "hips", "lower-back"],
    "equipment": ["floor-mat", "parallel-bars"],
    "alternatives": ["hanging-knee-raise", "crunch"],
    "cautions": [
        {
            "severity": "avoid",
            "applies_to": "everyone, and above all with a sore back",
            "text": "Do not do straight-leg raises. Bend your knees: do hanging knee raises or crunches.",
            "source": THREAD,
            "quotes": [],
        },
    ],
    "quotes": [
        (GEORGE, "Above all, avoid straight leg raisers, which will put your back on the ash heap."),
    ],
}

ROMAN_CHAIR_BACK_EXTENSION = {
    "slug": "roman-chair-back-extension",
    "name": "Roman chair back extension",
    "kind": "back",
    "status": "published",
    "source": THREAD,
    "how_to_source": LIBRARY,
    "summary": "Hyperextensions on a roman chair strengthen the back muscles. If your back is weak, start "
    "with VERY easy versions.",
    "instructions": "Set the pad just below your hip bones and hook your heels under the foot rest.\n"
    "Cross your arms over your chest and bend forward from the hips.\n"
    "Raise your upper body until it is in line with your legs; do not arch past straight.\n"
    "Lower slowly. To make it easier, move through only part of the range.",
    "body_areas": ["lower-back", "glutes", "hamstrings"],
    "equipment": ["roman-chair"],
    "default_sets": 2,
    "default_reps": 8,
    "sessions_per_week": 2,
    "starting_level": "very_easy",
    "alternatives": ["glute-bridge"],
    "cautions": [
        {
            "severity": "caution",
            "applies_to": "if your back is weak",
            "text": "Start with VERY easy versions and build up over weeks.",
            "source": THREAD,
            "quotes": [START_VERY_EASY],
        },
        stop_at_sharp_pain(),
        avoid_when_flaring("do the gentle back stretches instead."),
    ],
    "quotes": [
        (
            CHARLES,
            "Strengthening consists of various exercises, with or without weights, which involve "
            "contracting the back muscles (e.g. dead lifts, or hyperextension on the roman chair).",
        ),
    ],
}

DEADLIFT = {
    "slug": "deadlift",
    "name": "Deadlift",
    "kind": "back",
    "status": "published",
    "source": THREAD,
    "how_to_source": LIBRARY,
    "summary": "Lifting a bar from the floor with a flat back strengthens the back, glutes and hamstrings. "
    "Start VERY light.",
    "instructions": "Stand with your feet hip-width apart and the bar over the middle of your feet.\n"
    "Bend at the hips and knees and grip the bar just outside your legs.\n"
    "Brace your abs, keep your back flat, and stand up by pushing through your heels.\n"
    "Lower the bar the same way, hips back first.\n"
    "Begin with an empty bar or a broomstick and add weight slowly.",
    "body_areas": ["lower-back", "glutes", "hamstrings"],
    "equipment": ["barbell"],
    "default_sets": 2,
    "default_reps": 6,
    "sessions_per_week": 2,
    "starting_level": "very_easy",
    "alternatives": ["roman-chair-back-extension", "glute-bridge"],
    "cautions": [
        {
            "severity": "caution",
            "applies_to": "if your back is weak",
            "text": "Start with VERY easy versions: an empty bar or a broomstick.",
            "source": THREAD,
            "quotes": [START_VERY_EASY],
        },
        stop_at_sharp_pain(),
        avoid_when_flaring("keep to gentle stretches meanwhile."),
    ],
    "quotes": [
        (
            CHARLES,
            "I experimented a bit with non-yoga back exercises and am convinced that in my case the problem "
            "was weak back muscles that weren't capable of supporting my weight properly.",
        ),
    ],
}

GLUTE_BRIDGE = {
    "slug": "glute-bridge",
    "name": "Glute bridge",
    "kind": "back",
    "status": "published",
    "source": LIBRARY,
    "how_to_source": LIBRARY,
    "summary": "Lift your hips off the floor to strengthen the glutes. The thread credits strong glutes "
    "with better running form and a protected back; this exercise is the library's choice for them.",
    "instructions": "Lie on your back with your knees bent and your feet flat, hip-width apart.\n"
    "Squeeze your buttocks and lift your hips until knees, hips and shoulders are in line.\n"
    "Hold for a breath without arching your lower back, then lower slowly.",
    "body_areas": ["glutes", "hamstrings", "lower-back"],
    "equipment": ["floor-mat"],
    "default_sets": 2,
    "default_reps": 12,
    "sessions_per_week": 3,
    "starting_level": "very_easy",
    "cautions": [
        {
            "severity": "caution",
            "applies_to": "if you feel it in your lower back more than your buttocks",
            "text": "Lift less high, and squeeze your buttocks before you lift.",
            "source": LIBRARY,
            "quotes": [],
        },
        stop_at_sharp_pain(),
    ],
    "quotes": [
        (
            GEORGE,
            "I feel that strengthening abdominal and gluteus muscles (butt) helps my running form "
            "tremendously.",
        ),
        (GEORGE, "This also helps protect my back, because I'm not jarring so much."),
    ],
}

STRENGTH_EXERCISES = [
    CRUNCH,
    FULL_SIT_UP,
    HANGING_KNEE_RAISE,
    STRAIGHT_LEG_RAISE,
    ROMAN_CHAIR_BACK_EXTENSION,
    DEADLIFT,
    GLUTE_BRIDGE,
]
