"""The agenda's buttons under its list: on one row (↑ ↓ after "Ta bort…") where the minutes
beside the agenda keep room enough; else ↑ ↓ on a row of their own under the others, so the
agenda may narrow to the three buttons' width and the minutes have their share. On one row the
buttons held the agenda at 318 px in a window 900 px wide, the minutes beside it at 312 (their
section heading on four lines, the actions from earlier meetings cut)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QWidget

MINUTES_LEAST = 400  # px the minutes keep beside an agenda whose buttons stand on one row


class AgendaButtons(QWidget):
    def __init__(
        self,
        buttons: Sequence[QPushButton],
        arrows: Sequence[QPushButton],
        tab: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        """``tab``: the agenda and the minutes, whose width decides the arrangement."""
        super().__init__(parent)
        self.first = QHBoxLayout()
        self.second = QHBoxLayout()
        for button in buttons:
            self.first.addWidget(button)
        self.first.addStretch(1)  # under each other, the buttons keep their widths
        for arrow in arrows:
            self.second.addWidget(arrow)
        self.second.addStretch(1)
        self.rows = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.addLayout(self.first)
        self.rows.addLayout(self.second, 1)
        self._tab = tab
        tab.installEventFilter(self)

    def one_row(self) -> bool:
        return self.rows.direction() == QBoxLayout.Direction.LeftToRight

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._tab and event.type() == QEvent.Type.Resize:
            self._arrange(self._tab.width())
        return super().eventFilter(watched, event)

    def _arrange(self, room: int) -> None:
        spacing = self.rows.spacing()
        row = self.first.minimumSize().width() + spacing + self.second.minimumSize().width()
        beside = room - row >= MINUTES_LEAST
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self.rows.direction() != direction:
            self.rows.setDirection(direction)
