"""The shared look of every printout: A4, a clean municipal style, Swedish, page numbers and the
document's owner (a group's name, say) in the footer.

Usage::

    doc = Document(title=_("Agenda"), footer=group_name)
    story = [doc.heading(...), doc.paragraph(...), doc.table(...)]
    pdf_bytes = doc.build(story)
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

# Re-exported so report modules take every formatting helper from one place.
from samverkan_desktop.formatting import (  # noqa: F401
    date_with_week,
    iso_date,
    local_datetime,
    week_label,
)
from samverkan_desktop.i18n import _
from samverkan_desktop.reports.continued import (
    ContinuedTable,
    TableAndNote,
    label_continued_tables,
    set_first_cell,
)

PAGE_SIZE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm

# A sober palette: dark blue-grey text accents, light grey table heads.
INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#1c4e80")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#c8d0d9")
HEAD_FILL = colors.HexColor("#e8eef4")
WARN_HEX = "#b42318"  # for inline <font color=…> markup
WARN = colors.HexColor(WARN_HEX)

FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
TABLE_PADDING = 4  # points, left and right of a table cell
FACTS_RIGHT_PADDING = 6  # ReportLab's default

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


class Para(Paragraph):
    """A Paragraph that lays out its lines once per width. Tables and KeepTogether ask every
    cell for its size several times (to measure rows, to see what fits, to draw); ReportLab
    breaks the lines anew each time, which was most of a printout's time."""

    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # A split that finds no room at a page's foot deletes the laid-out lines (ReportLab's
        # "del self.blPara"): lay them out again then, or split and draw find nothing.
        if availWidth == self._wrapped_at and "blPara" in self.__dict__:
            return self.width, self.height
        if availWidth != self._wrapped_at:
            self._break_long_words(availWidth - self.style.leftIndent - self.style.rightIndent)
        size = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        # After a line ending in a line break, ReportLab's part for the next page starts
        # with that break: an empty line over its text, and a row measured a line too tall
        # (a table's last row went to a page of its own where it fitted the page before).
        parts: list[Any] = super().split(availWidth, availHeight)
        rest = parts[1] if len(parts) == 2 else None
        if (
            rest is not None
            and _ends_in_break(parts[0])
            and rest.frags
            and _is_break(rest.frags[0])
        ):
            rest.frags = rest.frags[1:]
        return parts

    def _break_long_words(self, room: float) -> None:
        """A word wider than the column ("samverkansöverenskommelsen" in a narrow cell) breaks
        where a reader expects it: after a slash or dash in it, else on lines of its own, each
        but the last ending in a hyphen. ReportLab would split it anywhere, without a mark."""
        # Laid out from the text as written, so a wider column later gets it whole again.
        if "_frags_as_written" not in self.__dict__:
            self._frags_as_written: list[Any] = _joined(self.__dict__["frags"])
        frags: list[Any] = []
        for frag in self._frags_as_written:
            text = getattr(frag, "text", None)
            if not text or not hasattr(frag, "fontName"):
                frags.append(frag)
                continue
            font, size = frag.fontName, frag.fontSize
            # No glyph of ours is wider than 1.02 em ("@"): shorter words surely fit.
            sure = room / (1.02 * size)
            if all(len(word) <= sure for word in text.split(" ")):
                frags.append(frag)
                continue
            line: list[str] = []
            for word in text.split(" "):
                if len(word) <= sure or stringWidth(word, font, size) <= room:  # nearly always
                    line.append(word)
                    continue
                pieces = split_at_marks(word, font, size, room)
                if len(pieces) == 1:
                    pieces = hyphenated(word, font, size, room)
                if len(pieces) == 1:
                    line.append(word)
                    continue
                starts_line = (
                    not frags
                    and not any(line)
                    or (not any(line) and getattr(frags[-1], "lineBreak", False))
                )
                if not starts_line:
                    frags += [frag.clone(text=" ".join(line)), _line_break(frag)]
                for piece in pieces[:-1]:
                    frags += [frag.clone(text=piece), _line_break(frag)]
                line = [pieces[-1]]
            frags.append(frag if " ".join(line) == text else frag.clone(text=" ".join(line)))
        self.frags = frags


