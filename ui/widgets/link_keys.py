"""A label with a link as a keyboard user reaches it: one Tab puts the focus on the link itself
(Qt's label took the focus first, showed nothing, and needed a second Tab before Enter opened
it), and Enter or Space opens it, as they press a button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLabel

from ui import key_guide

TAB_REASONS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)


class LinkLabel(QLabel):
    """A label that may show a link to ``href`` (its ``linkActivated`` gives it); plain text
    otherwise, like any label."""

    href = ""

    def _shows_link(self) -> bool:
        flags = self.textInteractionFlags()
        return bool(self.href) and bool(flags & Qt.TextInteractionFlag.LinksAccessibleByKeyboard)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if self._shows_link() and key_guide.LINK_OPEN.matches(event):
            self.linkActivated.emit(self.href)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)  # puts the label's cursor at the text's start (or end)
        if self._shows_link() and event.reason() in TAB_REASONS:
            # Onto the link: drawn with the focus, and the next Tab leaves the label.
            self.focusNextPrevChild(event.reason() == Qt.FocusReason.TabFocusReason)
