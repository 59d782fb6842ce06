"""The library's own line drawings, one SVG file per movement in static/routines/illustrations/.

An exercise names its drawing in `Exercise.drawing` (one of CHOICES) rather than finding it by its slug, so a
curator can rename an exercise or its slug without losing the picture, two exercises can share a drawing, and
a curator picks one for a new exercise in the admin. A photo a curator uploads (`Exercise.illustration`)
replaces the drawing wherever there is one.

Every file draws inside `<g id="drawing">` on a 240 x 160 view box: the body in `currentColor`, the equipment
in the stroke colour and the motion arrows in the fill colour it inherits. A page shows it with
`<svg><use href="...#drawing"></svg>` and sets those three colours in CSS, so one file suits the light and the
dark theme; opened on its own, the file falls back to the light theme's colours.
"""

from dataclasses import dataclass

FOLDER = "routines/illustrations"
VIEW_BOX = "0 0 240 160"


@dataclass(frozen=True)
class Drawing:
    name: str
    title: str
    description: str  # the alternative text: what the drawing shows, for people who cannot see it

    @property
    def static_path(self):
        return f"{FOLDER}/{self.name}.svg"

    @property
    def view_box(self):
        return VIEW_BOX


_ALL = [
    Drawing(
        "crunch",
        "Crunch",
        "A figure lying on their back, knees bent and feet flat, hands at the head, lifting only the head "
        "and shoulders part-way while the lower back stays on the floor.",
    ),
    Drawing(
        "full-sit-up",
        "Full sit-up",
        "A figure lying with bent knees curls all the way up to sitting upright: the movement the runners "
        "warn against.",
    ),
    Drawing(
        "hanging-knee-raise",
        "Hanging knee raise",
        "A figure in a captain's chair, back against the back rest and forearms on the arm pads, lifting the "
        "bent knees towards the chest from legs hanging straight down (dotted).",
    ),
    Drawing(
        "straight-leg-raise",
        "Straight-leg raise",
        "A figure lying on their back lifting both legs together with the knees locked straight: the "
        "movement the runners warn against.",
    ),
    Drawing(
        "roman-chair-back-extension",
        "Roman chair back extension",
        "A figure face down on a roman chair, hips on the pad and heels under the roller, raising the upper "
        "body from hanging down (dotted) until it is in line with the legs, and no further.",
    ),
    Drawing(
        "deadlift",
        "Deadlift",
        "A figure lifting a barbell: hips pushed back, knees a little bent, the back flat and the arms "
        "straight, standing up to lift the bar.",
    ),
    Drawing(
        "glute-bridge",
        "Glute bridge",
        "A figure lying on their back, knees bent and feet flat, lifting the hips until knees, hips and "
        "shoulders are in one straight line.",
    ),
    Drawing(
        "hamstring-stretch",
        "Hamstring stretch with a strap",
        "A figure lying on their back, one leg flat on the floor, the arms raising the other leg with a "
        "strap around the foot, knee nearly straight.",
    ),
    Drawing(
        "back-extension-stretch",
        "Knees to chest",
        "A figure lying on their back, drawing both bent knees gently towards the chest with the hands.",
    ),
    Drawing(
        "spinal-twist",
        "Lying spinal twist",
        "Seen from above: a figure lying on their back on a mat, arms out to the sides, letting the bent "
        "knees sink to one side while both shoulders stay down.",
    ),
    Drawing(
        "piriformis-stretch",
        "Figure-four stretch",
        "A figure lying on their back with one ankle crossed over the other knee, making a figure four, "
        "drawing the lower thigh towards the chest.",
    ),
    Drawing(
        "childs-pose",
        "Child's pose",
        "A figure kneeling and sitting back on the heels, the back rounded, the chest folded over the "
        "thighs, the forehead on the floor and the arms reaching forward.",
    ),
    Drawing(
        "cat-cow",
        "Cat and cow",
        "A figure on hands and knees rounding the back up towards the ceiling; a dotted line shows the back "
        "sinking gently the other way.",
    ),
]

DRAWINGS = {drawing.name: drawing for drawing in _ALL}
CHOICES = [(drawing.name, drawing.title) for drawing in _ALL]
