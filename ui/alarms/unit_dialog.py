"""Add an alarm unit or change its code, kind, make and notes."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.models import UnitKind
from samverkan_desktop.services import alarms
from samverkan_desktop.services.alarms import UnitInput, UnitRow
from ui.context import AppContext
from ui.widgets.fields import EnumCombo, TextBox
from ui.widgets.record_form import RecordForm


class UnitDialog(RecordForm[UnitRow]):
    def __init__(
        self, ctx: AppContext, unit: UnitRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            _("Edit alarm unit") if unit else _("New alarm unit"),
            parent,
            ok_text=_("Save") if unit else _("Add unit"),
            settings=ctx.settings,
        )
        self.ctx = ctx
        self.saved_id: int | None = unit.id if unit else None
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText(_("As on its label, e.g. LARM-15"))
        self.add_row("code", _("Code"), self.code_edit)
        self.kind_combo = EnumCombo(UnitKind, parent=self)
        self.add_row("kind", _("Kind"), self.kind_combo)
        self.make_edit = QLineEdit(self)
        self.add_row("make_model", _("Make and model"), self.make_edit)
        self.serial_edit = QLineEdit(self)
        self.add_row("serial_number", _("Serial number"), self.serial_edit)
        self.notes_edit = TextBox(self)
        self.add_row("notes", _("Notes"), self.notes_edit)
        if unit is not None:
            self.show_record(unit)
        else:
            self._offer(ctx.call(alarms.suggested_unit))
        self.code_edit.setFocus()

    def read_record(self, shown: UnitRow) -> UnitRow:
        return self.ctx.call(alarms.get_unit, shown.id)

    def fill(self, record: UnitRow) -> None:
        self.code_edit.setText(record.code)
        self.kind_combo.set_value(record.kind)
        self.make_edit.setText(record.make_model or "")
        self.serial_edit.setText(record.serial_number or "")
        self.notes_edit.setPlainText(record.notes or "")

    def _offer(self, suggested: UnitInput | None) -> None:
        """The next code after the last unit, selected so that typing another replaces it."""
        if suggested is None:
            return
        self.code_edit.setText(suggested.code)
        self.code_edit.selectAll()
        self.kind_combo.set_value(suggested.kind)
        self.make_edit.setText(suggested.make_model or "")

    def save(self) -> None:
        data = UnitInput(
            code=self.code_edit.text(),
            kind=self.kind_combo.value(),
            make_model=self.make_edit.text(),
            serial_number=self.serial_edit.text(),
            notes=self.notes_edit.toPlainText(),
            expected_version=self.record.version if self.record else None,  # refused if changed
        )
        if self.record is None:
            self.saved_id = self.ctx.call(alarms.create_unit, data)
        else:
            self.ctx.call(alarms.update_unit, self.record.id, data)
