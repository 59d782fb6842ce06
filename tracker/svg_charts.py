"""Small line charts as SVG coordinates for the shared report, which carries no script (Chart.js cannot run
there). The template draws them with <svg>; colours come from CSS classes, so they print and follow the theme.
"""

WIDTH, HEIGHT = 600, 150


def line_chart(lines, span, band=None, low=0, high=10):
    """lines: [(css class, values), ...] over the same x positions, from span[0] to span[1] (dates shown
    under the chart); band: (from, to) to shade, or None."""
    count = max((len(values) for _css, values in lines), default=0)
    if count < 2:
        return None

    def y(value):
        value = min(max(value, low), high)
        return round(HEIGHT - (value - low) / (high - low) * HEIGHT, 1)

    step = WIDTH / (count - 1)
    drawn = [
        {"css": css, "points": " ".join(f"{round(i * step, 1)},{y(v)}" for i, v in enumerate(values))}
        for css, values in lines
    ]
    grid = [{"y": y(tick)} for tick in (low, (low + high) / 2, high)]
    shaded = None
    if band is not None:
        top, bottom = y(max(band)), y(min(band))
        shaded = {"x": 0, "y": top, "width": WIDTH, "height": round(bottom - top, 1)}
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "lines": drawn,
        "grid": grid,
        "band": shaded,
        "first": span[0],
        "last": span[1],
    }
