"""Lending and taking back at the reception desk, and what follows: Undo, a fault reported on a
unit just taken back, a refusal (mostly another desk quicker) and the desk's printouts."""

from __future__ import annotations

import time

from samverkan_desktop.errors import DomainError, StaleRecordError
from samverkan_desktop.models import LENDABLE_STATUSES, UnitKind, UnitStatus
from samverkan_desktop.services import alarm_loans
from samverkan_desktop.services.alarm_borrowers import BorrowerMatch
from samverkan_desktop.services.alarm_loans import (
    LendInput,
    LendResult,
    ReturnResult,
    UndoneAction,
)
from samverkan_desktop.services.alarms import UnitRow
from ui.alarms import printouts
from ui.reception.desk_state import ReceptionDesk
from ui.reception.dialogs import (
    ReportedFault,
    ask_fault,
    ask_home_loan,
    ask_take_back_home_loan,
)
from ui.reception.messages import (
    lent_needs_a_look,
    lent_text,
    returned_text,
    saved_meanwhile_text,
    undone_text,
)


class LoanFlow(ReceptionDesk):
    def lend(self, borrower_id: int, borrower: BorrowerMatch | None = None) -> None:
        """``borrower``: the list's line chosen, with the units they already have out."""
        unit = self.unit
        if unit is None:
            return
        data = LendInput(unit.id, borrower_id, initials=self.initials or None)
        result: LendResult | None
        try:
            if unit.kind is UnitKind.HOME_LOAN:
                result = ask_home_loan(self.ctx, self, unit.code, borrower, data, self.long_loan)
                if result is None:  # cancelled: still chosen, type again
                    self.input.setFocus()
                    return
            else:
                result = self.ctx.call(alarm_loans.lend, data)
        except DomainError as error:
            self._refused(error, unit.code)
            return
        self.start_over()
        self.ctx.bus.announce("alarms")
        loan_id = result.loan_id
        self._just_lent = (loan_id, time.monotonic())
        self.notice.show_message(
            lent_text(result, borrower),
            "warning" if lent_needs_a_look(result, borrower) else "done",
            undo=lambda: self._undo(loan_id),
        )
        if result.purpose is UnitKind.HOME_LOAN:  # signed at the desk by both, as in Larm
            printouts.handover_form(self, self.ctx, loan_id)

    def take_back(self, unit: UnitRow) -> None:
        if unit.purpose is UnitKind.HOME_LOAN and not ask_take_back_home_loan(self, unit):
            self.input.setFocus()  # kept on loan, nothing changed
            return
        try:
            result = self.ctx.call(
                alarm_loans.return_unit,
                unit.id,
                put_on_charge=self.charge_check.isChecked(),
                initials=self.initials or None,
            )
        except DomainError as error:
            self._refused(error, unit.code)
            return
        self.ctx.bus.announce("alarms")
        self._returned(result, unit.purpose is UnitKind.HOME_LOAN)

    def _refused(self, error: DomainError, code: str | None = None) -> None:
        """A lending or return refused, mostly because another desk was quicker: the tiles
        show what is true now, and a unit no longer lendable is no longer chosen (else each
        Enter met the same refusal beside a tile still saying "available"). ``code``: the
        unit lent or taken back."""
        chosen = self.unit
        self.refresh()
        if chosen is not None and self.unit is None:
            return  # the refresh said where it went (a home loan without its borrower)
        message = error.message
        if isinstance(error, StaleRecordError) and code is not None:
            # Saved at another desk in the same instant. A form's advice (copy your text, open
            # the record again) fits no desk: the same Enter tries again.
            message = saved_meanwhile_text(code)
            if self.unit is None and not self.input.text():
                self.input.setText(code)  # a return: its code back in the field
        self.notice.show_message(message, "error")
        if self.unit is not None or self.input.text() == code:
            self.input.selectAll()  # ready for Enter, or to be typed over

    def _returned(
        self, result: ReturnResult, home_loan: bool, reported: ReportedFault | None = None
    ) -> None:
        """``reported``: the fault just reported on this return. F8 then opens with its text
        and tick, to add to or correct it: an empty box again replaced the fault with the
        second words alone, and the receptionist pressing F8 again means to amend."""
        loan_id = result.loan_id
        self.notice.show_message(
            returned_text(result, home_loan),
            "warning" if result.status is UnitStatus.OUT_OF_SERVICE else "done",
            undo=lambda: self._undo(loan_id),
            fault=lambda: self._report_fault(result, home_loan, reported),
            fault_reported=reported is not None,
        )

    def _report_fault(
        self, result: ReturnResult, home_loan: bool, reported: ReportedFault | None
    ) -> None:
        charge = self.charge_check.isChecked() if reported is None else reported.put_on_charge
        given = reported.fault if reported is not None else None
        fault = ask_fault(self.ctx, self, result, charge, self.initials or None, given)
        if fault is not None:
            self.ctx.bus.announce("alarms")
            self._returned(fault.returned, home_loan, fault)
        self.input.setFocus()

    def _undo(self, loan_id: int) -> None:
        try:
            undone = self.ctx.call(alarm_loans.undo_loan_action, loan_id)
        except DomainError as error:
            self.notice.show_message(error.message, "error")
            return
        self.ctx.bus.announce("alarms")
        self.notice.show_message(undone_text(undone), "done")
        if undone.undone is UndoneAction.LEND and self.unit is None and not self.input.text():
            # Mostly lent to the wrong person: the unit is chosen again for the right one.
            unit = next((u for u in self.units if u.id == undone.unit_id), None)
            if unit is not None and unit.status in LENDABLE_STATUSES:
                self._choose(unit)
        self.input.setFocus()

    # The desk's copies (a home loan without its borrower): today's page of the loan log for
    # the binder (any other period is printed from Larm), and the units out, to call round.
    def print_log(self) -> None:
        printouts.todays_loan_log(self, self.ctx, for_desk=True)

    def print_not_returned(self) -> None:
        printouts.not_returned(self, self.ctx, for_desk=True)