def _joined(frags: Sequence[Any]) -> list[Any]:
    """The frags with neighbours of one look (font, colour, link ...) joined: the parser cuts
    the text at each entity, and "…fran=2026-01-01", "&", "till=…" each fitted where the
    address as a whole did not, so it was cut anywhere, not after its slashes."""
    joined: list[Any] = []
    for frag in frags:
        last = joined[-1] if joined else None
        if last is not None and _text_of(last) and _text_of(frag) and _look(last) == _look(frag):
            joined[-1] = last.clone(text=last.text + frag.text)
        else:
            joined.append(frag)
    return joined


def _text_of(frag: Any) -> str:
    text = getattr(frag, "text", None)
    return text if isinstance(text, str) and not getattr(frag, "lineBreak", False) else ""


def _look(frag: Any) -> dict[str, Any]:
    return {key: value for key, value in frag.__dict__.items() if key != "text"}


def _line_break(frag: Any) -> Any:
    return frag.clone(text="", lineBreak=True)


def _ends_in_break(part: Paragraph) -> bool:
    lines: Sequence[Any] = getattr(getattr(part, "blPara", None), "lines", None) or ()
    return bool(lines) and bool(getattr(lines[-1], "lineBreak", False))


def _is_break(frag: Any) -> bool:
    """Whether ``frag`` is a line break: a frag, or a laid-out word ([width, (frag, text),
    …]) of nothing but breaks."""
    if isinstance(frag, list):
        pieces = [piece[0] for piece in frag[1:] if isinstance(piece, tuple)]
        return bool(pieces) and all(getattr(p, "lineBreak", False) for p in pieces)
    return bool(getattr(frag, "lineBreak", False))


BREAK_AFTER = "/–—"  # a word too wide for its column may break after these
MIN_PIECE = 3  # letters kept together at either end of a hyphenated word


VOWELS = "aeiouyåäöéü"


def _syllable_start(word: str, n: int) -> bool:
    """Whether a Swedish syllable may start at ``word[n]``: a consonant before a vowel, after
    a letter (the last consonant between two vowels goes to the next syllable)."""
    if n + 1 >= len(word) or not word[n - 1].isalpha():
        return False
    here, after = word[n].lower(), word[n + 1].lower()
    return here.isalpha() and here not in VOWELS and after in VOWELS


def split_at_marks(word: str, font: str, size: float, room: float) -> list[str]:
    """``word``, wider than ``room``, as the lines it takes broken after its slashes or dashes,
    as many of its parts to a line as fit, and nothing added between them: an address
    ("https://…/larm/enheter/") reads as it is written. A space after each slash let parts
    share a line as "https:/ / intranat.stockholm.se/ larm/". Alone in the list when the word
    fits, has no such mark, or a part of it is still too wide."""
    if stringWidth(word, font, size) <= room:
        return [word]
    parts = _MARKED_PARTS.findall(word)
    if len(parts) < 2 or any(stringWidth(part, font, size) > room for part in parts):
        return [word]
    lines = [parts[0]]
    for part in parts[1:]:
        if stringWidth(lines[-1] + part, font, size) <= room:
            lines[-1] += part
        else:
            lines.append(part)
    return lines


# A part ends after its marks ("https://" is one part: no break between the slashes).
_MARKED_PARTS = re.compile(f"[^{BREAK_AFTER}]*[{BREAK_AFTER}]+|[^{BREAK_AFTER}]+")


def hyphenated(word: str, font: str, size: float, room: float) -> list[str]:
    """A word of letters (punctuation around it aside) wider than ``room`` as the lines it
    takes, each but the last as long as fits with a hyphen after it, between two letters and
    at least MIN_PIECE letters from either end; any other word as it is, alone in the list."""
    if stringWidth(word, font, size) <= room:
        return [word]
    letters = [n for n, c in enumerate(word) if c.isalpha()]
    if len(letters) < 2 * MIN_PIECE or not word.strip("\"'()[]{}“”„‘’?!.,;:").isalpha():
        return [word]
    first, last = letters[MIN_PIECE - 1], letters[-MIN_PIECE]  # a cut after first, up to last
    pieces: list[str] = []
    start = 0
    while stringWidth(word[start:], font, size) > room:
        fits = [
            n
            for n in range(max(start, first) + 1, last + 1)
            if n - start >= MIN_PIECE and stringWidth(word[start:n] + "-", font, size) <= room
        ]
        # Nearer a syllable: before a consonant followed by a vowel ("förvalt-ningen"), if
        # that keeps most of the line; else as much as fits.
        syllable = [n for n in fits if _syllable_start(word, n)]
        cut = fits[-1] if fits else None
        if syllable and fits and syllable[-1] - start >= 0.7 * (fits[-1] - start):
            cut = syllable[-1]
        if cut is None:
            return [word]  # not even a few letters fit: leave it to ReportLab
        pieces.append(word[start:cut] + "-")
        start = cut
    return [*pieces, word[start:]]


