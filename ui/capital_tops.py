"""The dots of "Ö" and the ring of "Å" above a selectable or rich-text label's first line.

``ui.fonts`` gives every label room above its text for them, as a top margin. A plain label
draws its text across its whole rectangle and the accents land in that room. A label whose text
can be selected, or holds links or markup, draws through a text document instead, and Qt clips
that drawing to the rectangle of the text itself: the room stays empty and the accents are cut
at the first line's top ("Östermalms stadsdelsförvaltning" in a detail pane read "Ostermalms").
Such a label gets an event filter that, after the label has painted, draws its document's first
line once more, clipped to the strip between the label's top and its text.

Python runs only for those labels' events (an application-wide filter cost a fifth of the
start), and the filter is the application's child, so it goes with it."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel

SELECTING = (
    Qt.TextInteractionFlag.TextSelectableByMouse
    | Qt.TextInteractionFlag.TextSelectableByKeyboard
    | Qt.TextInteractionFlag.TextEditable
)


def may_draw_through_document(label: QLabel) -> bool:
    """Whether ``label`` draws, or will draw once it has a text, through a text document: Qt
    gives it one (a child of its text control) for selectable text or rich text. A pane's
    value is polished empty, before its first record gives it a text and the document."""
    return (
        bool(label.textInteractionFlags() & SELECTING)
        or label.textFormat() == Qt.TextFormat.RichText
        or label.findChild(QTextDocument) is not None
    )


def keep_tops(label: QLabel) -> None:
    """Draw the accents above ``label``'s first line from now on (once, however often asked)."""
    app = QApplication.instance()
    if app is None:
        return
    tops = app.findChild(
        _TopsOverText, _TopsOverText.NAME, Qt.FindChildOption.FindDirectChildrenOnly
    )
    if tops is None:
        tops = _TopsOverText(app)
    label.installEventFilter(tops)  # a second install only moves it to the front


class _TopsOverText(QObject):
    NAME = "capitalTops"

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QLabel):
            return False
        if watched.findChild(QTextDocument) is None:
            return False  # plain text (or none yet): the label draws it whole itself
        watched.paintEvent(event)  # type: ignore[arg-type]  # what QWidget.event would do
        _draw_above_text(watched)
        return True


def _draw_above_text(label: QLabel) -> None:
    # Imported at the first such paint: making these types builds their Python enums, which
    # the window's first view (no selectable label) does not need.
    from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette
    from PySide6.QtWidgets import QStyleOption

    document = label.findChild(QTextDocument)
    assert document is not None  # asked by the filter
    area = _text_area(label)
    top = area.top() + _first_line_drop(label, area.height(), document)
    if top <= 0:
        return  # no room above the text: nothing was clipped that could show
    painter = QPainter(label)
    painter.setClipRect(QRect(area.left(), 0, area.width(), top))
    painter.translate(area.left(), top)
    context = QAbstractTextDocumentLayout.PaintContext()
    # Only the lines reaching into the strip are laid out and drawn: the strip and one pixel of
    # the first line (the whole document was drawn, clipped away, on every paint: a long note
    # or a pane's value repainted as the mouse moved over it).
    context.clip = QRectF(0, -top, area.width(), top + 1)
    option = QStyleOption()
    option.initFrom(label)  # the colours of the label's state, as QLabel paints with
    palette = option.palette
    role = label.foregroundRole()
    if role != QPalette.ColorRole.Text and label.isEnabled():
        palette.setColor(QPalette.ColorRole.Text, palette.color(role))
    context.palette = palette
    document.documentLayout().draw(painter, context)
    painter.end()


def _text_area(label: QLabel) -> QRect:
    """Where QLabel lays out its document: the contents less its margin and indent."""
    margin = label.margin()
    area = label.contentsRect().adjusted(margin, margin, -margin, -margin)
    indent = label.indent()
    if indent < 0 and label.frameWidth():  # Qt's indent for a framed label
        indent = label.fontMetrics().horizontalAdvance("x") // 2 - margin
    if indent > 0:
        align = label.alignment()
        if align & Qt.AlignmentFlag.AlignLeft:
            area.setLeft(area.left() + indent)
        elif align & Qt.AlignmentFlag.AlignRight:
            area.setRight(area.right() - indent)
        if align & Qt.AlignmentFlag.AlignTop:
            area.setTop(area.top() + indent)
        elif align & Qt.AlignmentFlag.AlignBottom:
            area.setBottom(area.bottom() - indent)
    return area


def _first_line_drop(label: QLabel, height: int, document: QTextDocument) -> int:
    """How far below the area's top the text starts (a centred or bottom-aligned label)."""
    spare = height - document.documentLayout().documentSize().height()
    align = label.alignment()
    if align & Qt.AlignmentFlag.AlignVCenter:
        return math.floor(max(spare / 2, 0))
    if align & Qt.AlignmentFlag.AlignBottom:
        return math.floor(max(spare, 0))
    return 0
