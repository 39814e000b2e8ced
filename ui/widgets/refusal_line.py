"""A muted line beside greyed controls saying why they are greyed: the service's own refusal
(no evaluation before the exercise is held, a walk not walked before its start). A greyed
button's tooltip alone was not seen: a coordinator found a dead button and no reason."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ui.widgets.page_labels import MUTED_STYLE


class RefusalLine(QLabel):
    """Hidden while nothing is refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("notHeld")
        self.setStyleSheet(MUTED_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_refusal(self, refusal: str | None, wanted: bool = True) -> None:
        """Show ``refusal`` (None: hide the line); ``wanted`` False hides it all the same, when
        another line already says what there is to do."""
        self.setText(refusal or "")
        self.setVisible(refusal is not None and wanted)
