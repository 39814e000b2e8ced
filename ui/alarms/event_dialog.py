"""Record a service event on a unit: function test, finished charge, fault, repair, note, or
retiring it for good."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.models import UnitEventKind
from samverkan_desktop.services import alarms
from samverkan_desktop.services.alarms import UnitRow
from ui.alarms.common import remembered_initials
from ui.context import AppContext
from ui.widgets.fields import EnumCombo, TextBox
from ui.widgets.form_dialog import FormDialog

# Events that need a text; the others may have one.
NEEDS_NOTE = {UnitEventKind.FAULT, UnitEventKind.NOTE}


class EventDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        unit: UnitRow,
        kind: UnitEventKind = UnitEventKind.TESTED,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            _("Service event for {code}").format(code=unit.code),
            parent,
            ok_text=_("Record"),
            settings=ctx.settings,
        )
        self.ctx = ctx
        self.unit = unit
        self.kind_combo = EnumCombo(
            [k for k in UnitEventKind if k is not UnitEventKind.RETIRED], parent=self
        )
        self.kind_combo.set_value(kind)
        self.add_row("kind", _("What happened"), self.kind_combo)
        self.note_edit = TextBox(self, lines=4)
        self.add_row("note", _("Description"), self.note_edit)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6b7a;")
        self.form.addRow("", self.hint)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._update_hint())
        self._update_hint()
        self.kind_combo.setFocus()

    def _update_hint(self) -> None:
        kind = self.kind_combo.value()
        hints = {
            UnitEventKind.TESTED: _("The function test passed; sets the date last tested."),
            UnitEventKind.CHARGED: _("Fully charged; a unit on charge becomes available."),
            UnitEventKind.FAULT: _("Describe the fault; the unit goes out of service."),
            UnitEventKind.REPAIRED: _("Repaired; the unit is back in service."),
            UnitEventKind.NOTE: _("A note in the unit's history."),
        }
        self.hint.setText(hints.get(kind, ""))
        needed = kind in NEEDS_NOTE
        self.note_edit.setPlaceholderText(_("Required") if needed else _("Optional"))

    def save(self) -> None:
        self.ctx.call(
            alarms.record_event,
            self.unit.id,
            self.kind_combo.value(),
            self.note_edit.toPlainText(),
            initials=remembered_initials(self.ctx) or None,
        )


class RetireDialog(FormDialog):
    """Retire a unit for good (its history stays); asks why."""

    def __init__(self, ctx: AppContext, unit: UnitRow, parent: QWidget | None = None) -> None:
        super().__init__(
            _("Retire {code}").format(code=unit.code), parent, ok_text=_("Retire"), settings=None
        )
        self.ctx = ctx
        self.unit = unit
        message = QLabel(
            _("{code} will no longer be lent. Its history of loans and service stays.").format(
                code=unit.code
            ),
            self,
        )
        message.setWordWrap(True)
        self.form.addRow(message)
        self.note_edit = TextBox(self, _("Why, e.g. broken beyond repair"), lines=3)
        self.add_row("note", _("Reason"), self.note_edit)
        self.note_edit.setFocus()

    def save(self) -> None:
        self.ctx.call(
            alarms.retire_unit,
            self.unit.id,
            self.note_edit.toPlainText(),
            initials=remembered_initials(self.ctx) or None,
        )
