"""Record or change a fire-safety inspection, with the remarks to follow up (each line one remark,
one person seeing to them, by one date); every remark becomes an action in Åtgärder."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QWidget

from samverkan_desktop import clock
from samverkan_desktop.i18n import _
from samverkan_desktop.models import InspectionResult
from samverkan_desktop.services import fire_inspections
from samverkan_desktop.services.fire_inspections import (
    InspectionInput,
    InspectionRow,
    RemarkInput,
    default_next_due,
)
from ui.contacts.person_dialog import check_person_known, person_picker
from ui.context import AppContext
from ui.widgets.fields import EnumCombo, OptionalDateEdit, TextBox
from ui.widgets.record_combo import RecordCombo
from ui.widgets.record_form import RecordForm


class InspectionDialog(RecordForm[InspectionRow]):
    def __init__(
        self,
        ctx: AppContext,
        inspection: InspectionRow | None = None,
        parent: QWidget | None = None,
        previous: InspectionRow | None = None,
    ) -> None:
        super().__init__(
            _("Edit fire safety inspection") if inspection else _("New fire safety inspection"),
            parent,
            ok_text=_("Save") if inspection else _("Add inspection"),
            settings=ctx.settings,
            size=(680, 0),
        )
        self.ctx = ctx
        self.saved_id: int | None = inspection.id if inspection else None
        self.premises = QLineEdit(self)
        self.premises.setPlaceholderText(_("e.g. Garnisonen, Karlavägen 104 incl. the reception"))
        self.add_row("premises", _("Premises"), self.premises)
        self.inspected_on = OptionalDateEdit(self)
        self.add_row("inspected_on", _("Inspected on"), self.inspected_on)
        self.performed_by = QLineEdit(self)
        self.performed_by.setPlaceholderText(_("The fire consultants: a firm or a person"))
        self.add_row("performed_by", _("Inspected by"), self.performed_by)
        self.result_choice = EnumCombo(InspectionResult, parent=self)
        self.add_row("result", _("Result"), self.result_choice)
        self.next_due_on = OptionalDateEdit(self)
        self.add_row("next_due_on", _("Next inspection by"), self.next_due_on)
        self.summary = TextBox(self, _("What the inspection found"))
        self.add_row("summary", _("Summary"), self.summary)

        # One column, the remarks under the result they explain: a form read top to bottom (two
        # columns left the premises a field too narrow to show "Garnisonen, Karlavägen 104 …").
        self.remarks = TextBox(self, _("One remark per line: what is to be put right"), lines=4)
        self.add_row("remarks", _("New remarks") if inspection else _("Remarks"), self.remarks)
        self.responsible = RecordCombo(_("– who sees to them –"), self)
        self.responsible.setMinimumContentsLength(24)
        self.responsible_picker = person_picker(ctx, self, self.responsible)
        self.responsible.set_value(None)
        self.add_row("responsible", _("Responsible"), self.responsible_picker)
        self.remarks_due = OptionalDateEdit(self)
        self.add_row("due_on", _("Put right by"), self.remarks_due)

        self._next_due_shown: dt.date | None = None
        if inspection is not None:
            self.show_record(inspection)
        else:
            today = clock.today()
            self.inspected_on.set_value(today)
            self.next_due_on.set_value(default_next_due(today))
            if previous is not None:  # the same premises and consultants, most years
                self.premises.setText(previous.premises)
                self.performed_by.setText(previous.performed_by)
            self._next_due_shown = self.next_due_on.value()
        self.inspected_on.dateChanged.connect(lambda _date: self._follow_inspection_day())
        self.premises.setFocus()
        # Selected from the end back to the start: typing replaces it, the start stays in view.
        length = len(self.premises.text())
        self.premises.setSelection(length, -length)

    def read_record(self, shown: InspectionRow) -> InspectionRow:
        return self.ctx.call(fire_inspections.get_inspection, shown.id, clock.today())

    def fill(self, inspection: InspectionRow) -> None:
        """The inspection's own fields; the remarks to add are not the inspection's (they stay
        as typed when another desk's change is loaded)."""
        self.premises.setText(inspection.premises)
        self.inspected_on.set_value(inspection.inspected_on)
        self.performed_by.setText(inspection.performed_by)
        self.result_choice.set_value(inspection.result)
        self.next_due_on.set_value(inspection.next_due_on)
        self.summary.setPlainText(inspection.summary or "")
        self._next_due_shown = inspection.next_due_on

    def _follow_inspection_day(self) -> None:
        """The next inspection a year after the day typed, unless another date was chosen."""
        day = self.inspected_on.value_or_none()
        if day is None or self.next_due_on.value_or_none() != self._next_due_shown:
            return
        self._next_due_shown = default_next_due(day)
        self.next_due_on.set_value(self._next_due_shown)

    def remark_inputs(self) -> list[RemarkInput]:
        lines = [line.strip() for line in self.remarks.toPlainText().splitlines()]
        lines = [line for line in lines if line]
        if lines:
            check_person_known(self.responsible_picker, "responsible")
        due = self.remarks_due.value()
        return [
            RemarkInput(line, responsible_person_id=self.responsible.value(), due_on=due)
            for line in lines
        ]

    def save(self) -> None:
        data = InspectionInput(
            premises=self.premises.text(),
            inspected_on=self.inspected_on.value(),
            performed_by=self.performed_by.text(),
            result=self.result_choice.value(),
            summary=self.summary.toPlainText(),
            next_due_on=self.next_due_on.value(),
            expected_version=self.record.version if self.record else None,
        )
        remarks = self.remark_inputs()
        today: dt.date = clock.today()
        if self.record is None:
            self.saved_id = self.ctx.call(fire_inspections.create_inspection, data, remarks, today)
        else:
            self.ctx.call(fire_inspections.update_inspection, self.record.id, data, remarks, today)
