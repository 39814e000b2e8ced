"""Lending from the window: the full form (area) and the reception's small home-loan dialog.

Both share the home-loan rows (end date and approving manager). The reason of a home loan is
asked only in the area's form: the reception never sees nor types it.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from samverkan_desktop.errors import DomainError, ValidationError
from samverkan_desktop.formatting import local
from samverkan_desktop.i18n import _
from samverkan_desktop.long_loans import LongLoanRule
from samverkan_desktop.models import UnitKind
from samverkan_desktop.services import alarm_loans
from samverkan_desktop.services.alarm_loans import LendInput, LendResult
from samverkan_desktop.services.alarms import UnitRow
from samverkan_desktop.services.training import TrainingStatus
from ui.alarms.common import (
    due_text,
    lend_anyway_text,
    remember_initials,
    remembered_initials,
    staff_choices,
)
from ui.alarms.long_loan import AsksLongLoans
from ui.alarms.training_status import training_by_person, training_text
from ui.contacts.person_dialog import add_person
from ui.context import AppContext
from ui.widgets import form_reload
from ui.widgets.fields import EnumCombo, OptionalDateEdit, TextBox
from ui.widgets.form_dialog import FormDialog
from ui.widgets.record_combo import RecordCombo
from ui.widgets.record_picker import RecordPicker
from ui.widgets.table_model import DUE_SOON_COLOUR, WARNING_COLOUR
from ui.widgets.time_field import TimeEdit


def picked(combo: RecordCombo, field: str) -> int | None:
    """The record chosen in a picker; typed text that names nobody is an error, not a guess."""
    combo.check_known(
        _("No single staff member matches “{text}”. Pick one from the list.").format(
            text=combo.currentText().strip()
        ),
        field,
    )
    return combo.value()


class HomeLoanRows:
    """The end date and the approving manager, added to a form. ``can_add``: "New person…"
    beside the manager, who may not be in the contacts yet (the coordinator's form; the
    reception only picks)."""

    def __init__(self, dialog: FormDialog, ctx: AppContext, can_add: bool = False) -> None:
        self.end_edit = OptionalDateEdit(dialog)
        dialog.add_row("due_at", _("Lent until"), self.end_edit)
        self.approver_combo = RecordCombo(_("Type part of the manager's name"), dialog)
        self.approver_picker: RecordPicker | None = None
        field: QWidget = self.approver_combo
        if can_add:
            field = self.approver_picker = RecordPicker(
                self.approver_combo,
                lambda: staff_choices(ctx),
                lambda name: add_person(ctx, dialog, name, staff=True),
                _("New person…"),
                _("Add the approving manager to the contacts register, as staff"),
                _("No staff in the contacts yet: add the manager with {button}"),
                dialog,
            )
        else:
            self.approver_combo.set_items(staff_choices(ctx))
        self.approver_combo.set_value(None)
        self.approver_field = dialog.add_row("approved_by_id", _("Approved by"), field)

    def due_at(self) -> dt.datetime | None:
        day = self.end_edit.value()
        return None if day is None else dt.datetime.combine(day, alarm_loans.HOME_VISIT_DUE)

    def approver_id(self) -> int | None:
        if self.approver_picker is not None:
            self.approver_picker.check_known(
                _(
                    "No single staff member matches “{text}”. Pick one from the list or add the"
                    " manager with {button}"
                ),
                "approved_by_id",
            )
        return picked(self.approver_combo, "approved_by_id")


class HomeLoanDialog(AsksLongLoans):
    """Reception: a home loan needs its end and the manager who approved it. ``lend`` is
    called with both and raises a DomainError to keep the dialog open. ``borrower``: who was
    chosen, her name in bold above her department (two similar names may stand in the list
    behind the dialog)."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        lend: Callable[[dt.datetime | None, int | None], LendResult],
        parent: QWidget | None = None,
        borrower: tuple[str, str | None] | None = None,
        long_loan: LongLoanRule | None = None,
    ) -> None:
        super().__init__(title, parent, ok_text=_("Lend"), settings=ctx.settings)
        self.long_loan = long_loan
        self.setStyleSheet("font-size: 15px;")  # read at arm's length at the reception
        self._lend = lend
        self.result_value: LendResult | None = None
        if borrower is not None:
            name, department = borrower
            lines = [f"<b>{html.escape(name)}</b>"] + (
                [html.escape(department)] if department else []
            )
            who = QLabel("<br>".join(lines), self)
            who.setObjectName("borrower")
            who.setTextFormat(Qt.TextFormat.RichText)
            who.setWordWrap(True)
            self.form.addRow(_("Borrower"), who)
        about = QLabel(
            _("A home loan needs the day it ends and the manager who approved it."), self
        )
        about.setWordWrap(True)
        self.form.addRow(about)
        self.rows = HomeLoanRows(self, ctx)
        self.rows.end_edit.setFocus()

    def due_to_ask(self) -> tuple[dt.datetime | None, QWidget]:
        return self.rows.due_at(), self.rows.end_edit

    def save(self) -> None:
        self.result_value = self._lend(self.rows.due_at(), self.rows.approver_id())