def escape(text: str | None) -> str:
    """Paragraphs use a small XML markup; user text must be escaped."""
    if not text:
        return ""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    )


def paragraph(text: str | None, style: str = "body") -> Paragraph:
    return Para(escape(text), STYLES[style])


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


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def with_note(table_flowable: Flowable, *note: Flowable) -> Flowable:
    """A table and the note closing it, the note never alone on the next page (TableAndNote);
    an empty table's line and its note are kept together."""
    if isinstance(table_flowable, Table):
        return TableAndNote(table_flowable, note)
    return KeepTogether([table_flowable, *note])


FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM
FRAME_PADDING = 6  # above and below a page's frame (ReportLab's default, set in Document)
# The height a page gives its flowables: a row taller than this fits on no page and is split.
PAGE_ROOM = FRAME_HEIGHT - 2 * FRAME_PADDING
SHORT_BLOCK = FRAME_HEIGHT / 3  # a block no taller than this is moved whole, never split


def with_closing(story: list[Flowable], *section: Flowable) -> None:
    """Appends ``section`` (a printout's short last section: a heading and a line or two) to
    ``story``, kept with what ends it as a note is with its table (``with_note``): alone, it
    took a page of its own ("Avslutande möte" and two lines on page 3). A section taller than
    SHORT_BLOCK starts a page well enough on its own and is appended as it is."""
    width = PAGE_SIZE[0] - 2 * MARGIN_X
    if not story or sum(f.wrap(width, FRAME_HEIGHT)[1] for f in section) > SHORT_BLOCK:
        story.extend(section)
        return
    last = story.pop()
    if type(last) is KeepTogether and last._content and isinstance(last._content[-1], Table):
        # A heading over a table (an organisation's actions): kept with it by
        # keep_headings_with_next as any heading is; a TableAndNote inside a KeepTogether
        # broke the page before the heading however much room was left.
        *above, last_table = last._content
        story.extend([*above, with_note(last_table, *section)])
    else:
        story.append(with_note(last, *section))


class KeepOrFlow(KeepTogether):
    """Kept together when it fits, or moved whole to the next page when less than ``room``
    (points) is left; taller than the space left and with ``room`` to start, it starts here
    and splits (a page-long table moved whole leaves a page empty). A short block (a group's
    card) is moved whole all the same: split, it left its last line alone on the next page
    ("Deltagare (3)" under no group's name). ``splits_short``: a short block that may split
    all the same (a heading over a table, whose next page repeats its header "(forts.)"): moved
    whole, it left a gap as tall as a third of a page."""

    def __init__(
        self, flowables: Sequence[Flowable], room: float, splits_short: bool = False
    ) -> None:
        super().__init__(list(flowables))
        self._room = room
        self.splits_short = splits_short

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if getattr(self, "_wrapInfo", None) != (availWidth, availHeight):
            self.wrap(availWidth, availHeight)
        long_block = self._H > SHORT_BLOCK or self.splits_short
        if long_block and self._H > availHeight >= self._room and self._starts_in(availHeight):
            # An action first, as ContinuedBlock's: the page takes the first part of a split
            # unsplit, and a table first in the block (taller than the room) failed the whole
            # printout ("LayoutError"); this way each part is placed, and split, in turn.
            return [self.NullActionFlowable(), *self._content]
        return list(super().split(availWidth, availHeight))

    def _starts_in(self, height: float) -> bool:
        """Whether some of the text after the leading headings is placed in ``height``: a
        table whose first row is taller than what is left went on to the next page and left
        its heading alone at this page's foot ("Lärdomar och åtgärder" over nothing)."""
        width = self._wrapInfo[0]
        for index, flowable in enumerate(self._content):
            room = height - (flowable.getSpaceBefore() if index else 0)
            if not _leads_in(flowable):
                needed = flowable.wrapOn(self.canv, width, room)[1]
                return needed <= room or bool(flowable.splitOn(self.canv, width, room))
            height = room - flowable.wrapOn(self.canv, width, room)[1] - flowable.getSpaceAfter()
        return True


