"""The small dialogs of reception mode: a home loan's end and approver, and a fault found on a
unit just taken back (both call the services themselves, so an error stays beside its field and
the dialog stays open); and two questions: take back a home-loan unit, leave reception mode."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import iso_date, local
from samverkan_desktop.i18n import _
from samverkan_desktop.long_loans import LongLoanRule
from samverkan_desktop.services import alarm_loans
from samverkan_desktop.services.alarm_borrowers import BorrowerMatch
from samverkan_desktop.services.alarm_loans import LendInput, LendResult, ReturnResult
from samverkan_desktop.services.alarms import UnitRow
from ui import key_guide
from ui.alarms.common import redo_return
from ui.alarms.lend_dialog import HomeLoanDialog
from ui.alarms.return_dialog import ReturnDialog
from ui.context import AppContext
from ui.reception.messages import saved_meanwhile_text
from ui.widgets.one_time_dialog import exec_once


def ask_home_loan(
    ctx: AppContext,
    parent: QWidget,
    code: str,
    borrower: BorrowerMatch | None,
    data: LendInput,
    long_loan: LongLoanRule | None = None,
) -> LendResult | None:
    """Lend a home-loan unit once the end and the approving manager are given (None: cancelled).
    The reason is not asked here: it is never typed nor shown at the reception. The borrower
    chosen is named, with her department, in the title and a line of its own. An end past
    ``long_loan`` is asked about once."""

    def lend(due: dt.datetime | None, approver_id: int | None) -> LendResult:
        return ctx.call(
            alarm_loans.lend, dataclasses.replace(data, due_at=due, approved_by_id=approver_id)
        )

    if borrower is None:
        title, who = _("Home loan of {code}").format(code=code), None
    else:
        title = _("Home loan of {code} to {name}").format(code=code, name=borrower.name)
        who = (borrower.name, borrower.department)
    dialog = HomeLoanDialog(ctx, title, lend, parent, borrower=who, long_loan=long_loan)
    # Nothing of the unit's to load: the end and the manager stay, the same Enter tries again.
    dialog.retry_text = saved_meanwhile_text(code)
    lent = dialog.result_value if dialog.exec() else None
    dialog.setParent(None)  # answered: her name no longer kept in a hidden child of the desk
    return lent


@dataclasses.dataclass(frozen=True)
class ReportedFault:
    """A fault reported on a return just made: the return as now registered, and what the
    dialog said (to open with it again)."""

    returned: ReturnResult
    fault: str
    put_on_charge: bool


def ask_fault(
    ctx: AppContext,
    parent: QWidget,
    returned: ReturnResult,
    put_on_charge: bool,
    initials: str | None,
    given: str | None = None,
) -> ReportedFault | None:
    """Register again, with a fault, a return just made (None: cancelled, nothing changed).
    ``given``: the fault already reported on it, shown to be changed."""

    def take_back(fault: str | None, charge: bool) -> ReturnResult:
        if fault is None:  # F8 was pressed to report one: an empty box is a slip, not "in order"
            raise ValidationError(_("Describe the fault, e.g. “the button sticks”."), field="fault")
        return ctx.call(
            redo_return,
            returned.loan_id,
            fault=fault,
            put_on_charge=charge,
            initials=initials,
        )

    if given:  # the unit is out of service already: amending changes only the description
        title = _("Change the fault on {code}")
        about = _(
            "Correct the description and press {key}: {code} stays out of service, "
            "with the new description in place of the old."
        )
    else:
        title = _("Report a fault on {code}")
        about = _("Describe the fault and press {key}: {code} goes out of service.")
    dialog = ReturnDialog(
        title.format(code=returned.unit_code),
        about.format(code=returned.unit_code, key=key_guide.RECEPTION_FAULT_SAVE.label()),
        take_back,
        parent,
        fault_first=True,
        put_on_charge=put_on_charge,
    )
    # The unit is back already: the button reports the fault (it read "Take back"), or saves
    # the corrected one (it read "Report the fault" over a fault reported already).
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(_("Save the change") if given else _("Report the fault"))
    dialog.retry_text = saved_meanwhile_text(returned.unit_code)  # the fault typed stays
    # Not "empty when the unit is in order": here a fault is what was asked for.
    dialog.fault_edit.setPlaceholderText(_("e.g. the button sticks"))
    enter_confirms = _EnterConfirms(dialog)
    dialog.fault_edit.installEventFilter(enter_confirms)
    if given:
        dialog.fault_edit.setPlainText(given)
        dialog.fault_edit.moveCursor(QTextCursor.MoveOperation.End)  # typing adds to it
    if not dialog.exec() or dialog.result_value is None:
        return None
    fault = dialog.fault_edit.toPlainText().strip()
    return ReportedFault(dialog.result_value, fault, dialog.charge_check.isChecked())


class _EnterConfirms(QObject):
    """At the desk Enter confirms, here too: a fault is said in a line ("the button sticks"),
    and Enter adding lines to a box that never closed left the receptionist stuck (Ctrl+Enter
    was the way). Shift+Enter still starts a new line."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if key_guide.RECEPTION_FAULT_SAVE.matches(event):
                self._dialog.accept()  # saves; a refusal keeps the dialog open
                return True
        return super().eventFilter(watched, event)


