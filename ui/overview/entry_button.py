"""One entry of an Overview card: its name and detail fitted to the card's width by their
parts (``OverviewItem``), on a second line what a narrow card has no room for."""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from samverkan_desktop.overview_items import DOT, OverviewItem

HAIR_SPACE = "\u200a"
SEPARATOR = " — "  # between an entry's name and its detail
PADDING = 4  # pixels left and right of an entry's text (the cards' style sheet): all else is room
_INDENTS: dict[tuple[str, str], str] = {}  # (mark, font) -> blanks as wide as the mark
NAME_LINES = 2  # a long name wraps onto a second line before it is cut
PART_LINES = 2  # and so does a part of its detail too long for a line of its own
# Where a line may break: at a space, but not around a count, neither before it nor between it
# and its word ("för 12 dagar"): at 900 px "(för 12" / "dagar sedan)" tore them apart, and
# "(för" / "12 dagar sedan)" read no better. The text itself is left as it is.
_COUNT = r"\d+ [^\W\d]"  # "12 dagar"
_BREAK = re.compile(rf"(?<!\d) (?!{_COUNT})|(?<=\d) (?![^\W\d]|{_COUNT})")


class EntryButton(QPushButton):
    """One Overview entry: one line, elided to the card's width (full text in the tooltip), so a
    long meeting place never pushes the other column off the screen; a second line only for
    ``also`` or ``rest`` (a meeting's place, what is wrong with an alarm), when the first has
    no room for it (``fitted_text``). It shortens the entry by
    its parts (``OverviewItem``: name — who · head · rest), never by reading its text: what
    follows the head goes first, then the name, then who stands before the head. A name is
    cut only where no line holds it whole ("Platssamverkan Stureplan/Öst… — i morgon
    08.30–10.00" keeps its time); else it goes whole above the head. "LARM-07 — David Karl… ·
    försenat sedan 2026-11-30 17.00" keeps its date. An entry whose head is not a date (an
    overdue action's "Skulle vara klar …") keeps its name and head whole, on two lines where
    one has no room for both; what follows the head (who is responsible) beside it or on a line
    of its own."""

    def __init__(
        self, mark: str, item: OverviewItem, parent: QWidget | None = None, tooltip: str = ""
    ) -> None:
        self.prefix = f"{mark}  "
        self.item = item
        self.full_text = f"{self.prefix}{item.title}{SEPARATOR}{item.detail}"
        super().__init__(self.full_text, parent)
        self.setToolTip(tooltip or self.full_text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._fitted_for: int | None = None  # the room the text was last fitted to
        # Widths measured in this font: a fit asks for most of them more than once (at the
        # start 541 measures of 224 texts), and each measure shapes the text anew.
        self._widths: dict[str, int] = {}

    def _width(self, text: str) -> int:
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = self.fontMetrics().horizontalAdvance(text)
        return width

    def fitted_text(self, room: int) -> str:
        """The entry for ``room`` pixels: one line (``_fitted_line``), with exceptions so
        that nothing it says after the name is seen only on hover. A date or time (a ``dated``
        head) that has no room beside a quarter of the name, or beside a letter of who, goes
        on a second line under them, with ``also`` beside it or on a third (a 1024-pixel
        window); ``also`` or ``rest`` alone with no room beside the head goes on a second line
        (a plan's exercise gap beside "Revideras senast 2026-12-14 (v. 51)" at 1100 pixels, a
        meeting's place, "ingen planerad övning för planen" at 1440)."""
        item = self.item
        line = self._fitted_line(item, room)
        # A borrower cut inside the first name ("LARM-07 — … · försenat sedan …", at 1024 px
        # "LARM-14 — Fati… · ska tillbaka …") is no one: whole above it.
        who_lost = bool(item.who) and SEPARATOR + item.who.split(" ")[0] not in line
        if item.dated and (item.head not in line or who_lost):
            return self._head_below(room)
        # Another head ("Skulle vara klar 2026-11-22 (för 12 dagar sedan)", "Aldrig övad") says
        # what the entry asks, and the name what it is about: both whole, on two lines when
        # one has no room for them (an overdue action read "Beskära buskagen — Skulle var…").
        if not item.dated and item.title and not line.startswith(self._name_and_head()):
            return self._head_below(room)
        if item.rest and not item.also and DOT + item.rest not in line:
            # The rest with no room beside the head goes under them, whole: a meeting's place
            # (at 1024 px "Chefsamråd trygghet — mån 7 dec 10.00–11.00…" had lost it), what is
            # wrong with an alarm or that a plan has no exercise planned (at 1440 px "LARM-09 —
            # Ur drift sedan …: … · Larmet når i…", "Aldrig övad · ingen planerad övnin…").
            # (Beside ``also`` the rest gives way first: a plan's version.)
            first = self._fitted_line(dataclasses.replace(item, rest=""), room)
            if item.head in first:
                return self._under(first, item.rest, room)
            return self._head_below(room)
        if not item.also or DOT + item.also in line:
            return line
        first = self._fitted_line(dataclasses.replace(item, also=""), room)
        return self._under(first, item.also, room)

    def _under(self, first: str, part: str, room: int) -> str:
        """``first`` with ``part`` on lines under it; but where ``first`` cut the name, the
        name whole above the head and what follows, if that takes no more lines (at 1440 px
        "Systematiskt brandskyddsarbete (SBA) – … — Revideras senast …" above its version)."""
        lines = "\n".join((first, *self._below(room, [part])))
        if first.startswith(self.prefix + self.item.title):
            return lines
        whole = self._head_below(room)
        return whole if whole.count("\n") <= lines.count("\n") else lines

    def _head_below(self, room: int) -> str:
        """The name (and who) on the first line, the head and what follows under it."""
        item = self.item
        name = f"{self.prefix}{item.title}{SEPARATOR + item.who if item.who else ''}"
        # A date says more than the name: a dated entry's name keeps to one line.
        first = self._name_lines(name, room, 1 if item.dated else NAME_LINES)
        parts = [item.head, *(part for part in (item.also,) if part)]
        lines = self._below(room, parts)
        if item.rest:
            # Beside the head where it fits; else on a line of its own, cut there: an overdue
            # action's responsible, "Sara Holm · Lokalpolisområde Norrmalm", was seen only on
            # hover, at 1024 px every action's, and so was a meeting's place (not beside
            # ``also``, after which it gives way: a plan's version).
            with_rest = self._below(room, [*parts, item.rest])
            if len(with_rest) == len(lines):
                lines = with_rest
            elif not (item.dated and item.also):
                lines = [*lines, *self._below(room, [item.rest])]
        return "\n".join((*first, *lines))

    def _name_and_head(self) -> str:
        """The start of a line that has the name and the head whole."""
        item = self.item
        return (
            f"{self.prefix}{item.title}{SEPARATOR}{item.who + DOT if item.who else ''}{item.head}"
        )

    def _name_lines(self, name: str, room: int, most: int) -> list[str]:
        """The name on at most ``most`` lines, the later ones under the name's start."""
        indent = self._indent()
        below = max(0, room - self._width(indent))
        first, *rest = self._wrapped(name, room, below, most)
        return [first, *(indent + line for line in rest)]

    def _below(self, room: int, parts: list[str]) -> list[str]:
        """``parts`` on lines under the name, as many on a line as fit whole; one that alone
        does not fit breaks between words onto a second line (cut only past that)."""
        indent = self._indent()
        space = max(0, room - self._width(indent))
        lines: list[str] = []
        for part in parts:
            if lines and self._width(lines[-1] + DOT + part) <= space:
                lines[-1] += DOT + part
            else:
                lines.append(part)
        return [
            indent + line
            for text in lines
            for line in self._wrapped(text, space, space, PART_LINES)
        ]

    def _wrapped(self, text: str, first_room: int, room: int, most: int) -> list[str]:
        """``text`` broken between words onto at most ``most`` lines (``first_room`` pixels
        for the first, ``room`` for the others); cut with "…" only where even those have no
        room for it. A line measured whole while it grew is not measured again (the start
        fits every entry, some twice: each measure counts)."""
        metrics = self.fontMetrics()
        if self._width(text) <= first_room:
            return [text]
        first, *words = _BREAK.split(text)
        lines = [first]
        fits = [False]  # whether the line was measured within its room
        for word in words:
            space = first_room if len(lines) == 1 else room
            if len(lines) == most:
                lines[-1] += f" {word}"  # the last line takes the rest, cut below
                fits[-1] = False
            elif self._width(f"{lines[-1]} {word}") <= space:
                lines[-1] += f" {word}"
                fits[-1] = True
            else:
                lines.append(word)
                fits.append(False)
        if len(lines) > 1 and " " not in lines[-1] and _BREAK.search(lines[-2]):
            # A last word alone on its line ("låt laga det eller kassera" over "det") reads as
            # cut off: the word before it goes down too, where the two fit the line.
            *before, moved = _BREAK.split(lines[-2])
            kept = " ".join(before)
            if self._width(f"{moved} {lines[-1]}") <= room:
                lines[-2:] = [kept, f"{moved} {lines[-1]}"]
                fits[-2:] = [True, True]
        cut = Qt.TextElideMode.ElideRight
        return [
            line
            if fit
            else metrics.elidedText(line, cut, max(0, first_room if number == 0 else room))
            for number, (line, fit) in enumerate(zip(lines, fits, strict=True))
        ]

    def _indent(self) -> str:
        """Blanks as wide as the mark before the name, so a second line starts under it."""
        key = (self.prefix, self.font().toString())
        indent = _INDENTS.get(key)
        if indent is None:  # the same for every entry of a card: measured once
            metrics = self.fontMetrics()
            wanted = metrics.horizontalAdvance(self.prefix)
            indent = ""
            for blank in (" ", HAIR_SPACE):
                while metrics.horizontalAdvance(indent + blank) <= wanted and len(indent) < 40:
                    indent += blank
            _INDENTS[key] = indent
        return indent

    def _fitted_line(self, item: OverviewItem, room: int) -> str:
        """The line for ``room`` pixels: whole; else what follows the head cut ("… · Karla…");
        else the name alone where a line of its own holds it whole (the head goes under it);
        else the name shortened (to a quarter of the line beside a dated head, half beside
        another), keeping who and the head; else, on a dated line, who stands before the head
        cut; else cut at the end."""
        metrics = self.fontMetrics()
        width = self._width

        def cut(text: str, space: int) -> str:
            return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, space))

        before = self.prefix
        full_text = f"{before}{item.title}{SEPARATOR}{item.detail}"
        if width(full_text) <= room or not item.title:
            return cut(full_text, room)
        head = SEPARATOR + DOT.join(part for part in (item.who, item.head) if part)
        after = SEPARATOR + item.detail  # the head, then the rest
        # A date beside a shortened name says more than a longer name; without a date the
        # name comes first ("Skulle vara klar … (för 14 dagar sedan)" does not push it out).
        floor = room // 4 if item.dated else room // 2
        start = before + item.title
        spare = width(" …")  # elidedText needs a little more than that
        # With ``also`` ("ej övad på 5 år") kept whole beside the head first, then without it.
        for kept in (head + DOT + item.also, head) if item.also else (head,):
            beside = width(start + kept)
            if beside + spare <= room:
                tail = cut(after, room - width(start))
                if tail.startswith(kept):  # the rest cut, the head whole
                    return start + tail
            if beside > room and not item.who and width(start) <= room:
                # A name that a line of its own holds whole is not cut ("Krisledningsplan
                # Österm… — Revideras senast …" at 1920 px): alone, so that ``fitted_text``
                # puts the head and ``also`` under it. (Who gives way below, not the name.)
                return start
            name = _cut_between(metrics, before, item.title, kept, room)
            # A name cut inside its first word, or right after it, says nothing ("Arbetsgr… —
            # Löptiden slutar 2026-12-25", "Arbetsgrupp… —" at 1024 px): then whole, above the
            # head (``fitted_text``).
            first_word = item.title.split(" ")[0]
            kept_name = name.removesuffix("…").rstrip()
            if name == item.title or (
                width(before + name) >= floor
                and kept_name.startswith(first_word)
                and len(kept_name) > len(first_word)
            ):
                return before + name + kept
        if item.dated and item.who:  # "LARM-07 — David Karl… · försenat sedan 2026-11-30 17.00"
            fits = width(start) <= floor
            name = item.title if fits else cut(item.title, floor - width(before))
            when = DOT + item.head
            between = cut(SEPARATOR + item.who, room - width(before + name + when))
            line = before + name + between + when
            if between.startswith(SEPARATOR) and width(line) <= room:
                return line
        return cut(full_text, room)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        # Before the entry is shown its width is the layout's first guess: fitted when shown.
        if self.isVisible():
            self._fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        # A new text changes the entry's height, and the layout resizes it again at the same
        # width: fitted once per width (a start spent 40 ms fitting texts twice or more).
        room = max(0, self.width() - 2 * PADDING)
        if room != self._fitted_for:
            self._fitted_for = room
            self.setText(self.fitted_text(room))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text measured anew at the next size
            self._fitted_for = None
            self._widths = {}


def _cut_between(metrics: QFontMetrics, before: str, text: str, after: str, room: int) -> str:
    """``text`` cut so that ``before``, it and ``after`` fill a line of ``room`` pixels, every
    one used: a name was cut with room left beside it ("Larm- och uppringnings… — 2026-12-29
    (v. 53)", 20 px free at 1024 px). Together the parts may measure a pixel or two more than
    apart: then cut again by what they overflow (not a pixel at a time: the start fits every
    entry, and each measure counts)."""
    space = room - metrics.horizontalAdvance(before + after)
    cut = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, space))
    for _turn in range(2):
        if cut == text:
            break
        over = metrics.horizontalAdvance(before + cut + after) - room
        if over <= 0:
            break
        space -= over
        cut = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, space))
    return cut
