"""Shown on an empty database until answered: start empty (not asked again for that database)
or load the example district."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from samverkan_desktop.i18n import _
from ui.widgets.one_time_dialog import OneTimeDialog


class FirstStartDialog(OneTimeDialog):
    EMPTY = 1
    DEMO = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Welcome to Samverkan"))
        self.choice = self.EMPTY
        title = QLabel(_("Welcome to Samverkan"), self)
        title.setStyleSheet("font-size: 20px; font-weight: 600; color: #1c4e80;")
        text = QLabel(
            _(
                "The database is empty. You can start with an empty register and enter your own "
                "district, or load the example district (Östermalm) to see how a living district "
                "looks: the groups and their meetings, safety walks, alarm loans, crisis plans "
                "and exercises, the agreement with the police and contacts. "
                "You can put the example away later with File → Start over with an empty database. "
                "If you start empty, this is not asked again; starting over asks anew."
            ),
            self,
        )
        text.setWordWrap(True)
        self.empty_button = QPushButton(_("Start empty"), self)
        self.demo_button = QPushButton(_("Load the example district"), self)
        for button in (self.empty_button, self.demo_button):
            button.setMinimumHeight(44)
        # Enter (or a hurried click on the first button) must not load an invented district
        # into a real installation's database: the safe choice first, with the focus.
        self.empty_button.setDefault(True)
        self.empty_button.setFocus()
        self.demo_button.clicked.connect(lambda: self._choose(self.DEMO))
        self.empty_button.clicked.connect(lambda: self._choose(self.EMPTY))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(6)
        layout.addWidget(self.empty_button)
        layout.addWidget(self.demo_button)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setMinimumWidth(520)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()