def ask_take_back_home_loan(parent: QWidget, unit: UnitRow) -> bool:
    """A home loan (an employee under threat) ends only when meant, not at one mistyped digit:
    Enter takes the unit back, Esc keeps the loan. Never the loan's reason."""
    text = _("{code} is on a home loan with {name}.").format(
        code=unit.code, name=unit.borrower or _("(pseudonymised)")
    )
    if unit.due_at is not None:
        text += " " + _("It is lent until {date}.").format(date=iso_date(local(unit.due_at).date()))
    box = QMessageBox(
        QMessageBox.Icon.Question,
        _("Take back {code}?").format(code=unit.code),
        text,
        parent=parent,
    )
    keys = key_guide.key_help(
        (key_guide.FORM_SAVE, _("take back")), (key_guide.FORM_CANCEL, _("keep the loan"))
    )
    box.setInformativeText(_("Take it back now?") + " " + keys)
    take_back = box.addButton(_("Take back"), QMessageBox.ButtonRole.AcceptRole)
    # Named for what it does, as the line above says ("Esc: keep the loan"), not "Cancel".
    keep = box.addButton(_("Keep the loan"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(take_back)
    box.setEscapeButton(keep)
    exec_once(box)
    taken = box.clickedButton() is take_back
    box.setParent(None)  # answered: her name no longer kept in a hidden child of the desk
    return taken


class _LeaveQuestion(QMessageBox):
    """Enter and Esc stay (an F11 hit by mistake, then a scan, must not close the desk);
    F11 pressed again leaves."""

    def __init__(self, parent: QWidget | None, unfinished: str | None) -> None:
        super().__init__(
            QMessageBox.Icon.Question,
            _("Alarm units – reception"),
            _("Leave reception mode?"),
            parent=parent,
        )
        keys = key_guide.key_help(
            (key_guide.RECEPTION_LEAVE, _("leave")), (key_guide.RECEPTION_STAY, _("stay"))
        )
        if unfinished is not None:
            lost = _("{code} is not lent yet: what you typed is dropped when you leave.")
            keys = lost.format(code=unfinished) + "\n" + keys
        self.setInformativeText(keys)
        self.leave = self.addButton(
            key_guide.with_keys(_("Leave"), key_guide.RECEPTION_LEAVE),
            QMessageBox.ButtonRole.AcceptRole,
        )
        stay = self.addButton(_("Stay"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(stay)
        self.setEscapeButton(stay)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if key_guide.RECEPTION_LEAVE.matches(event):
            self.leave.click()
            return
        super().keyPressEvent(event)


def ask_leave(parent: QWidget, unfinished: str | None = None) -> bool:
    """F11 leaves reception mode only when the question says so; ``unfinished``: the code of
    a unit chosen but not lent yet, which the question names."""
    box = _LeaveQuestion(parent, unfinished)
    exec_once(box)
    return box.clickedButton() is box.leave
