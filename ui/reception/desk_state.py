"""The reception desk's state and what it shows: the units read from the database, the unit
chosen for a lending (or the lent unit whose tile was clicked), the prompt above the field and
starting over. The widgets are made by ReceptionWindow; LoanFlow and CodeInput build on this."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QScrollArea, QWidget

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _
from samverkan_desktop.long_loans import LongLoanRule
from samverkan_desktop.models import LENDABLE_STATUSES, UnitStatus
from samverkan_desktop.services import alarm_tests
from samverkan_desktop.services.alarm_tests import FunctionTestRule
from samverkan_desktop.services.alarms import UnitRow
from ui import key_guide
from ui.areas import area_title
from ui.context import AppContext
from ui.reception.borrower_list import BorrowerList
from ui.reception.clock import DeskClock
from ui.reception.header import ReceptionHeader
from ui.reception.late_line import LateLine
from ui.reception.loan_texts import lent_elsewhere_text
from ui.reception.notice import ReceptionNotice
from ui.reception.test_mark import ChosenTestMark
from ui.reception.tiles import TileGrid
from ui.widgets.notice import NoticeBar


class ReceptionDesk(QWidget):
    # Made by ReceptionWindow.__init__.
    ctx: AppContext
    initials: str
    unit: UnitRow | None  # chosen, waiting for a borrower
    looked_at: int | None  # a lent unit's tile clicked: its id, Enter returns it
    units: list[UnitRow]
    test_rule: FunctionTestRule  # read with the units
    long_loan: LongLoanRule | None  # read with the units: asked about in a home loan's end
    _blocked: bool  # the setting blocks lending without valid training
    _just_lent: tuple[int, float] | None  # (loan id, time.monotonic()) of the last lending here
    header: ReceptionHeader
    clock: DeskClock
    prompt: QLabel
    test_mark: ChosenTestMark
    input: QLineEdit
    borrowers: BorrowerList
    notice: ReceptionNotice
    charge_check: QCheckBox
    late: LateLine
    tiles: TileGrid
    tile_area: QScrollArea
    warning: NoticeBar

    def show_warning(self, text: str, paths: Sequence[Path] = ()) -> None:
        """A non-modal warning above the desk, until someone closes it; ``paths`` under its
        text, each on a line of its own."""
        self.warning.show_warning(text, paths)

    def refresh(self) -> None:
        try:
            # With the settings that mark the tiles and the borrowers: no query per tile.
            loaded = self.ctx.call(alarm_tests.reception_units)
        except DomainError as error:
            self.notice.show_message(error.message, "error")
            return
        self.units = loaded.rows
        self._blocked = loaded.training_blocks
        self.test_rule = self.tiles.test_rule = loaded.rule
        self.long_loan = loaded.long_loan
        if self.unit is not None:
            chosen = self.unit
            self.unit = next((u for u in self.units if u.id == chosen.id), None)
            if self.unit is None or self.unit.status not in LENDABLE_STATUSES:
                self._gone_elsewhere(chosen.code, self.unit)
            else:
                self._show_unit_marks(self.unit)
        elif self.looked_at is not None:
            looked = next((u for u in self.units if u.id == self.looked_at), None)
            if looked is None or looked.loan_id is None:
                self.start_over()  # back at another desk: Enter would no longer take it back
        if self.unit is None and self.looked_at is None:
            self.prompt.setText(self._scan_prompt())  # units registered meanwhile, or none
        self.tiles.set_units(self.units, self.unit.id if self.unit else None)
        self.late.set_units(self.units)
        self.clock.set_time(clock.utcnow())
        self.header.show_initials(self.initials)

    def _on_changed(self, keys: frozenset[str]) -> None:
        if keys & {"alarms", "contacts"}:
            self.refresh()

    def start_over(self) -> None:
        """Esc: empty the field and forget the chosen unit."""
        self.unit = None
        self.looked_at = None
        self.input.clear()
        self.input.setPlaceholderText(_("LARM-…"))
        self.prompt.setText(self._scan_prompt())
        self.borrowers.set_matches([], False)  # no height while empty
        self.test_mark.show_note(None)
        if self.notice.kind == "error":
            self.notice.show_message("")
        self.tiles.set_units(self.units, None)
        self.input.setFocus()

    def _scan_prompt(self) -> str:
        if not self.units:
            # The first day: a desk with no tiles asked for a code that could only be refused,
            # and nothing said where the units come from.
            return _(
                "No alarm units are registered yet. The coordinator adds them in the window "
                "under {area} → “{action}” ({key} leaves reception mode)."
            ).format(
                area=area_title("alarms"),
                action=_("New unit…").removesuffix("…"),  # the action's name as it reads there
                key=key_guide.RECEPTION_LEAVE.label(),
            )
        return _("Scan or type the code of a unit, then press {key}.").format(
            key=key_guide.RECEPTION_CONFIRM.label()
        )

    def _gone_elsewhere(self, code: str, now: UnitRow | None) -> None:
        """The chosen unit lent or taken out of use at another desk: said, and the letters
        typed for its borrower kept for the next unit scanned (they went without a word)."""
        letters = self.input.text()
        self.start_over()
        self.input.setText(letters)
        self.notice.show_message(lent_elsewhere_text(now, code, letters), "error")

    def _choose(self, unit: UnitRow) -> None:
        self.unit = unit
        if self.notice.kind == "error":  # about the unit before: the new prompt replaces it
            self.notice.show_message("")
        self.input.clear()
        self.input.setPlaceholderText(_("2–3 letters of the name"))
        what = _(unit.kind.label)
        self.prompt.setText(
            _("{code} ({kind}): type 2–3 letters of the borrower's name, then {key}.").format(
                code=unit.code, kind=what, key=key_guide.RECEPTION_CONFIRM.label()
            )
        )
        self._show_unit_marks(unit)
        self.borrowers.set_matches([], self._blocked)  # its lines come as letters are typed
        self.tiles.set_units(self.units, unit.id)

    def _show_unit_marks(self, unit: UnitRow) -> None:
        self.test_mark.show_note(
            self.test_rule.due_note(unit, clock.today()), unit.status is UnitStatus.CHARGING
        )
