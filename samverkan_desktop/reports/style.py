"""The shared look of every printout: A4, a clean municipal style, Swedish, page numbers and the
document's owner (a group's name, say) in the footer.

Usage::

    doc = Document(title=_("Agenda"), footer=group_name)
    story = [doc.heading(...), doc.paragraph(...), doc.table(...)]
    pdf_bytes = doc.build(story)

Here: the paragraph styles and paragraphs, spaces, facts and tables. Beside it, and importable
from here: the page's measures, palette and fonts (page_look), how blocks meet a page break
(page_flow), the document with its footer (document); long words' breaks (word_breaks).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

# Re-exported so report modules take every formatting helper from one place.
from samverkan_desktop.formatting import (  # noqa: F401
    date_with_week,
    iso_date,
    local_datetime,
    week_label,
)
from samverkan_desktop.i18n import _
from samverkan_desktop.reports.continued import ContinuedTable, set_first_cell

# Re-exported so report modules take the page's look, its flow and the document from here.
from samverkan_desktop.reports.document import Document, fit_text  # noqa: F401
from samverkan_desktop.reports.page_flow import (  # noqa: F401
    HEADING_ROOM,
    ContinuedBlock,
    KeepOrFlow,
    keep,
    leads_in,
    with_closing,
    with_note,
)
from samverkan_desktop.reports.page_look import (  # noqa: F401
    ACCENT,
    FACTS_RIGHT_PADDING,
    FONT,
    FONT_BOLD,
    FRAME_HEIGHT,
    FRAME_PADDING,
    HEAD_FILL,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_ROOM,
    PAGE_SIZE,
    RULE,
    SHORT_BLOCK,
    TABLE_PADDING,
    WARN,
    WARN_HEX,
)
from samverkan_desktop.reports.word_breaks import Para

STYLES: dict[str, ParagraphStyle] = {
    "title": ParagraphStyle(
        "title", fontName=FONT_BOLD, fontSize=18, leading=22, textColor=ACCENT, spaceAfter=4 * mm
    ),
    "subtitle": ParagraphStyle(
        "subtitle", fontName=FONT, fontSize=11, leading=14, textColor=MUTED, spaceAfter=5 * mm
    ),
    "h2": ParagraphStyle(
        "h2",
        fontName=FONT_BOLD,
        fontSize=12.5,
        leading=16,
        textColor=ACCENT,
        spaceBefore=5 * mm,
        spaceAfter=2 * mm,
    ),
    "h3": ParagraphStyle(
        "h3",
        fontName=FONT_BOLD,
        fontSize=10.5,
        leading=13,
        textColor=INK,
        spaceBefore=3 * mm,
        spaceAfter=1 * mm,
    ),
    "body": ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=10,
        leading=13.5,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=1.5 * mm,
        # No last line alone at the next page's top: a place's status under its name
        # ("Ingen vandring under perioden") was parted from it by the page break.
        allowWidows=0,
    ),
    "small": ParagraphStyle("small", fontName=FONT, fontSize=8.5, leading=11, textColor=MUTED),
    "cell": ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=11.5, textColor=INK),
    "cell_bold": ParagraphStyle(
        "cell_bold", fontName=FONT_BOLD, fontSize=9, leading=11.5, textColor=INK
    ),
}
# An entry of a list in a cell (a name with its organisation): its further lines indented,
# so that "bistånd 0" wrapped from one name does not read as the next name.
STYLES["cell_hanging"] = ParagraphStyle(
    "cell_hanging", parent=STYLES["cell"], leftIndent=3 * mm, firstLineIndent=-3 * mm
)
# Bullet (and numbered) lines: the body text, indented past the mark.
STYLES["bullet"] = ParagraphStyle(
    "bullet", parent=STYLES["body"], leftIndent=5 * mm, bulletIndent=1 * mm
)


def escape(text: str | None) -> str:
    """Paragraphs use a small XML markup; user text must be escaped."""
    if not text:
        return ""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    )


def paragraph(text: str | None, style: str = "body") -> Paragraph:
    return Para(escape(text), STYLES[style])


def subtitle(*parts: str | None) -> Paragraph:
    """A printout's subtitle: the parts given (an empty one left out) joined by " · ", each dot
    held to the part after it by a no-break space. After a long district name a line ended in a
    lone "·"; it now breaks before the dot."""
    return paragraph(" ·\N{NO-BREAK SPACE}".join(part for part in parts if part), "subtitle")


def paragraphs(text: str | None, style: str = "body") -> list[Paragraph]:
    """User text of several paragraphs (separated by an empty line), each a paragraph of its
    own with the style's spacing; a single line break stays a line break."""
    return [paragraph(part, style) for part in re.split(r"\n\s*\n", text or "") if part.strip()]


