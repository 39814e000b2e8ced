"""Take a unit back: condition OK or a fault description (out of service), and "put on
charge". The reception uses it to correct a return it just registered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.services.alarm_loans import ReturnResult
from ui.widgets.fields import TextBox
from ui.widgets.form_dialog import FormDialog
from ui.widgets.table_model import WARNING_COLOUR


class ReturnDialog(FormDialog):
    """``take_back(fault, put_on_charge)`` registers the return and raises a DomainError to
    keep the dialog open."""

    def __init__(
        self,
        title: str,
        about: str,
        take_back: Callable[[str | None, bool], ReturnResult],
        parent: QWidget | None = None,
        *,
        fault_first: bool = False,
        put_on_charge: bool = False,
        warn: bool = False,
    ) -> None:
        super().__init__(title, parent, ok_text=_("Take back"))
        self._take_back = take_back
        self.result_value: ReturnResult | None = None
        self.about_label = QLabel(about, self)
        self.about_label.setWordWrap(True)
        if warn:  # a late loan, in the colour the lists and the Overview write it in
            palette = self.about_label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, WARNING_COLOUR)
            self.about_label.setPalette(palette)
        self.form.addRow(self.about_label)
        self.fault_edit = TextBox(
            self, _("Empty when the unit is in order; a fault puts it out of service"), lines=3
        )
        self.add_row("fault", _("Fault"), self.fault_edit)
        self.charge_check = QCheckBox(_("Put on charge"), self)
        self.charge_check.setChecked(put_on_charge)
        self.add_row("put_on_charge", "", self.charge_check)
        (self.fault_edit if fault_first else self.charge_check).setFocus()

    def save(self) -> None:
        fault = self.fault_edit.toPlainText().strip() or None
        self.result_value = self._take_back(fault, self.charge_check.isChecked())
