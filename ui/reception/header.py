"""The reception's header: its title, the clock, who is at the desk, and the buttons to change
the receptionist (F2) and to leave reception mode (F11)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from samverkan_desktop.i18n import _
from ui.reception.clock import DeskClock


class ReceptionHeader(QHBoxLayout):
    def __init__(
        self, parent: QWidget, change: Callable[[], None], leave: Callable[[], None]
    ) -> None:
        super().__init__()
        title = QLabel(_("Alarm units – reception"), parent)
        title.setObjectName("receptionTitle")
        self.clock = DeskClock(parent)
        self.receptionist = QLabel(parent)
        self.receptionist.setObjectName("receptionist")
        self.addWidget(title)
        self.addSpacing(24)
        self.addWidget(self.clock)
        self.addStretch(1)
        self.addSpacing(24)
        self.addWidget(self.receptionist)
        self.addWidget(_button(parent, _("Change (F2)"), change))
        self.addSpacing(12)
        self.addWidget(_button(parent, _("Leave reception mode (F11)"), leave))

    def show_initials(self, initials: str) -> None:
        self.receptionist.setText(_("Receptionist: {initials}").format(initials=initials or "–"))


def _button(parent: QWidget, text: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName("headerButton")
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the focus stays in the code field
    button.clicked.connect(lambda _checked=False: slot())
    return button