def markup(text: str, style: str = "body") -> Paragraph:
    """A paragraph whose text is already markup (escape user parts yourself)."""
    return Para(text, STYLES[style])


def warning(text: str) -> Paragraph:
    """User text in bold red at the top of a printout: what the reader must not miss (a
    cancelled meeting or walk, minutes of a meeting not held)."""
    return markup(f'<font color="{WARN_HEX}"><b>{escape(text)}</b></font>')


def warn_cell(text: str) -> Paragraph:
    """A table cell in bold red: an overdue date or state."""
    return markup(f'<font color="{WARN_HEX}"><b>{escape(text)}</b></font>', "cell")


def bullet(text: str | None, mark: str = "•") -> Paragraph:
    """A line of user text after a bullet (or a number: "1."), laid out as any paragraph."""
    return bullet_markup(escape(text), mark)


def bullet_markup(text: str, mark: str = "•") -> Paragraph:
    """A bullet line whose text is already markup (escape user parts yourself)."""
    return Para(text, STYLES["bullet"], bulletText=mark)


def heading(text: str, level: int = 2) -> Paragraph:
    return paragraph(text, "h2" if level <= 2 else "h3")


def rule() -> HRFlowable:
    return HRFlowable(
        width="100%", thickness=0.6, color=RULE, spaceBefore=2 * mm, spaceAfter=2 * mm
    )


