"""Swedish capitals kept whole in labels and tabs.

Some fonts draw the dots of "Ö" and the ring of "Å" above the ascent Qt reserves for a line
(DejaVu Sans, the usual Linux font: 2 px at 9 pt), and a QLabel exactly one line high cuts
them: "Östermalm" reads "Ostermalm". Every label gets that much room on top when it is
polished, measured for the font in use, so nothing changes where the font has room of its own.
A label that draws its text through a document (selectable, links) also needs its accents drawn
into that room (``ui.capital_tops``).
Tabs get the same room and 2 px more: Fusion draws unselected tabs 2 px lower.

Both live in the application's style (a proxy of the usual one): the style polishes every
widget once when it is first shown, and again when a style sheet is set on it (which resets a
label's margins to the sheet's box). An application-wide event filter did the labels before,
but it ran Python for every event of every object, a fifth of the window's start-up. (An
application style sheet would do it too, but it restyles every widget: scroll bars went.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QProxyStyle, QStyle, QWidget

from ui.capital_tops import keep_tops, may_draw_through_document

if TYPE_CHECKING:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyleOption

SWEDISH_CAPITALS = "ÅÄÖÉ"
UNSELECTED_TAB_DROP = 2  # Fusion's offset of unselected tabs


def overshoot(app: QApplication) -> int:
    """Pixels that accented capitals reach above the font's ascent (0 if none)."""
    return _overshoot(QFontMetrics(app.font()))


def _overshoot(metrics: QFontMetrics) -> int:
    return max(0, -metrics.tightBoundingRect(SWEDISH_CAPITALS).top() - metrics.ascent())


def _make_room(label: QLabel, room: int) -> None:
    margins = label.contentsMargins()
    if margins.top() < room:
        label.setContentsMargins(margins.left(), room, margins.right(), margins.bottom())
    if may_draw_through_document(label):  # its text clipped at the first line: room left empty
        keep_tops(label)


def give_room_now(window: QWidget, app: QApplication) -> None:
    """What the style's polish does, done at once for the labels ``window`` holds (polished
    first, so a style sheet's box is in place), for a window shown before
    ``keep_capitals_whole`` (the quick start installs the style after its first paint: its
    Python ``polish`` and ``sizeFromContents`` run for every widget and size, and their first
    calls build PySide's types for every widget and style option, about 50 ms of the start)."""
    room = _overshoot(window.fontMetrics())  # the application's font (no QFont made here)
    if not room:
        return
    window.ensurePolished()  # polishes the children too
    for label in window.findChildren(QLabel):
        _make_room(label, room)


class RoomyStyle(QProxyStyle):
    """The application's style with room above accented capitals: labels get ``room`` pixels
    on top (unless they have that much already), tabs are ``room`` + 2 pixels taller."""

    def __init__(self, base: str, room: int) -> None:
        super().__init__(base)
        self.room = room
        self.tab_extra = room + UNSELECTED_TAB_DROP

    def polish(self, target: QWidget | QApplication | QPalette) -> None:  # type: ignore[override]
        super().polish(target)  # type: ignore[arg-type]
        if isinstance(target, QLabel):
            _make_room(target, self.room)

    def sizeFromContents(  # noqa: N802
        self,
        contents: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        result = super().sizeFromContents(contents, option, size, widget)  # type: ignore[arg-type]
        if contents == QStyle.ContentsType.CT_TabBarTab:
            result.setHeight(result.height() + self.tab_extra)
        return result


def keep_capitals_whole(app: QApplication) -> RoomyStyle | None:
    """Give every label and tab the room its font lacks; returns the application's style that
    does it (None if the font needs none). Once per application, however often the window
    starts (tests start it many times)."""
    room = overshoot(app)
    if not room:
        return None
    style = app.style()
    if not isinstance(style, RoomyStyle):
        style = RoomyStyle(style.name(), room)
        app.setStyle(style)
    return style
