"""What the reception's one field does with what is typed, scanned or clicked: letters find the
borrower of the chosen unit, a code chooses a unit that is in or takes back one that is out, a
scan in the middle of a lending takes that unit back and the lending goes on."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QListWidgetItem

from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import LENDABLE_STATUSES, UnitKind, UnitStatus
from samverkan_desktop.services import alarm_borrowers, alarm_faults, alarms
from samverkan_desktop.services.alarms import UnitRow
from ui.reception.borrower_list import MOST_LINES
from ui.reception.loan_flow import LoanFlow
from ui.reception.loan_texts import is_home_loan, loan_text, looked_at_text
from ui.reception.messages import (
    choose_borrower_text,
    holders_text,
    just_lent_text,
    letters_first_text,
    not_lendable_text,
)
from ui.reception.scan import split_scan

# A scan of the unit lent here this long ago or less asks before it takes the unit back.
JUST_LENT_SECONDS = 120


class CodeInput(LoanFlow):
    def _typed(self, text: str) -> None:
        if self.unit is None:
            if self.looked_at is not None:  # typed over the clicked tile's code: its line goes
                self.looked_at = None
                self.prompt.setText(self._scan_prompt())
            return
        fits = alarm_borrowers.BorrowerFits([], 0)
        try:
            if text.strip():
                fits = self.ctx.call(alarm_borrowers.fit_borrowers, text, MOST_LINES)
        except DomainError as error:
            self.notice.show_message(error.message, "error")
            return
        self.borrowers.set_matches(fits.matches, self._blocked, text, fits.more, fits.chosen)
        self._drop_choose_warning()

    def step_borrower(self, step: int) -> None:
        """↑ / ↓ among the names, the focus staying in the field."""
        self.borrowers.step(step)
        self._drop_choose_warning()

    def _drop_choose_warning(self) -> None:
        # "No borrower is chosen … choose with ↑ / ↓" stayed up in amber after ↓ had chosen
        # one, until Enter lent: untrue while the receptionist looked for what to do next.
        if (
            self.borrowers.current_match() is not None
            and self.notice.label.text() == choose_borrower_text()
        ):
            self.notice.show_message("")

    def _borrower_clicked(self, item: QListWidgetItem) -> None:
        self.borrowers.choose(self.borrowers.row(item))
        self.confirm()

    def confirm(self) -> None:
        """Enter: a code picks or takes back a unit; with a unit chosen, lend it."""
        text = self.input.text().strip()
        if not text:
            return
        if self.unit is not None and (match := self.borrowers.current_match()) is not None:
            self.lend(match.id, match)
            return
        if self.unit is not None and self.borrowers.matches():  # none chosen: nobody unasked
            self.notice.show_message(choose_borrower_text(), "warning")
            return
        scanned = split_scan(text, (unit.code for unit in self.units))
        if scanned is not None:
            self._scanned(*scanned)
            return
        if self.unit is None:
            self.use_code(text)
            return
        # Nobody fits: perhaps a unit's short code ("7") or one the tiles do not show.
        try:
            unit = self.ctx.call(alarms.find_unit, text)
        except DomainError as error:
            if any(char.isdigit() for char in text):  # a code (no name has digits): say so
                self._no_such_unit(error)
            else:
                self.borrowers.point_out_no_match(text)
            self.input.selectAll()
            return
        self._scanned(unit.code, "")

    def _no_such_unit(self, error: DomainError) -> None:
        """A code that is no unit scanned while a lending waits for its borrower: said as the
        code it is, the lending kept (it read "No staff member fits “LARM-99”")."""
        assert self.unit is not None
        self.borrowers.set_matches([], self._blocked)
        self.notice.show_message(
            error.message
            + " "
            + _("{code} still waits for the borrower's name.").format(code=self.unit.code),
            "error",
        )

    def _scanned(self, code: str, letters: str) -> None:
        """A code scanned, perhaps after letters of a name. A unit handed back in the middle of
        a lending is taken back and the lending goes on (its unit and letters kept: before, the
        letters and the scan ran together into "No staff member fits"); a unit in is chosen,
        the letters typed before it naming its borrower."""
        lending = self.unit
        if lending is not None and code.casefold() != lending.code.casefold():
            try:
                unit = self.ctx.call(alarms.find_unit, code)
            except DomainError as error:
                self._refused(error)
                return
            if unit.loan_id is not None:
                self.take_back(unit)
                if self.unit is not None:  # still lendable (a refusal may have started over)
                    self._type_letters(letters)
                return
        self.use_code(code)
        if self.unit is not None and letters:
            self._type_letters(letters)

    def _type_letters(self, letters: str) -> None:
        self.input.setText(letters)
        self._typed(letters)

    def tile_clicked(self, code: str) -> None:
        """A unit that is in is chosen; one that is out is only shown: its code in the field
        (selected, so a scan replaces it), Enter takes it back."""
        unit = next((u for u in self.units if u.code == code), None)
        if unit is None or unit.loan_id is None:
            self.use_code(code)
        elif self.unit is not None:  # a lending under way stays as it is
            self.notice.show_message(loan_text(unit), "info")
        else:
            self.start_over()
            self.looked_at = unit.id
            self.input.setText(unit.code)
            self.input.selectAll()
            self.prompt.setText(looked_at_text(unit))
            self.tiles.set_units(self.units, unit.id)  # framed: the one Enter would take back
            self.input.setFocus()

    def use_code(self, code: str) -> None:
        """A unit scanned, typed or clicked: take it back if out, choose it if in."""
        try:
            unit = self.ctx.call(alarms.find_unit, code)
        except DomainError as error:
            self.start_over()
            self.notice.show_message(self._not_a_unit(code) or error.message, "error")
            return
        if unit.loan_id is not None:
            if self._scanned_just_after_lending(unit):
                return
            self.start_over()
            self.take_back(unit)
        elif unit.status in LENDABLE_STATUSES:
            self._choose(unit)
        else:
            self.start_over()
            fault = None
            if unit.status is UnitStatus.OUT_OF_SERVICE:
                fault = self.ctx.call(alarm_faults.current_fault, unit.id)
            self.notice.show_message(not_lendable_text(unit, fault), "error")
        self.input.setFocus()

    def _scanned_just_after_lending(self, unit: UnitRow) -> bool:
        """The unit lent here a moment ago, scanned again (a scanner reading twice, a scan to
        check it was lent): not taken back at once, as it was, its borrower leaving with a unit
        the log said was in. It waits, framed, its code in the field: a second scan or Enter
        takes it back; Undo still undoes the lending. A home loan asks before anyway."""
        just = self._just_lent
        if (
            just is None
            or just[0] != unit.loan_id
            or time.monotonic() - just[1] > JUST_LENT_SECONDS
            or is_home_loan(unit)
        ):
            return False
        self._just_lent = None  # said once: the next scan takes it back
        loan_id = just[0]
        self.start_over()
        self.looked_at = unit.id
        self.input.setText(unit.code)
        self.input.selectAll()  # a scan types over it
        self.prompt.setText(looked_at_text(unit))
        self.tiles.set_units(self.units, unit.id)
        self.notice.show_message(
            just_lent_text(unit.code), "warning", undo=lambda: self._undo(loan_id)
        )
        return True

    def _not_a_unit(self, typed: str) -> str | None:
        """Letters of a name typed before the unit (the borrower is at the desk, the unit still
        on the shelf): say which comes first, rather than "no unit has the code LP"."""
        if any(char.isdigit() for char in typed):
            return None
        try:
            fits = self.ctx.call(alarm_borrowers.find_borrowers, typed)
        except DomainError:
            return None
        if not fits:
            return None
        holders = [fit for fit in fits if fit.holding]
        if holders:
            return holders_text(typed, holders)
        lendable = next(
            (
                u.code
                for u in self.units
                if u.status in LENDABLE_STATUSES and u.kind is UnitKind.HOME_VISIT  # the usual loan
            ),
            None,
        )
        return letters_first_text(typed, lendable)