class ContinuedBlock(KeepTogether):
    """A block (a minutes item) that goes on over a page break under its heading again,
    ``continued()`` ("3. Laget runt (forts.)"): read alone, the next page's text said nothing
    of the item it belongs to. It starts where it is, its parts as long as they fit and the
    first that does not split there (between its paragraphs, a paragraph at a line: at least
    two lines stay), so the page is filled. A heading or a line that leads in to the text
    after it (``leads_in``: "Föredragande: …", "Vad har vi gjort") never ends the page: with
    no line of the text after it fitting, it goes on to the next page with that text (the
    whole block, when that leaves nothing here). A kept part (KeepTogether) is never split."""

    repeats_its_heading = True  # its tables need no caption of their own on a next page

    def __init__(self, flowables: Sequence[Flowable], continued: Callable[[], Flowable]) -> None:
        super().__init__(list(flowables))
        self._continued = continued

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        content: list[Flowable] = list(self._content)
        # First an action, as KeepTogether's split gives: the frame adds the first part of a
        # split unsplit, and this block's parts are to be placed one by one.
        start: list[Flowable] = [self.NullActionFlowable()]
        used = 0.0
        for index, child in enumerate(content):
            # Spaces counted in full, never merged: an estimate on the safe side.
            space = child.getSpaceBefore() if index else 0
            room = availHeight - used - space
            height = _block_height(child, availWidth, self.canv)
            if height > room:
                break
            used += space + height + child.getSpaceAfter()
        else:
            return start + content
        splits = room > 0 and not isinstance(child, KeepTogether)
        parts = list(child.splitOn(self.canv, availWidth, room)) if splits else []
        here = content[:index] + parts[:1]
        rest = parts[1:] + content[index + 1 :] if parts else content[index:]
        while here and _leads_in(here[-1]):
            rest.insert(0, here.pop())
        if not here:
            frame = getattr(self, "_frame", None)
            return start + content if getattr(frame, "_atTop", False) else []
        if not rest:  # the part fitted after all: no "(forts.)" over nothing
            return start + here
        return [*start, *here, ContinuedBlock([self._continued(), *rest], self._continued)]


LEADS_IN = "_samverkan_leads_in"


def leads_in(flowable: Flowable) -> Flowable:
    """``flowable`` marked as leading in to what follows it in a ContinuedBlock (as a heading
    does): a page never ends with it."""
    setattr(flowable, LEADS_IN, True)
    return flowable


def _leads_in(flowable: Flowable) -> bool:
    # A space under a heading (above a table) leads in too: "3. Uppföljning" over a space
    # stood alone at the page's foot all the same.
    return (
        _is_heading(flowable) or isinstance(flowable, Spacer) or getattr(flowable, LEADS_IN, False)
    )


def _block_height(flowable: Flowable, width: float, canv: Any) -> float:
    """Its height as drawn; a kept block's own (its wrap asks for a split with a huge one)."""
    height = flowable.wrapOn(canv, width, 0xFFFFFFF)[1]
    return float(flowable._H) if isinstance(flowable, KeepTogether) else float(height)


def fit_text(text: str, font: str, size: float, room: float) -> str:
    """``text``, or as much of it as fits ``room`` with "…" after it (whole words if it can)."""
    if stringWidth(text, font, size) <= room:
        return text
    ellipsis = "…"
    room -= stringWidth(ellipsis, font, size)
    cut = len(text)
    while cut > 0 and stringWidth(text[:cut], font, size) > room:
        cut -= 1
    words = text[:cut].rsplit(" ", 1)
    short = words[0] if len(words) == 2 and len(words[0]) > cut // 2 else text[:cut]
    return short.rstrip(" ·,–-") + ellipsis


HEADING_ROOM = 30 * mm  # a heading and what follows start a page with less left than this


def _is_heading(flowable: Flowable) -> bool:
    style = getattr(flowable, "style", None)
    return isinstance(flowable, Paragraph) and getattr(style, "name", "") in ("h2", "h3")


