"""Swedish capitals kept whole in labels and tabs.

Some fonts draw the dots of "Ö" and the ring of "Å" above the ascent Qt reserves for a line
(DejaVu Sans, the usual Linux font: 2 px at 9 pt), and a QLabel exactly one line high cuts
them: "Östermalm" reads "Ostermalm". Every label gets that much room on top when it is first
polished, measured for the font in use, so nothing changes where the font has room of its own.
(An application style sheet would do it too, but it restyles every widget: scroll bars went.)
Tabs get the same room and 2 px more: Fusion draws unselected tabs 2 px lower."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QProxyStyle, QStyle, QStyleOption, QWidget

SWEDISH_CAPITALS = "ÅÄÖÉ"
_RESTYLED = (QEvent.Type.Polish, QEvent.Type.StyleChange)


def overshoot(app: QApplication) -> int:
    """Pixels that accented capitals reach above the font's ascent (0 if none)."""
    metrics = QFontMetrics(app.font())
    return max(0, -metrics.tightBoundingRect(SWEDISH_CAPITALS).top() - metrics.ascent())


class _RoomAbove(QObject):
    def __init__(self, pixels: int, parent: QObject) -> None:
        super().__init__(parent)
        self.pixels = pixels

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Polish: first shown. StyleChange: a style sheet set on the label later resets its
        # margins to the sheet's box.
        if isinstance(watched, QLabel) and event.type() in _RESTYLED:  # cheap test first
            margins = watched.contentsMargins()
            if margins.top() < self.pixels:
                watched.setContentsMargins(
                    margins.left(), self.pixels, margins.right(), margins.bottom()
                )
        return False


class RoomyTabs(QProxyStyle):
    """The application's style with taller tabs."""

    def __init__(self, base: str, extra: int) -> None:
        super().__init__(base)
        self.extra = extra

    def sizeFromContents(  # noqa: N802
        self,
        contents: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        result = super().sizeFromContents(contents, option, size, widget)  # type: ignore[arg-type]
        if contents == QStyle.ContentsType.CT_TabBarTab:
            result.setHeight(result.height() + self.extra)
        return result


UNSELECTED_TAB_DROP = 2  # Fusion's offset of unselected tabs


def keep_capitals_whole(app: QApplication) -> QObject | None:
    """Give every label and tab the room its font lacks; returns the labels' event filter
    (None if the font needs none)."""
    extra = overshoot(app)
    if not extra:
        return None
    room = app.findChild(_RoomAbove)  # once per application, however often the window starts
    if room is None:
        room = _RoomAbove(extra, app)
        app.installEventFilter(room)
    if not isinstance(app.style(), RoomyTabs):
        app.setStyle(RoomyTabs(app.style().name(), extra + UNSELECTED_TAB_DROP))
    return room
