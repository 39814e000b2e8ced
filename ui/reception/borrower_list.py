"""The staff that fit the typed letters, best first, each with their alarm training: the first
is chosen, arrow keys choose another. An expired training shows in the warning colour with its
date (and "lending blocked" when the setting blocks it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.services.alarm_borrowers import BorrowerMatch
from samverkan_desktop.services.training import TrainingStatus
from ui.alarms.training_status import training_text
from ui.widgets.table_model import WARNING_COLOUR


def match_text(match: BorrowerMatch, blocked: bool) -> str:
    status = TrainingStatus("", match.trained_on, match.training_valid_until, match.training_valid)
    known = match.trained_on is not None or not match.training_valid  # else: no course at all
    parts = [match.name, match.department or "", training_text(status) if known else ""]
    text = "  ·  ".join(part for part in parts if part)
    if not match.training_valid:
        text = "⚠ " + text + ("  ·  " + _("lending blocked") if blocked else "")
    return text


class BorrowerList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("borrowers")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._matches: list[BorrowerMatch] = []

    def set_matches(self, matches: list[BorrowerMatch], blocked: bool) -> None:
        self._matches = matches
        self.clear()
        for match in matches:
            item = QListWidgetItem(match_text(match, blocked), self)
            if not match.training_valid:
                item.setForeground(QBrush(WARNING_COLOUR))
        if matches:
            self.setCurrentRow(0)
        # As high as its lines (a long empty list would push the tiles down).
        rows = max(1, min(len(matches), 6))
        self.setFixedHeight(rows * (self.sizeHintForRow(0) if matches else 36) + 6)

    def matches(self) -> list[BorrowerMatch]:
        return list(self._matches)

    def current_match(self) -> BorrowerMatch | None:
        row = self.currentRow()
        return self._matches[row] if 0 <= row < len(self._matches) else None

    def step(self, step: int) -> None:
        if self._matches:
            self.setCurrentRow(max(0, min(len(self._matches) - 1, self.currentRow() + step)))
