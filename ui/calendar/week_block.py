"""One meeting in the week's time grid: the week's tile (time, group, place, in the group's colour)
as a block whose height is the meeting's length. A block too short for all its lines keeps the
group's name whole and cuts the place with "…"; one too short for the time above the whole name
runs the start and the name on ("08.30 Platssamverkan Stureplan/…"); one in a lane too narrow
for its words shows its start and what of the name tells it from the blocks beside it ("skol…"
beside "särs…", not "Arb…" in each: lane_names), else the initials ("NT", "SLK"; a walk
"Vandring"), else the name's first letters: in a very busy week's lanes (five at once at 1024 px)
a block showed its time alone. The tooltip holds all. The arrow keys go on to the meeting
above, below or in the next day (the grid chooses which)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from samverkan_desktop.formatting import clock_text
from samverkan_desktop.i18n import _
from samverkan_desktop.services.calendar import CalendarItem
from ui import key_guide
from ui.calendar.chip import TEXT_LEFT, TEXT_RIGHT, MeetingChip, short_label
from ui.calendar.lane_names import telling_name, tellings_beside
from ui.widgets.text_lines import wrapped_lines

PADDING = 6  # above and below the lines (MeetingChip._height_of)
NARROW_LEFT = 6  # a narrow lane's text: just after the colour bar (4 px)
MIN_LETTERS = 3  # a word cut shorter than this reads as nothing ("N…")
SMALL_WORD = 3  # a lower-case word this short joins the others ("och", "för"): no initial
SMALLER = 1  # points: blocks write a size smaller than the window, as Outlook's do


def block_font(base: QFont) -> QFont:
    """The blocks' font: ``base`` a point smaller (a size in pixels, a pixel smaller)."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(max(6.0, font.pointSizeF() - SMALLER))
    else:
        font.setPixelSize(max(8, font.pixelSize() - SMALLER))
    return font


def _unreadable(text: str) -> bool:
    """A line cut to less than MIN_LETTERS beside its "…" ("N…", "s…g"), or to nothing."""
    return not text or ("…" in text and len(text.replace("…", "").strip()) < MIN_LETTERS)


def _too_narrow(lines: list[tuple[str, bool]], start: str) -> bool:
    """Whether the time ``start`` is cut ("13.…", also run on with the name) or a line of
    the name is cut to nothing readable."""
    first = lines[0][0] if lines else ""
    if first.endswith("…") and start.startswith(first[:-1]):
        return True
    return any(_unreadable(text) for text, bold in lines if bold)


def _cut_to(text: str, initials: str) -> bool:
    """Whether ``text`` is cut with "…" to ``initials`` alone ("Kri…" of "Krisstödsgruppen")."""
    return text.endswith("…") and text[:-1].rstrip() == initials


def _walk_name_cut(row: CalendarItem, lines: list[tuple[str, bool]]) -> bool:
    """Whether a walk's name begins cut ("Vandri…" in a lane beside two meetings): its lane
    reads better as "Vandring" alone, edge to edge (``narrow_name``)."""
    name = next((text for text, bold in lines if bold), "")
    return short_label(row) is not None and name.split(" ")[0].endswith("…")


def narrow_name(row: CalendarItem) -> str:
    """The name in a lane too narrow for its words: a walk's "Vandring", another's initials."""
    return _("Walk") if short_label(row) is not None else abbreviation(row.label)


def abbreviation(label: str) -> str:
    """A group's name shortened for a narrow lane: the abbreviation it gives in brackets
    ("Säkerhetssamordnarnätverket (SLK)": "SLK"; its initials read "S("), else its words'
    initials without the small joining ones ("Norrmalms trygghets- och säkerhetsråd": "NTS",
    as such names are shortened, and narrow enough for a lane beside four others), or a
    one-word name's first letters ("Kri")."""
    if given := re.search(r"\(([A-ZÅÄÖ]{2,})\)", label):
        return given.group(1)
    words = [word for word in re.split(r"[\s/\-()]+", label) if word]
    if len(words) == 1:
        return words[0][:MIN_LETTERS]
    if words[0].isupper():  # it begins with its abbreviation: "SL (Region Stockholm)"
        return words[0]
    joining = [w for w in words if w.islower() and len(w) <= SMALL_WORD]
    if len(words) - len(joining) >= 2:
        words = [w for w in words if w not in joining]
    return "".join(word[0].upper() for word in words)


