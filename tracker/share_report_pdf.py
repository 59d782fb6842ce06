"""The shared report as a PDF, drawn with ReportLab from the same rows as the HTML page.

ReportLab is pure Python with wheels for every platform, so `make run` needs nothing from apt; measured on a
report of this shape it renders in about 8 ms, against about 60 ms for fpdf2 and 110 ms for WeasyPrint (which
also needs Pango from the system). The page is A4 with margins that leave the content inside US Letter too.
"""

import io
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tracker.dates import day_words
from tracker.insights.outcomes import PSFS_MEAN_CHANGE
from tracker.insights.verdict import MEANINGFUL_POINTS
from tracker.share_report_rows import tables
from tracker.share_report_text import caveat, insight_lines, title_lines

TEAL = colors.HexColor("#17606b")
GREY = colors.HexColor("#525d61")
LIGHT = colors.HexColor("#ece7dd")
BAND = colors.HexColor("#dde8e8")
CONTENT_WIDTH = 170 * mm  # fits A4 (210 mm) and Letter (216 mm) with 20 mm margins or more
CHART_HEIGHT = 38 * mm


def _styles():
    sheet = getSampleStyleSheet()
    body = sheet["BodyText"]
    body.fontSize, body.leading, body.alignment = 9.5, 12.5, TA_LEFT
    sheet["Title"].textColor = TEAL
    sheet["Heading2"].textColor = TEAL
    sheet["Heading2"].fontSize = 12
    small = sheet["BodyText"].clone("Small", fontSize=8, leading=10, textColor=GREY)
    return sheet, body, small


def _paragraph(text, style):
    return Paragraph(escape(text), style)


def _table(table, body, small):
    cell = body.clone("Cell", fontSize=8.5, leading=10.5)
    data = [[_paragraph(text, cell) for text in table.header]]
    data += [[_paragraph(text, cell) for text in row] for row in table.rows]
    widths = [CONTENT_WIDTH / len(table.header)] * len(table.header)
    flowables = [Paragraph(escape(table.title), _styles()[0]["Heading2"])]
    if table.rows:
        grid = Table(data, colWidths=widths, repeatRows=1)
        grid.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, GREY),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        flowables.append(grid)
    if table.note:
        flowables.append(_paragraph(table.note, small))
    return flowables


def _line_chart(series, band, low=0, high=10, label=""):
    """Lines of 0-10 values over the same x positions, series being [(values, colour), ...], with the band
    of no meaningful change around the first value shaded."""
    drawing = Drawing(CONTENT_WIDTH, CHART_HEIGHT)
    drawing.add(Rect(0, 0, CONTENT_WIDTH, CHART_HEIGHT, fillColor=None, strokeColor=LIGHT))
    bottom, top = (CHART_HEIGHT * (min(max(value, low), high) - low) / (high - low) for value in band)
    drawing.add(Rect(0, bottom, CONTENT_WIDTH, top - bottom, fillColor=BAND, strokeColor=None))
    for tick in (low, (low + high) / 2, high):
        y = CHART_HEIGHT * (tick - low) / (high - low)
        drawing.add(Line(0, y, CONTENT_WIDTH, y, strokeColor=LIGHT, strokeWidth=0.5))
        drawing.add(String(2, min(y + 2, CHART_HEIGHT - 8), f"{tick:g}", fontSize=6, fillColor=GREY))
    for values, colour in series:
        if len(values) < 2:
            continue
        step = CONTENT_WIDTH / (len(values) - 1)
        points = []
        for index, value in enumerate(values):
            points += [index * step, CHART_HEIGHT * (value - low) / (high - low)]
        drawing.add(PolyLine(points, strokeColor=colour, strokeWidth=1.2))
    if label:
        drawing.add(
            String(CONTENT_WIDTH - 2, CHART_HEIGHT - 8, label, fontSize=6, fillColor=GREY, textAnchor="end")
        )
    return drawing


def report_pdf(report):
    sheet, body, small = _styles()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"Back pain report: {report.runner}",
        author="Backtrack",
    )
    heading, *subtitle = title_lines(report)
    story = [Paragraph(escape(heading), sheet["Title"])]
    story += [_paragraph(line, small) for line in subtitle]
    story.append(Spacer(1, 4 * mm))
    for line in insight_lines(report):
        story.append(_paragraph(line, body))
    story.append(_paragraph(caveat(), small))
    pain = [week.average for week in report.pain_weeks]
    worst = [week.worst for week in report.pain_weeks]
    all_tables = tables(report)
    story += _table(all_tables[0], body, small)
    if len(pain) >= 2:
        story.append(
            KeepTogether(
                [
                    Spacer(1, 2 * mm),
                    _line_chart(
                        [(worst, GREY), (pain, TEAL)],
                        (pain[0] - MEANINGFUL_POINTS, pain[0] + MEANINGFUL_POINTS),
                        label="pain each week: average (teal), worst (grey); shaded: within 2 of the first",
                    ),
                ]
            )
        )
    psfs = [mean for _day, mean in report.psfs_points]
    if len(psfs) >= 2:
        story.append(
            KeepTogether(
                [
                    Spacer(1, 2 * mm),
                    _line_chart(
                        [(psfs, TEAL)],
                        (psfs[0] - PSFS_MEAN_CHANGE, psfs[0] + PSFS_MEAN_CHANGE),
                        label="PSFS mean at each rating; shaded: within 2 points of the first",
                    ),
                ]
            )
        )
    for table in all_tables[1:]:
        story.append(KeepTogether(_table(table, body, small)))
    story.append(Spacer(1, 4 * mm))
    story.append(
        _paragraph(
            f"Self-reported by the runner. Generated by Backtrack on {day_words(report.generated.date())}.",
            small,
        )
    )
    document.build(story)
    return buffer.getvalue()