class LendDialog(AsksLongLoans):
    """The area's lending form: borrower, purpose, due back, and for a home loan the end,
    the approver and the reason (seen only by the coordinator)."""

    def __init__(
        self,
        ctx: AppContext,
        unit: UnitRow,
        parent: QWidget | None = None,
        long_loan: LongLoanRule | None = None,
        test_note: str | None = None,
    ) -> None:
        super().__init__(
            _("Lend {code}").format(code=unit.code),
            parent,
            ok_text=_("Lend"),
            settings=ctx.settings,
            size=(620, 0),
        )
        self.ctx = ctx
        self.long_loan = long_loan  # read with the units
        self.unit = unit
        self.result_value: LendResult | None = None
        self.retry_text = form_reload.retry_text(unit.code, _("Lend"))  # a loan: nothing to load
        self._training: dict[int, TrainingStatus] = training_by_person(ctx)

        self.borrower_combo = RecordCombo(_("Type part of the borrower's name"), self)
        # Only staff borrow; the first one (or a newcomer) is added to the contacts here.
        self.borrower_picker = RecordPicker(
            self.borrower_combo,
            lambda: staff_choices(ctx),
            lambda name: add_person(ctx, self, name, staff=True),
            _("New person…"),
            _("Add the borrower to the contacts register, as staff"),
            _("No staff in the contacts yet: add the borrower with {button}"),
            self,
        )
        self.borrower_combo.set_value(None)
        self.add_row("borrower_id", _("Borrower"), self.borrower_picker)
        # Right under the name (a row of its own stood below the "→" line's room, an empty strip
        # between the name and its training); its room kept while the name is typed.
        self.training_label = self.add_field_line("borrower_id")
        self.purpose_combo = EnumCombo(UnitKind, parent=self)
        self.purpose_combo.set_value(unit.kind)
        self.add_row("purpose", _("Purpose"), self.purpose_combo)
        if test_note:  # due for a function test: said as at the reception, where it is lent too
            self.test_label = self.add_note("purpose", lend_anyway_text(test_note))
            self.test_label.setStyleSheet(f"color: {DUE_SOON_COLOUR.name()};")
        self.add_row("due_visit", _("Due back"), self._due_row())
        self.home = HomeLoanRows(self, ctx, can_add=True)
        self.reason_edit = TextBox(self, _("Seen only by the coordinator, never at the reception"))
        self.add_row("reason", _("Reason (home loan)"), self.reason_edit)
        self.initials_edit = QLineEdit(remembered_initials(ctx), self)
        self.initials_edit.setMaxLength(5)
        self.add_row("initials", _("Your initials"), self.initials_edit)

        self.borrower_combo.currentTextChanged.connect(lambda _t: self._show_training())
        self.borrower_picker.created.connect(lambda _id: self._borrower_added())
        # A person added in one picker is staff the other can pick too.
        approver_picker = self.home.approver_picker
        assert approver_picker is not None
        self.borrower_picker.created.connect(lambda _id: approver_picker.refresh())
        approver_picker.created.connect(lambda _id: self.borrower_picker.refresh())
        self.purpose_combo.currentIndexChanged.connect(lambda _i: self._show_purpose())
        self._show_purpose()
        self._show_training()
        self.borrower_combo.setFocus()

    def _due_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.due_date_edit = OptionalDateEdit(row)
        self.due_time_edit = TimeEdit(row)
        default = alarm_loans.default_due_at(UnitKind.HOME_VISIT)
        if default is not None:
            here = local(default)
            self.due_date_edit.set_value(here.date())
            self.due_time_edit.setTime(QTime(here.hour, here.minute))
        layout.addWidget(self.due_date_edit)
        layout.addWidget(self.due_time_edit)
        layout.addStretch(1)
        row.setFocusProxy(self.due_date_edit)
        self._due_row_widget = row
        return row

    def _home_loan(self) -> bool:
        return self.purpose_combo.value() is UnitKind.HOME_LOAN

    def _show_purpose(self) -> None:
        home = self._home_loan()
        for widget, visible in (
            (self._due_row_widget, not home),
            (self.home.end_edit, home),
            (self.home.approver_field, home),
            (self.reason_edit, home),
        ):
            container = widget.parentWidget()  # the row's widget: the field and its error line
            assert container is not None
            self.form.setRowVisible(container, visible)

    def _borrower_added(self) -> None:
        self._training = training_by_person(self.ctx)
        self._show_training()
        self.purpose_combo.setFocus()

    def _show_training(self) -> None:
        person_id = self.borrower_combo.value()
        # No course (or no staff yet, till the first is added): nothing to say, no room kept.
        self.training_label.setVisible(bool(self._training))
        if person_id is None or not self._training:
            self.training_label.say("")
            return
        status = self._training.get(person_id)
        warn = status is not None and not status.valid
        self.training_label.set_colour(WARNING_COLOUR if warn else None)
        self.training_label.say(training_text(status))

    def due_to_ask(self) -> tuple[dt.datetime | None, QWidget]:
        # A home visit's loan is refused past its days (alarm_loans): asked about, then
        # refused, would be one step too many.
        return (self.home.due_at() if self._home_loan() else None), self.home.end_edit

    def _due_at(self) -> dt.datetime | None:
        if self._home_loan():
            return self.home.due_at()
        day = self.due_date_edit.value()
        if day is None:
            raise ValidationError(_("Give the day it is due back."), field="due_visit")
        return dt.datetime.combine(day, self.due_time_edit.value())

    def show_error(self, error: DomainError) -> None:
        # The service names a loan's end "due_at" whatever its purpose: a visit's end, typed in
        # "Due back", was refused under the hidden home-loan row, unseen (Lend did nothing).
        if error.field == "due_at" and not self._home_loan():
            error = ValidationError(error.message, field="due_visit")
        super().show_error(error)

    def save(self) -> None:
        self.borrower_picker.check_known(
            _(
                "No single staff member matches “{text}”. Pick one from the list or add the"
                " borrower with {button}"
            ),
            "borrower_id",
        )
        borrower = self.borrower_combo.value()
        if borrower is None:
            raise ValidationError(_("Choose who borrows the unit."), field="borrower_id")
        home = self._home_loan()
        data = LendInput(
            unit_id=self.unit.id,
            borrower_id=borrower,
            purpose=self.purpose_combo.value(),
            due_at=self._due_at(),
            reason=self.reason_edit.toPlainText() if home else None,
            approved_by_id=self.home.approver_id() if home else None,
            initials=self.initials_edit.text(),
        )
        self.result_value = self.ctx.call(alarm_loans.lend, data)
        if self.initials_edit.text().strip():
            remember_initials(self.ctx, self.initials_edit.text().strip().upper())


def lend_summary(result: LendResult) -> str:
    """ "LARM-03 lent to Lena Persson, due back today 17.00." plus a training warning."""
    text = _("{code} lent to {name}, due back {due}.").format(
        code=result.unit_code, name=result.borrower, due=due_text(result.due_at)
    )
    if result.warning:
        text += " " + result.warning
    return text