def first_letters(text: str, font: QFont, room: int) -> str:
    """As much of ``text``'s start as ``room`` pixels hold, cut bare (at least a letter): in a
    lane where neither a cut with "…" that reads nor the initials fit, the start of the name
    still tells the block's group (the tooltip holds the whole); it showed the time alone."""
    metrics = QFontMetrics(font)
    shown = text[:1]
    for end in range(2, len(text) + 1):
        if text[end - 1] == " " or metrics.horizontalAdvance(text[:end]) > room:
            break
        shown = text[:end]
    return shown


class MeetingBlock(MeetingChip):
    # The block, whether to another day, -1 or 1 (up or left, down or right).
    arrow_pressed = Signal(object, bool, int)
    group_lines = 8  # a long block shows a long name whole in a narrow lane; a short one cuts

    def __init__(
        self, row: CalendarItem, parent: QWidget | None = None, beside: Sequence[str] = ()
    ) -> None:
        """``beside``: the names of the blocks at the same time, side by side with this one."""
        super().__init__(row, 3, parent)
        self.beside = [label for label in beside if label != row.label]
        self.telling = telling_name(row.label, beside)  # the name where its lane is short
        self.others = tellings_beside(row.label, beside)  # theirs
        self.setFont(block_font(self.font()))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return False  # placed by the grid: its height is the meeting's length

    def room(self) -> int:
        """How many lines the block's height holds (at least one)."""
        return max(1, (self.height() - PADDING) // self.fontMetrics().lineSpacing())

    def shown_lines(self, width: int | None = None) -> list[tuple[str, bool]]:
        """As the tile's lines, or in a lane too narrow for them (five meetings side by side
        read "1…", "N…", "t…") the start, if whole, and the name's start ("Lokal…") or its
        initials, as far as they fit. A name cut to no more than its initials reads them
        bare ("Kri", not "Kri…" in a lane a few pixels wider: initials are not a cut word)."""
        lines = self._lines(self.width() if width is None else width)
        if short_label(self.row) is not None:
            return lines  # a walk's "Vandring…" is its short label cut
        initials = abbreviation(self.row.label)
        return [
            (initials if bold and _cut_to(text, initials) else text, bold) for text, bold in lines
        ]

    def _lines(self, width: int) -> list[tuple[str, bool]]:
        lines = self._fitted_lines(width - TEXT_LEFT - TEXT_RIGHT)
        if not self._narrow(lines):
            # the place, as far as it reads ("Karlavägen 104" in a lane of 40 px: "K…", "104")
            cut = next((at for at, (text, _b) in enumerate(lines) if _unreadable(text)), None)
            return lines[:cut]
        room = width - NARROW_LEFT
        shown = [(self._start(), False)] if self._fits(self._start(), False, room) else []
        if name := self._narrow_title(room):
            shown.append((name, True))
        if len(shown) > self.room():  # one line: the name rather than the time
            shown = shown[-1:]
        return shown

    def _fits(self, text: str, bold: bool, room: int) -> bool:
        font = QFont(self.font())
        font.setBold(bold)
        return QFontMetrics(font).horizontalAdvance(text) <= room

    def _narrow_title(self, room: int) -> str:
        """The name in a narrow lane: what tells it from the blocks beside it ("skol…" beside
        "särs…": ``_apart``), else a walk's "Vandring" or the initials ("NT"), else its start
        as it reads, else as many of its first letters as fit (the tooltip says all): never
        the time alone."""
        name = narrow_name(self.row)
        fits = self._fits(name, True, room)
        bold = self._bold()
        if short_label(self.row) is not None:
            if fits:
                return name
            cut = QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight, room)
            return cut if not _unreadable(cut) else first_letters(name, bold, room)
        if apart := self._apart(self.telling, self.others, room):
            return apart
        if fits and name not in map(abbreviation, self.beside):
            return name
        # Alike whichever way: its start as it reads, as another's (the tooltip tells)
        cut = QFontMetrics(bold).elidedText(self.telling, Qt.TextElideMode.ElideRight, room)
        if not _unreadable(cut):
            return cut
        return name if fits else first_letters(self.telling, bold, room)

    def _apart(self, text: str, others: list[str], room: int) -> str:
        """``text`` in ``room`` pixels as it reads apart from ``others`` cut alike: whole or its
        start ("skol…"), else its start and end ("St…et" beside "St…by"); "" when no such cut
        both reads (MIN_LETTERS) and differs from theirs."""
        metrics = QFontMetrics(self._bold())
        for mode in (Qt.TextElideMode.ElideRight, Qt.TextElideMode.ElideMiddle):
            cut = metrics.elidedText(text, mode, room)
            if not _unreadable(cut) and all(
                metrics.elidedText(o, mode, room) != cut for o in others
            ):
                return cut
        return ""

    def _bold(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def label_at(self, width: int) -> str:
        """The name to wrap: beside other blocks where its first word is cut ("Arbetsg…"), what
        tells it from theirs ("skolan som brottsplats"), its first word cut apart from theirs
        ("St…et" beside "St…by")."""
        label = super().label_at(width)
        if label != self.row.label or not self.beside:
            return label  # a walk's short name, or a block alone
        if QFontMetrics(self._bold()).horizontalAdvance(label.split(" ")[0]) <= width:
            return label  # its first word whole: the lines tell it apart
        first, *rest = self.telling.split(" ")
        others = [other.split(" ")[0] for other in self.others]
        return " ".join([self._apart(first, others, width) or first, *rest])

    def text_margins(self) -> tuple[int, int]:
        # Narrow: every pixel for the initials, from just after the colour bar to the edge.
        if self._narrow(self._fitted_lines(self.width() - TEXT_LEFT - TEXT_RIGHT)):
            return NARROW_LEFT, 0
        return super().text_margins()

    def _narrow(self, lines: list[tuple[str, bool]]) -> bool:
        """Whether the lane is too narrow for the lines' words: the start and ``narrow_name``."""
        return _too_narrow(lines, self._start()) or _walk_name_cut(self.row, lines)

    def _start(self) -> str:
        mark = "↷ " if self.row.moved and not self.cancelled else ""
        return mark + clock_text(self.row.starts_at)

    def _fitted_lines(self, width: int) -> list[tuple[str, bool]]:
        lines = super().shown_lines(width + TEXT_LEFT + TEXT_RIGHT)
        elide = Qt.TextElideMode.ElideRight
        metrics = self.fontMetrics()
        start = self._start()
        if metrics.elidedText(self.texts()[0], elide, width) != self.texts()[0]:
            # A narrow block (meetings side by side): "13.00" rather than "13.00–15…".
            lines = [(metrics.elidedText(start, elide, width), False), *lines[1:]]
        room = self.room()
        if len(lines) <= room:
            return lines
        if 1 + sum(1 for _text, bold in lines if bold) > room:
            # Too short for the time above the whole name: the start and the name run on,
            # "08.30 Platssamverkan" / "Stureplan/Östermalmstorg", as far as they fit.
            font = QFont(self.font())
            font.setBold(True)
            text = f"{start} {self.label_at(width)}"
            return [(line, True) for line in wrapped_lines(text, font, width, room)]
        kept = lines[:room]  # the time and the whole name; the place as far as it goes
        text, bold = kept[-1]
        if not bold:
            text = text.removesuffix("-").rstrip() + "…"
            kept[-1] = (metrics.elidedText(text, elide, width), False)
        return kept

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        for keys in (key_guide.WEEK_IN_DAY, key_guide.WEEK_OTHER_DAY):
            step = keys.step(event)
            if step:
                self.arrow_pressed.emit(self, keys is key_guide.WEEK_OTHER_DAY, step)
                event.accept()
                return
        super().keyPressEvent(event)
