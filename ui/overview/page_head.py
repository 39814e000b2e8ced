"""The Overview's head: the day, what the page is, and the button to the weekly summary, beside
the two lines where the page has room for them, under the day where it has not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from samverkan_desktop.i18n import _


class PageHead(QWidget):
    """The button beside the day took the width of both (some 710 px at 22 px): a window 900 px
    wide cut the page off on the right. Where they do not fit side by side the button goes on
    the line under the day, beside the shorter line that says what the page is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 22px; font-weight: 600; color: #1c3b5a;")
        self.subheading = QLabel(_("What needs you today and this week"), self)
        self.subheading.setStyleSheet("color: #5f6b7a; font-size: 13px;")
        # The Friday summary to management gathers the week as this page does.
        self.weekly_button = QPushButton(_("Weekly summary…"), self)
        self.weekly_button.setToolTip(
            _("The Friday summary to management, and what is passed on before the weekend")
        )
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 1)
        self.grid.addWidget(self.subheading, 1, 0)
        self.beside: bool | None = None  # whether the button stands beside the day
        self._arrange(beside=True)

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)
        self._arrange(self._room_beside(self.width()))

    def _room_beside(self, width: int) -> bool:
        titles = max(self.heading.sizeHint().width(), self.subheading.sizeHint().width())
        spacing = self.grid.horizontalSpacing()
        return titles + spacing + self.weekly_button.sizeHint().width() <= width

    def _arrange(self, beside: bool) -> None:
        if beside == self.beside:
            return
        self.beside = beside
        self.grid.removeWidget(self.heading)
        self.grid.removeWidget(self.weekly_button)
        top = Qt.AlignmentFlag.AlignTop
        if beside:
            # The day's width is no minimum here: the button goes under it before it is cut.
            self.heading.setMinimumWidth(1)
            self.grid.addWidget(self.heading, 0, 0)
            self.grid.addWidget(self.weekly_button, 0, 1, 2, 1, top)
        else:
            self.heading.setMinimumWidth(0)  # its text's width again
            self.grid.addWidget(self.heading, 0, 0, 1, 2)
            self.grid.addWidget(self.weekly_button, 1, 1, top)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange(self._room_beside(event.size().width()))
