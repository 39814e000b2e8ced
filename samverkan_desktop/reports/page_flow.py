"""How a printout's blocks meet a page break: kept together or moved on whole (``KeepOrFlow``),
going on under their heading again (``ContinuedBlock``), a heading never alone at a page's
foot (``keep_headings_with_next``), nor a table's closing note or a short last section
(``with_note``, ``with_closing``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from samverkan_desktop.reports.continued import MIN_ROWS, Captioned, ContinuedTable, TableAndNote
from samverkan_desktop.reports.page_look import FRAME_HEIGHT, MARGIN_X, PAGE_SIZE, SHORT_BLOCK


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def with_note(table_flowable: Flowable, *note: Flowable) -> Flowable:
    """A table and the note closing it, the note never alone on the next page (TableAndNote);
    an empty table's line and its note are kept together."""
    if isinstance(table_flowable, Table):
        return TableAndNote(table_flowable, note)
    return KeepTogether([table_flowable, *note])


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
        above = 0.0  # the space after the flowable above
        for index, flowable in enumerate(self._content):
            # The frame overlaps a space before with the space after above it (ReportLab's
            # overlapAttachedSpace): both counted in full, "Krisberedskap" over "Planer för
            # krisberedskap" found no room for its table's first rows and left a fifth of
            # the page empty.
            room = height - (max(flowable.getSpaceBefore() - above, 0) if index else 0)
            if not _leads_in(flowable):
                needed = flowable.wrapOn(self.canv, width, room)[1]
                return needed <= room or bool(flowable.splitOn(self.canv, width, room))
            above = flowable.getSpaceAfter()
            height = room - flowable.wrapOn(self.canv, width, room)[1] - above
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
        """As ``_split_at``, with at least MIN_ROWS rows going on under the heading again:
        "Arbetsgrupp särskilt utsatta brottsoffer (forts.)" over one line ("Inga beslut …")
        at page 2's top read as left over. Rows go on from here, a line's height at a time,
        until two do; a short block that cannot leave two here moves on whole."""
        parts = self._split_at(availWidth, availHeight)
        lower = availHeight
        while 0 < _rows_going_on(parts, availWidth) < MIN_ROWS and lower > ROW_STEP:
            lower -= ROW_STEP
            attempt = self._split_at(availWidth, lower)
            if not attempt:  # nothing here: the whole block on the next page
                return attempt
            if _rows_going_on(attempt, availWidth) >= MIN_ROWS:
                return attempt
        return parts

    def _split_at(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
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


ROW_STEP = 6.0  # points: less than a line of the smallest type, so no row is skipped


def _rows_going_on(parts: Sequence[Flowable], width: float) -> int:
    """The rows a ContinuedBlock's split leaves to go on under its heading again (0 when it
    does not break): a table's body rows, a paragraph's lines, a kept block's rows."""
    if not parts or not isinstance(parts[-1], ContinuedBlock) or len(parts) < 3:
        return 0
    return sum(_rows(flowable, width) for flowable in parts[-1]._content[1:])


def _rows(flowable: Flowable, width: float) -> int:
    if _leads_in(flowable):
        return 0
    if isinstance(flowable, Captioned):
        flowable = flowable.table
    if isinstance(flowable, Table):
        return max(len(flowable._cellvalues) - flowable.repeatRows, 0)
    if isinstance(flowable, KeepTogether):
        return sum(_rows(part, width) for part in flowable._content)
    if isinstance(flowable, Paragraph):
        flowable.wrap(width, 0xFFFFFFF)
        return len(getattr(flowable.blPara, "lines", ())) or 1
    return 1


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
