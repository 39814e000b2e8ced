"""The reception's header: its title, the clock, who is at the desk, and the buttons to change
the receptionist (F2) and to leave reception mode (F11)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from samverkan_desktop.i18n import _, pgettext
from ui import key_guide
from ui.reception.clock import DeskClock
from ui.widgets.wording import EMPTY


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
        self.addWidget(
            _button(
                parent,
                key_guide.with_keys(
                    pgettext("receptionist", "Change"), key_guide.RECEPTION_INITIALS
                ),
                change,
            )
        )
        self.addSpacing(12)
        leave_text = key_guide.with_keys(_("Leave reception mode"), key_guide.RECEPTION_LEAVE)
        self.addWidget(_button(parent, leave_text, leave))

    def show_initials(self, initials: str) -> None:
        self.receptionist.setText(_("Receptionist: {initials}").format(initials=initials or EMPTY))


def _button(parent: QWidget, text: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName("headerButton")
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the focus stays in the code field
    button.clicked.connect(lambda _checked=False: slot())
    return button
