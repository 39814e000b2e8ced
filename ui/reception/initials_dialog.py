"""The receptionist's initials, asked when reception mode opens (the last ones filled in, so
Enter is enough), kept with each lending and return."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.services.alarms import clean_initials
from ui.widgets.form_dialog import FormDialog


class InitialsDialog(FormDialog):
    def __init__(self, initials: str, parent: QWidget | None = None) -> None:
        super().__init__(_("Who is at the reception?"), parent, ok_text=_("Start"))
        self.initials = initials
        about = QLabel(_("Your initials are noted with every lending and return."), self)
        about.setWordWrap(True)
        self.form.addRow(about)
        self.edit = QLineEdit(initials, self)
        self.edit.setMaxLength(5)
        self.edit.setPlaceholderText(_("e.g. NH"))
        self.edit.selectAll()
        self.add_row("initials", _("Your initials"), self.edit)
        self.setMinimumWidth(380)
        self.edit.setFocus()

    def save(self) -> None:
        cleaned = clean_initials(self.edit.text())
        if cleaned is None:
            raise ValidationError(_("Type your initials, e.g. NH."), field="initials")
        self.initials = cleaned
