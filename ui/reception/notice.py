"""The reception's big message line: what just happened (green), a warning (amber), what went
wrong (red) or what a clicked tile holds (blue), with Undo and "Report fault" after a lending or a return for as long as the service
accepts an undo (a receptionist called away by a visitor can still undo), or until the next
message replaces them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.services.alarm_loans import UNDO_WINDOW
from ui import key_guide

# The service's undo window, less a moment: the offer starts a little after the action the
# service counts from, and an Undo on the screen should never be refused.
UNDO_MARGIN_MS = 3_000
UNDO_VISIBLE_MS = int(UNDO_WINDOW.total_seconds() * 1000) - UNDO_MARGIN_MS
STYLES = {
    "done": ("#e4f4e8", "#7cc08f", "#14532d"),
    "warning": ("#fff3d6", "#e6bd5c", "#6b4500"),
    "error": ("#fde7e4", "#b42318", "#8f1b12"),
    "info": ("#e8f0fa", "#8fb0d6", "#1c3b5a"),  # what a tile shows, nothing done
}


class ReceptionNotice(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receptionNotice")
        self.kind = ""
        self._undo: Callable[[], None] | None = None
        self._fault: Callable[[], None] | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setObjectName("noticeText")
        self.undo_button = QPushButton(
            key_guide.with_keys(_("Undo"), key_guide.RECEPTION_UNDO), self
        )
        self.fault_button = QPushButton(self)
        for button in (self.undo_button, self.fault_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.hide()
        self.undo_button.clicked.connect(self.undo)
        self.fault_button.clicked.connect(self.report_fault)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 10, 12, 10)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.fault_button)
        layout.addWidget(self.undo_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UNDO_VISIBLE_MS)
        self._timer.timeout.connect(self._expire)
        self.setMinimumHeight(64)
        self.show_message("", "done")

    def show_message(
        self,
        text: str,
        kind: str = "done",
        undo: Callable[[], None] | None = None,
        fault: Callable[[], None] | None = None,
        fault_reported: bool = False,
    ) -> None:
        """``fault_reported``: the fault is already reported, and ``fault`` amends it."""
        self.kind = kind
        background, border, ink = STYLES[kind]
        self.setStyleSheet(
            f"QFrame#receptionNotice {{ background: {background}; border: 2px solid {border};"
            " border-radius: 8px; }"
            f" QLabel#noticeText {{ color: {ink}; font-size: 19px; background: transparent; }}"
            " QPushButton { font-size: 15px; padding: 6px 14px; }"
        )
        self.setVisible(bool(text))
        self.label.setText(text)
        self._undo, self._fault = undo, fault
        self.undo_button.setVisible(undo is not None)
        self.fault_button.setVisible(fault is not None)
        what = _("Change the fault…") if fault_reported else _("Report a fault…")
        self.fault_button.setText(key_guide.with_keys(what, key_guide.RECEPTION_FAULT))
        if undo is not None or fault is not None:
            self._timer.start()
        else:
            self._timer.stop()

    def can_undo(self) -> bool:
        return self._undo is not None

    def offer_left_ms(self) -> int:
        """How long Undo and "Report fault" are still offered (0: not offered)."""
        return max(0, self._timer.remainingTime()) if self._timer.isActive() else 0

    def can_report_fault(self) -> bool:
        return self._fault is not None

    def undo(self) -> None:
        action, self._undo = self._undo, None
        self._fault = None
        if action is not None:
            action()

    def report_fault(self) -> None:
        action = self._fault
        if action is not None:
            action()

    def _expire(self) -> None:
        # The line stays (the last thing that happened); only the offers go.
        self._undo = self._fault = None
        self.undo_button.hide()
        self.fault_button.hide()
