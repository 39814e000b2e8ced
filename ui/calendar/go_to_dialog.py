"""Kalender → "Gå till…" (Ctrl+G): one field for a week, a date or a month as a Swede writes it
("v. 12", "15 mars", "mars 2027"), read by the core (calendar_go_to). A text not understood is
explained under the field and stays there to be corrected; the last text is offered again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from samverkan_desktop.calendar_go_to import GoTo, examples, read_go_to
from samverkan_desktop.i18n import _
from ui.widgets.form_dialog import FormDialog

HINT_STYLE = "color: #5f6b7a;"
MAX_LENGTH = 100


class GoToDialog(FormDialog):
    def __init__(self, last: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(_("Go to"), parent, ok_text=_("Go to"))
        self.today = today
        self.chosen: GoTo | None = None
        self.text_edit = QLineEdit(self)
        self.text_edit.setMaxLength(MAX_LENGTH)
        self.text_edit.setPlaceholderText(_("w. 12, 15 March or March 2027"))
        self.text_edit.setText(last)  # selected when focused: typing replaces it
        self.add_row("go_to", _("Week, date or month"), self.text_edit)
        hint = QLabel(examples() + " " + _("Without a year: the nearest one."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.form.addRow(hint)

    def typed(self) -> str:
        return self.text_edit.text().strip()

    def save(self) -> None:
        self.chosen = read_go_to(self.text_edit.text(), self.today)

    def reject(self) -> None:
        """Esc closes at once: a place to look at is no work to lose."""
        self.discard()
