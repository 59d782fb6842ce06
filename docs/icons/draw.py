"""Draws the app's icons for the web app manifest from the favicon's design (static/favicon.svg): a teal
rounded square, a sand-coloured trail that winds down it, and an orange dot where it starts.

    python docs/icons/draw.py    # writes static/icons/icon-192.png, icon-512.png and icon-maskable-512.png

The favicon is a 32 x 32 SVG; its path is drawn here from the same numbers, four times larger than wanted and
then reduced, which smooths the edges. A maskable icon fills the whole square (the phone cuts its own shape)
and keeps the drawing inside the middle 80%, the zone every mask leaves visible.
"""

from pathlib import Path

from PIL import Image, ImageDraw

TEAL, SAND, ORANGE = "#17606b", "#f3ead7", "#f0a35e"
OUT = Path(__file__).resolve().parents[2] / "static" / "icons"
OVERSAMPLE = 4

# The favicon's "M20 5 c-7 3 2 8-5 11 s3 8-4 11" as two cubic curves in its 32-unit square.
CURVES = [
    ((20, 5), (13, 8), (22, 13), (15, 16)),
    ((15, 16), (8, 19), (18, 24), (11, 27)),
]
STROKE, DOT_CENTRE, DOT_RADIUS, CORNER = 3.2, (20, 5.5), 1.9, 8


def bezier(curve, steps=600):
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = curve
    for step in range(steps + 1):
        t = step / steps
        a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3
        yield a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3


def draw(size, maskable=False):
    big = size * OVERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    if maskable:
        pen.rectangle((0, 0, big, big), fill=TEAL)
        scale, offset = big * 0.8 / 32, big * 0.1
    else:
        scale, offset = big / 32, 0
        pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=CORNER * scale, fill=TEAL)

    def at(x, y):
        return offset + x * scale, offset + y * scale

    # A round brush pressed along the curve: a wide polyline leaves gaps at its joints, and this also gives
    # the SVG's round line caps.
    half = STROKE * scale / 2
    for curve in CURVES:
        for x, y in (at(x, y) for x, y in bezier(curve)):
            pen.ellipse((x - half, y - half, x + half, y + half), fill=SAND)
    x, y = at(*DOT_CENTRE)
    radius = DOT_RADIUS * scale
    pen.ellipse((x - radius, y - radius, x + radius, y + radius), fill=ORANGE)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, size, maskable in (
        ("icon-192.png", 192, False),
        ("icon-512.png", 512, False),
        ("icon-maskable-512.png", 512, True),
    ):
        draw(size, maskable).save(OUT / name, optimize=True)
        print(OUT / name)


if __name__ == "__main__":
    main()
