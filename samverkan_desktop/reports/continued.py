"""Tables going on over a page break, one way in every printout. The next page's part repeats
the header row under the heading the table stands under, "Externa kontakter (forts.)": read
alone, a page of rows said nothing of the list it continues. At least two rows stay on either
side of the break (one row alone under its heading, or alone on the next page, read as a slip),
and a note closing a table (the contact list's "Kontrollerad: …") goes with its last rows,
never alone on the last page.

``style.table`` makes a ``ContinuedTable``; ``Document.build`` gives each one the heading it
stands under (``label_continued_tables``), or the printout's title before any heading.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from samverkan_desktop.i18n import _
from samverkan_desktop.reports.tall_rows import MIN_ROW_PART, TallRowTable

MIN_ROWS = 2  # body rows kept on either side of a page break, where the table has them
HEADING_STYLES = ("title", "h2", "h3")


class ContinuedTable(TallRowTable):
    """A data table whose part on a next page comes under ``caption()`` ("… (forts.)").
    ``continued``: the heading it belongs under; None until labelled, "" for none (a block
    that repeats its own heading over a page break, as a minutes' item does)."""

    continued: str | None = None
    continued_style = "h3"
    captioned_by_title = True  # under no heading, it goes on under the printout's title
    # Per body row, its group's cell in the first column, written only on the group's first
    # row (a contact list's organisation): a next page's first row shows it again.
    group_cells: Sequence[Any] = ()
    goes_on = False  # the part a split left for further down or the next page

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = self._split_keeping_rows(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        self.carry_on(*parts)
        if not self.continued:
            return parts
        return [parts[0], Captioned(self.caption(), parts[1])]

    def carry_on(self, first: Any, rest: Any) -> None:
        """Gives ``rest``, the part for the next page, what it shows there: its group's name
        (``group_cells``) on its first row."""
        rest.goes_on = True
        groups = self.group_cells[self.first_left(first, rest) :]
        rest.group_cells = groups
        if groups and rest._cellvalues[self._header_rows()][0] in ("", None):
            set_first_cell(rest, groups[0])

    def first_left(self, first: Any, rest: Any) -> int:
        """The index, among the body rows, of ``rest``'s first row (the row split in two, when
        a row was)."""
        header = self._header_rows()
        placed = len(first._cellvalues) - header
        in_row = placed + len(rest._cellvalues) - header > len(self._cellvalues) - header
        return placed - 1 if in_row else placed

    def caption(self) -> Flowable:
        from samverkan_desktop.reports.style import escape, markup  # style imports this

        text = _("{heading} (cont.)").format(heading=self.continued)
        return markup(f"<b>{escape(text)}</b>", self.continued_style)

    def _split_keeping_rows(self, width: float, height: float) -> list[Flowable]:
        # ReportLab's range of rows a split may come before. A table that cannot keep them
        # (taller than a page in few rows) still splits as it can.
        self._rowSplitRange = self._kept_rows()
        try:
            parts: list[Flowable] = super().split(width, height)
        finally:
            self._rowSplitRange = None
        if parts or not self._taller_than_a_page(width):
            return parts
        return list(super().split(width, height))

    def _kept_rows(self) -> tuple[int, int]:
        """Where a split may come: after at least MIN_ROWS body rows and MIN_ROWS before the
        end. A first row as tall as MIN_ROW_PART (three lines) may stand alone under its
        heading: a lesson learned of a dozen lines alone is no slip, and the evaluation's
        lessons table, two such rows not fitting, moved whole and left half of page 1 empty.
        The last row goes on with the row before it wherever the two share a page: alone
        under "(forts.)" it read as left over (after a row taller than a page, a row of three
        lines did). It goes on alone where the two are taller than a page, or in a table of
        two tall rows (else the table moved whole); not in the part a split left to go on,
        which moves on whole instead. The heights are the last wrap's (a split comes after
        one); none known, MIN_ROWS."""
        header = self._header_rows()
        heights = getattr(self, "_rowHeights", None) or []

        def tall(row: int) -> bool:
            return header <= row < len(heights) and heights[row] >= MIN_ROW_PART

        first = 1 if tall(header) else MIN_ROWS
        last = 1 if self._last_two_apart(heights) else MIN_ROWS
        if header + first > len(heights) - last and tall(len(heights) - 1) and not self.goes_on:
            last = 1
        return header + first, -last

    def _last_two_apart(self, heights: Sequence[float]) -> bool:
        """Whether the last two rows are taller together than a page's room under the header
        row and a caption: they cannot share a page."""
        from samverkan_desktop.reports.style import PAGE_ROOM

        header = self._header_rows()
        if len(heights) < header + 2:
            return False
        caption = 30.0  # "… (forts.)" and its space, about
        room = PAGE_ROOM - caption - sum(heights[:header])
        return bool(heights[-1] + heights[-2] > room)

    def _taller_than_a_page(self, width: float) -> bool:
        from samverkan_desktop.reports.style import PAGE_ROOM

        return bool(self.wrap(width, PAGE_ROOM)[1] > PAGE_ROOM - self.room_taken)


def set_first_cell(table: Any, cell: Any) -> None:
    """``cell`` in the first column of ``table``'s first body row, the row measured again (a
    split gives the next page's part the rows' heights as measured: the new text may take
    more lines)."""
    row = table._header_rows()
    table._cellvalues[row][0] = cell
    heights = list(table._argH)
    heights[row] = None
    table._argH = table._rowHeights = heights


class Captioned(Flowable):
    """A table's part on a next page under its caption, placed and split as one: a caption
    of its own could be left at the foot of the page before, over nothing."""

    def __init__(self, caption: Flowable, table: TallRowTable) -> None:
        super().__init__()
        self.caption = caption
        self.table = table
        self._caption_height = 0.0
        self._slack = 0.0

    def _gap(self) -> float:
        return float(self.caption.getSpaceAfter())

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._caption_height = self.caption.wrap(availWidth, availHeight)[1]
        above = self._caption_height + self._gap()
        self.table.room_taken = above  # a row taller than the rest of a page splits within
        table_width, table_height = self.table.wrap(availWidth, availHeight - above)
        self._slack = availWidth - table_width
        self.width, self.height = availWidth, above + table_height
        return self.width, self.height

    def draw(self) -> None:
        self.caption.drawOn(self.canv, 0, self.height - self._caption_height)
        self.table.drawOn(self.canv, 0, 0, _sW=self._slack)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if not _at_top(self):
            # Only a next page's top: after a row that did not fit, the rest of a row taller
            # than a page went on below it under "(forts.)", on the same page.
            return []
        self.wrap(availWidth, availHeight)
        room = availHeight - self._caption_height - self._gap()
        parts = self.table.splitOn(self.canv, availWidth, room) if room > 0 else []
        if len(parts) != 2:
            return []
        return [Captioned(self.caption, parts[0]), Captioned(self.caption, parts[1])]

    def getSpaceAfter(self) -> float:  # noqa: N802 - ReportLab's name
        return float(self.table.getSpaceAfter())


class TableAndNote(KeepTogether):
    """A table and the note that closes it (a legend of its columns): when the note does not
    fit under the table's last row, rows go to the next page with it; the note never stands
    alone there. Otherwise the table splits as any does."""

    def __init__(self, table: Flowable, note: Sequence[Flowable]) -> None:
        super().__init__([table, *note])

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if getattr(self, "_wrapInfo", None) != (availWidth, availHeight):
            self.wrap(availWidth, availHeight)
        table, *note = self._content
        start: list[Flowable] = [self.NullActionFlowable()]
        if isinstance(table, Captioned) and not _at_top(self):
            return []  # as a Captioned's own split
        if availHeight >= self._H:
            return start + [table, *note]
        table_height = table.wrapOn(self.canv, availWidth, availHeight)[1]
        if table_height <= availHeight:
            # The table fits, the note not: the table's last rows go on with the note.
            availHeight -= self._H - table_height
        parts = table.splitOn(self.canv, availWidth, availHeight)
        if len(parts) == 2:
            return [*start, parts[0], TableAndNote(parts[1], note)]
        return start + [table, *note] if _at_top(self, False) else []


def _at_top(flowable: Flowable, unknown: bool = True) -> bool:
    """Whether the frame placing ``flowable`` is at its top (``unknown`` when split outside
    a frame, as a block asking whether its table fits)."""
    frame = getattr(flowable, "_frame", None)
    return unknown if frame is None else bool(getattr(frame, "_atTop", False))


def label_continued_tables(story: Sequence[Flowable]) -> None:
    """Gives each ContinuedTable in ``story`` not yet labelled the heading it stands under (a
    heading, else the printout's title), as the text it goes on under on a next page."""
    _label(story, None, inside_continued_block=False)


def _label(
    story: Sequence[Flowable], above: Paragraph | None, *, inside_continued_block: bool
) -> Paragraph | None:
    for flowable in story:
        style = getattr(getattr(flowable, "style", None), "name", "")
        if isinstance(flowable, Paragraph) and style in HEADING_STYLES:
            above = flowable
        elif isinstance(flowable, ContinuedTable) and flowable.continued is None:
            if (
                inside_continued_block
                or above is None
                or (style_of(above) == "title" and not flowable.captioned_by_title)
            ):
                flowable.continued = ""
            else:
                flowable.continued = _plain(above)
                flowable.continued_style = "h2" if style_of(above) == "title" else style_of(above)
        elif isinstance(flowable, KeepTogether):
            repeats = getattr(flowable, "repeats_its_heading", False)
            above = _label(
                flowable._content, above, inside_continued_block=inside_continued_block or repeats
            )
    return above


def style_of(paragraph: Paragraph) -> str:
    return str(paragraph.style.name)


def _plain(paragraph: Paragraph) -> str:
    return " ".join(str(paragraph.getPlainText()).split())