def keep_headings_with_next(story: Sequence[Flowable]) -> list[Flowable]:
    """Each heading kept with what follows it: on the next page together when too little is
    left, never alone at a page's foot ("Vad vi såg" above a page break, its first observation
    on the next page). A kept block (KeepTogether) takes the heading in; anything else starts
    with it here when HEADING_ROOM is left (a long table then goes on over the page); a table
    (or a table and its note) wherever its first rows fit, a short one too."""
    result: list[Flowable] = []
    for flowable in reversed(story):
        if not (_is_heading(flowable) and result):
            result.append(flowable)
            continue
        after = result.pop()
        height = flowable.wrap(PAGE_SIZE[0] - 2 * MARGIN_X, PAGE_SIZE[1])[1]
        if isinstance(after, KeepOrFlow):
            content = [flowable, *after._content]
            group: Flowable = KeepOrFlow(content, after._room + height, after.splits_short)
        elif type(after) is KeepTogether:
            group = KeepTogether([flowable, *after._content])
        else:
            # A table starts under its heading wherever its first rows fit (MIN_ROWS, which
            # its split keeps) and goes on "(forts.)": moved whole, it left a gap.
            splits = isinstance(after, ContinuedTable | TableAndNote)
            group = KeepOrFlow([flowable, after], height if splits else HEADING_ROOM, splits)
        result.append(group)
    return result[::-1]


class _NumberedCanvas(rl_canvas.Canvas):
    """Draws "Sida x av y" and the footer text once the page count is known."""

    footer_text = ""
    issuer = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        width, _height = PAGE_SIZE
        y = 11 * mm
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, y + 4 * mm, width - MARGIN_X, y + 4 * mm)
        self.setFont(FONT, 8)
        self.setFillColor(MUTED)
        page = _("Page {page} of {total}").format(page=self._pageNumber, total=total)
        self.drawRightString(width - MARGIN_X, y, page)
        right = width - MARGIN_X - stringWidth(page, FONT, 8) - FOOTER_GAP
        footer, issuer, issuer_x = footer_parts(self.footer_text, self.issuer, right)
        self.drawString(MARGIN_X, y, footer)
        if issuer:
            self.drawCentredString(issuer_x, y, issuer)
        self.restoreState()


FOOTER_GAP = 4 * mm


def footer_parts(footer: str, issuer: str, right: float) -> tuple[str, str, float]:
    """The footer's text and the issuer as drawn on the line from MARGIN_X to ``right``, and
    where the issuer is centred. Each keeps to its own part (a long place or group name was
    drawn over the issuer and the page number, and off the paper). The issuer is centred on
    the page when both fit so, else it moves right of the footer's text; when the two do not
    fit at all, the footer keeps at least half the line: a long district name left only
    "Krisledningens…" of what the paper is."""
    font_size = 8
    centre = PAGE_SIZE[0] / 2
    footer_w = stringWidth(footer, FONT, font_size)
    issuer_w = stringWidth(issuer, FONT, font_size)
    if not issuer:
        return fit_text(footer, FONT, font_size, right - MARGIN_X), "", centre
    centred_left = centre - issuer_w / 2
    if centre + issuer_w / 2 <= right and MARGIN_X + footer_w + FOOTER_GAP <= centred_left:
        return footer, issuer, centre
    line = right - MARGIN_X
    footer_room = max(line - FOOTER_GAP - issuer_w, min(footer_w, line / 2))
    footer = fit_text(footer, FONT, font_size, footer_room)
    start = MARGIN_X + stringWidth(footer, FONT, font_size) + FOOTER_GAP
    issuer = fit_text(issuer, FONT, font_size, right - start)
    return footer, issuer, (start + right) / 2


class Document:
    """One printout. ``footer`` names its owner on every page (e.g. the group)."""

    def __init__(self, title: str, footer: str = "", issuer: str = "") -> None:
        self.title = title
        self.footer = footer
        self.issuer = issuer

    def build(self, story: Sequence[Flowable]) -> bytes:
        buffer = io.BytesIO()
        template = BaseDocTemplate(
            buffer,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=self.title,
            author="Samverkan",
            lang="sv-SE",
        )
        # No side padding: text, headings and the full-width tables (facts, lists) share one
        # left and right edge with the footer's rule. ReportLab's default 6 pt indented the
        # text and let the tables stick out by as much on either side.
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            PAGE_SIZE[0] - 2 * MARGIN_X,
            FRAME_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=FRAME_PADDING,
            bottomPadding=FRAME_PADDING,
            id="normal",
        )
        template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        page_canvas = type(
            "PageCanvas",
            (_NumberedCanvas,),
            {"footer_text": self.footer, "issuer": self.issuer},
        )
        label_continued_tables(story)
        template.build(keep_headings_with_next(story), canvasmaker=page_canvas)
        return buffer.getvalue()