class Gap(Spacer):
    """A space between blocks that ends the page when the page has less room left than the
    space needs. ReportLab moved a Spacer on whole: at the next page's top it pushed the
    first line down, and after the last line it made a page of its own (the exercise plan's
    "Sida 2 av 2" with nothing on it)."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, max(0.0, min(self.height, availHeight))


def spacer(height_mm: float = 4) -> Spacer:
    return Gap(1, height_mm * mm)


FactValue = str | list[str] | None


class _FactsTable(ContinuedTable):
    """The facts' table: a list going on over a page break has its label again on the next
    page, "Närvaro ej noterad (forts.)", as the minutes' items have their heading; under a
    heading (a group's name), that heading goes on too, "Krisstödsgruppen (forts.)"."""

    captioned_by_title = False  # the title over a meeting's facts says nothing more
    row_labels: Sequence[str] = ()  # each row's label, also of a list's further rows
    label_room: float = 0

    def carry_on(self, first: Any, rest: Any) -> None:
        super().carry_on(first, rest)
        if not self.row_labels:
            return
        labels = self.row_labels[self.first_left(first, rest) :]
        rest.row_labels, rest.label_room = labels, self.label_room
        if labels and labels[0] and rest._cellvalues[0][0] == "":
            label = _("{heading} (cont.)").format(heading=labels[0])
            set_first_cell(rest, cell_text(label, self.label_room, "cell_bold"))


def facts(
    rows: Sequence[tuple[str, FactValue]],
    label_width_mm: float = 35,
    continued: str | None = None,
) -> Table:
    """Label/value pairs (date, time, place ...) as a borderless two-column table. A value
    that is a list (the people present) is a row per entry under its label, each entry's
    further lines indented; a page break may come between them. ``continued``: what it goes
    on under on a next page, as ``table``'s."""
    width = PAGE_SIZE[0] - 2 * MARGIN_X
    widths = [label_width_mm * mm, width - label_width_mm * mm]
    room = [w - FACTS_RIGHT_PADDING for w in widths]  # no left padding
    data: list[list[Any]] = []
    labels: list[str] = []
    # A list's rows as tall together as its lines were in one cell: no padding between them.
    unpadded: list[tuple[Any, ...]] = []
    for label, value in rows:
        label_cell = cell_text(label, room[0], "cell_bold")
        if not isinstance(value, list):
            data.append([label_cell, cell_text(value, room[1], "cell")])
            labels.append("")
            continue
        first = len(data)
        for n, entry in enumerate(value):
            data.append([label_cell if n == 0 else "", paragraph(entry, "cell_hanging")])
            labels.append(label)
        if len(data) - first > 1:
            unpadded += [
                ("TOPPADDING", (0, first + 1), (-1, len(data) - 1), 0),
                ("BOTTOMPADDING", (0, first), (-1, len(data) - 2), 0),
            ]
    table = _FactsTable(data, colWidths=widths)
    table.row_labels, table.label_room = labels, room[0]
    if continued is not None:
        table.continued = continued
    table.setStyle(
        TableStyle(
            [
                *_text_style(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), FACTS_RIGHT_PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("FONTNAME", (0, 0), (0, -1), STYLES["cell_bold"].fontName),
                *unpadded,
            ]
        )
    )
    return table


def cell_text(value: Any, room: float | None, style: str = "cell") -> Any:
    """A table cell for plain text: the text itself, broken into the lines a paragraph would
    make, and drawn by the table in the cell style (the same look, without markup to parse or
    a paragraph to lay out, which was most of a table's time); else a paragraph (line breaks,
    non-breaking spaces or soft hyphens, a word wider than the column, no known width).
    ``room``: the column's width less its padding."""
    if isinstance(value, Flowable):
        return value
    text = str(value or "")
    if room is not None and not any(c in text for c in "\n\xa0\xad"):
        lines = wrap_words(text.split(), STYLES[style], room)
        if lines is not None:
            return "\n".join(lines)
    return paragraph(text, style)


def wrap_words(words: Sequence[str], style: ParagraphStyle, room: float) -> list[str] | None:
    """The lines a Paragraph in ``style`` breaks these words into at width ``room`` (its
    breakLines, step for step); None where a paragraph would draw them differently: a word
    alone wider than ``room`` (it splits the word) or a line it fits by squeezing its spaces
    (``spaceShrinkage``)."""
    font, size = style.fontName, style.fontSize
    space = stringWidth(" ", font, size)
    shrink = style.spaceShrinkage * space
    lines: list[str] = []
    line: list[str] = []
    width = -space
    for word in words:
        word_width = stringWidth(word, font, size)
        if word_width > room:
            return None
        new_width = width + space + word_width
        if new_width <= room or not line:
            line.append(word)
            width = new_width
        elif new_width <= room + shrink * len(line):
            return None  # the paragraph would squeeze the spaces to fit: leave it to one
        else:
            lines.append(" ".join(line))
            line, width = [word], word_width
    lines.append(" ".join(line))
    return lines


def _text_style() -> list[tuple[Any, ...]]:
    # Plain-text cells look like the "cell" paragraphs: font, size, leading and colour.
    cell = STYLES["cell"]
    return [
        ("FONTNAME", (0, 0), (-1, -1), cell.fontName),
        ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), cell.textColor),
    ]


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    col_widths_mm: Sequence[float] | None = None,
    empty_text: str | None = None,
    extra_style: Sequence[tuple[Any, ...]] = (),
    bold_columns: Sequence[int] = (),
    table_class: type[Table] = ContinuedTable,
    continued: str | None = None,
) -> Flowable:
    """A data table with a shaded, repeating header row; cells may be text or flowables.
    ``extra_style``: more TableStyle commands (row 0 is the header), e.g. a cell's colour.
    ``bold_columns``: columns whose text is bold (labels), measured so: a label that fits in
    the regular font may be wider than its column in bold. ``table_class``: a Table that splits
    its own way (the meeting calendar's month heading again on the next page). ``continued``:
    what its part on a next page goes on under ("… (forts.)"; "" for nothing), where the
    heading it stands under would not say it (see continued.py)."""
    if not rows and empty_text:
        return paragraph(empty_text, "small")
    widths = [w * mm for w in col_widths_mm] if col_widths_mm else None
    room = [w - 2 * TABLE_PADDING for w in widths] if widths else [None] * len(headers)
    looks = ["cell_bold" if n in bold_columns else "cell" for n in range(len(headers))]
    body = [[cell_text(cell, room[n], looks[n]) for n, cell in enumerate(row)] for row in rows]
    data = [[cell_text(h, room[n], "cell_bold") for n, h in enumerate(headers)], *body]
    result = table_class(data, colWidths=widths, repeatRows=1)
    if continued is not None and isinstance(result, ContinuedTable):
        result.continued = continued
    result.setStyle(
        TableStyle(
            [
                *_text_style(),
                ("FONTNAME", (0, 0), (-1, 0), STYLES["cell_bold"].fontName),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), TABLE_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), TABLE_PADDING),
                *[
                    ("FONTNAME", (n, 1), (n, -1), STYLES["cell_bold"].fontName)
                    for n in bold_columns
                ],
                *extra_style,
            ]
        )
    )
    return result
