"""The two small dialogs of reception mode: a home loan's end and approver, and a fault found
on a unit just taken back. Both call the services themselves, so an error stays beside its
field and the dialog stays open."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.services import alarm_loans
from samverkan_desktop.services.alarm_loans import LendInput, LendResult, ReturnResult
from ui.alarms.common import redo_return
from ui.alarms.lend_dialog import HomeLoanDialog
from ui.alarms.return_dialog import ReturnDialog
from ui.context import AppContext


def ask_home_loan(
    ctx: AppContext, parent: QWidget, code: str, data: LendInput
) -> LendResult | None:
    """Lend a home-loan unit once the end and the approving manager are given (None: cancelled).
    The reason is not asked here: it is never typed nor shown at the reception."""

    def lend(due: dt.datetime | None, approver_id: int | None) -> LendResult:
        return ctx.call(
            alarm_loans.lend, dataclasses.replace(data, due_at=due, approved_by_id=approver_id)
        )

    dialog = HomeLoanDialog(ctx, _("Home loan of {code}").format(code=code), lend, parent)
    return dialog.result_value if dialog.exec() else None


def ask_fault(
    ctx: AppContext,
    parent: QWidget,
    returned: ReturnResult,
    put_on_charge: bool,
    initials: str | None,
) -> ReturnResult | None:
    """Register again, with a fault, a return just made (None: cancelled, nothing changed)."""

    def take_back(fault: str | None, charge: bool) -> ReturnResult:
        return ctx.call(
            redo_return,
            returned.loan_id,
            fault=fault,
            put_on_charge=charge,
            initials=initials,
        )

    dialog = ReturnDialog(
        _("Report a fault on {code}").format(code=returned.unit_code),
        _("Describe the fault: {code} goes out of service.").format(code=returned.unit_code),
        take_back,
        parent,
        fault_first=True,
        put_on_charge=put_on_charge,
    )
    return dialog.result_value if dialog.exec() else None
