"""The group form's "Meets": typed while the group has no meeting rule; with one, the rule's
text read-only beside "Change the meeting rule…" (typed, it could say another thing than the
meetings the rule plans: asked once, in the rule)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from samverkan_desktop.formatting import clock_held
from samverkan_desktop.i18n import _


class MeetsRow(QStackedWidget):
    rule_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(_("e.g. 1 gång/månad (ej juni–aug)"))
        self.addWidget(self.edit)
        by_rule = QWidget(self)
        layout = QHBoxLayout(by_rule)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rule_text = QLabel(by_rule)
        self.rule_text.setWordWrap(True)
        self.rule_text.setToolTip(_("Planned by the group's meeting rule"))
        self.rule_button = QPushButton(_("Change the meeting rule…"), by_rule)
        self.rule_button.setAutoDefault(False)
        self.rule_button.clicked.connect(lambda _checked=False: self.rule_requested.emit())
        layout.addWidget(self.rule_text, 1)
        layout.addWidget(self.rule_button)
        self.addWidget(by_rule)
        self._by_rule = by_rule
        self._rule_text = ""

    def show_text(self, text: str | None, by_rule: bool) -> None:
        self.edit.setText(text or "")
        self._rule_text = text or ""  # as stored: the form saves it back unchanged
        self.rule_text.setText(clock_held(self._rule_text))
        self.setCurrentWidget(self._by_rule if by_rule else self.edit)
        self.setFocusProxy(self.rule_button if by_rule else self.edit)

    def by_rule(self) -> bool:
        return self.currentWidget() is self._by_rule

    def text(self) -> str:
        return self._rule_text if self.by_rule() else self.edit.text()
