"""Reception mode: lending and returns of the alarm units, full screen, from one input field.

1. Scan or type a unit's code and press Enter (a scanner types the code and Enter). A unit that
   is out is taken back at once (condition OK; F8 reports a fault, "put on charge" is a tick).
2. For a unit that is in: type 2–3 letters of the borrower's name; the best match is chosen.
3. Enter lends it (home visit: back today 17.00). A home loan asks for its end and the approving
   manager, then previews its hand-over form to sign. The reason of a home loan never appears
   here, nor the name of its borrower but in the question before it is taken back.
A unit out on a home loan is taken back only after a question (Enter: yes, Esc: no).
A click on a tile chooses a unit that is in; a unit that is out only shows its loan, its code
in the field: Enter takes it back (a click meant to look took it back at once).
A unit due for a function test or on charge says so when chosen; it is lent all the same.
A unit handed back mid-lending is scanned where the letters stand: it comes back and the
lending goes on. A unit chosen here and lent at another desk is said so, the letters kept.
Ctrl+P previews today's loan log, Ctrl+Shift+P the units not returned (the desk's copies).
A confirmation line offers Undo as long as the service accepts it. Esc starts over; F11 or the
header's button asks, then leaves reception mode (F11 again).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import UnitKind, UnitStatus
from samverkan_desktop.services import alarm_borrowers, alarm_loans, alarm_tests, alarms
from samverkan_desktop.services.alarm_borrowers import BorrowerMatch
from samverkan_desktop.services.alarm_loans import (
    LendInput,
    LendResult,
    ReturnResult,
    UndoneAction,
)
from samverkan_desktop.services.alarm_tests import FunctionTestRule
from samverkan_desktop.services.alarms import UnitRow
from ui import key_guide
from ui.alarms import printouts
from ui.alarms.common import (
    CHARGE_KEY,
    remember_initials,
    remembered_initials,
)
from ui.context import AppContext
from ui.reception.borrower_list import BorrowerList
from ui.reception.dialogs import ask_fault, ask_home_loan, ask_leave, ask_take_back_home_loan
from ui.reception.header import ReceptionHeader
from ui.reception.initials_dialog import InitialsDialog
from ui.reception.late_line import LateLine
from ui.reception.loan_texts import lent_elsewhere_text, loan_text, looked_at_text
from ui.reception.messages import (
    lent_needs_a_look,
    lent_text,
    letters_first_text,
    returned_text,
    undone_text,
)
from ui.reception.notice import ReceptionNotice
from ui.reception.printing import print_not_returned, print_todays_log
from ui.reception.scan import split_scan
from ui.reception.style import STYLE
from ui.reception.test_mark import ChosenTestMark
from ui.reception.tiles import TileGrid
from ui.widgets.notice import NoticeBar

LENDABLE = {UnitStatus.AVAILABLE, UnitStatus.CHARGING}
REFRESH_MS = 30_000  # other desks, and loans turning overdue


class ReceptionWindow(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(_("Alarm units – reception"))
        self.setStyleSheet(STYLE)
        self.initials = remembered_initials(ctx)
        self.unit: UnitRow | None = None  # chosen, waiting for a borrower
        self.looked_at: int | None = None  # a lent unit's tile clicked: its id, Enter returns it
        self.units: list[UnitRow] = []
        self.test_rule = FunctionTestRule(0)  # read with the units
        self._asked_initials = False
        self._blocked = False  # the setting blocks lending without valid training

        self.header = ReceptionHeader(self, self.ask_initials, self.leave)
        self.clock = self.header.clock
        self.receptionist = self.header.receptionist

        self.prompt = QLabel(self)
        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)
        self.test_mark = ChosenTestMark(self)
        self.input = QLineEdit(self)
        self.input.setObjectName("codeInput")
        self.input.textEdited.connect(self._typed)
        self.input.returnPressed.connect(self.confirm)
        self.input.installEventFilter(self)
        self.borrowers = BorrowerList(self)
        self.borrowers.itemClicked.connect(self._borrower_clicked)
        self.notice = ReceptionNotice(self)
        self.charge_check = QCheckBox(
            key_guide.with_keys(_("Put returned units on charge"), key_guide.RECEPTION_CHARGE),
            self,
        )
        self.charge_check.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.charge_check.setChecked(bool(ctx.settings.value(CHARGE_KEY, False, type=bool)))
        self.charge_check.toggled.connect(lambda on: ctx.settings.setValue(CHARGE_KEY, on))
        self.print_button = self._print_button(
            _("Print today's loan log"), key_guide.RECEPTION_PRINT, self.print_log
        )
        self.print_out_button = self._print_button(
            _("Not returned"), key_guide.RECEPTION_PRINT_OUT, self.print_not_returned
        )
        self.late = LateLine(self)
        self.tiles = TileGrid(self)
        self.tiles.tile_clicked.connect(self.tile_clicked)
        self.tile_area = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.tiles)
        # A full row of tiles stays in view whatever is above it (six borrowers, a notice, on
        # a 1100 × 700 screen): the borrower list gives way instead. Its share is what the rest
        # leaves (Ignored), at least that row.
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.tiles.row_height_changed.connect(scroll.setMinimumHeight)
        scroll.viewport().setAutoFillBackground(False)
        help_line = QLabel(
            key_guide.key_help(
                (key_guide.RECEPTION_CONFIRM, _("confirm")),
                (key_guide.RECEPTION_START_OVER, _("start over")),
                (key_guide.RECEPTION_BORROWER, _("another borrower")),
                (key_guide.RECEPTION_TILES, _("more units")),
                (key_guide.RECEPTION_UNDO, _("undo")),
                (key_guide.RECEPTION_FAULT, _("report a fault")),
                (key_guide.RECEPTION_LEAVE, _("leave")),
            ),
            self,
        )
        help_line.setObjectName("help")
        help_line.setWordWrap(True)  # on two lines rather than wider than a small screen

        # Above everything: a problem for the coordinator (the daily backup failed), kept apart
        # from the lending messages so the next lend does not wipe it.
        self.warning = NoticeBar(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 14)
        layout.setSpacing(8)  # tight enough for three rows of tiles on a 1280 × 800 screen
        layout.addWidget(self.warning)
        layout.addLayout(self.header)
        layout.addWidget(self.prompt)
        layout.addWidget(self.test_mark)
        layout.addWidget(self.input)
        layout.addWidget(self.borrowers)
        layout.addWidget(self.notice)
        options = QHBoxLayout()
        options.addWidget(self.charge_check)
        options.addStretch(1)
        options.addWidget(self.print_out_button)
        options.addWidget(self.print_button)
        layout.addLayout(options)
        layout.addWidget(self.late)
        layout.addWidget(scroll, 1)
        layout.addWidget(help_line)

        self._keys: list[tuple[key_guide.Keys, Callable[[], object]]] = [
            (key_guide.RECEPTION_START_OVER, self.start_over),
            (key_guide.RECEPTION_FAULT, self.notice.report_fault),
            (key_guide.RECEPTION_CHARGE, self.charge_check.toggle),
            (key_guide.RECEPTION_INITIALS, self.ask_initials),
            (key_guide.RECEPTION_LEAVE, self.leave),
            (key_guide.RECEPTION_UNDO, self.notice.undo),
            (key_guide.RECEPTION_PRINT, self.print_log),
            (key_guide.RECEPTION_PRINT_OUT, self.print_not_returned),
        ]
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        ctx.bus.changed.connect(self._on_changed)
        QApplication.instance().focusChanged.connect(self._focus_moved)  # type: ignore[union-attr]
        screen = QApplication.primaryScreen()
        if screen is not None:  # full screen also where no window manager obliges
            self.resize(screen.size())
        self.start_over()
        self.refresh()

    def _print_button(
        self, text: str, keys: key_guide.Keys, slot: Callable[[], None]
    ) -> QPushButton:
        button = QPushButton(key_guide.with_keys(text, keys), self)
        button.setObjectName("printButton")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- state -------------------------------------------------------------------------------

    def show_warning(self, text: str) -> None:
        """A non-modal warning above the desk, until someone closes it."""
        self.warning.show_warning(text)

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
        if self.unit is not None:
            chosen = self.unit
            self.unit = next((u for u in self.units if u.id == chosen.id), None)
            if self.unit is None or self.unit.status not in LENDABLE:
                self._gone_elsewhere(chosen.code, self.unit)
            else:
                self._show_unit_marks(self.unit)
        elif self.looked_at is not None:
            looked = next((u for u in self.units if u.id == self.looked_at), None)
            if looked is None or looked.loan_id is None:
                self.start_over()  # back at another desk: Enter would no longer take it back
        self.tiles.set_units(self.units, self.unit.id if self.unit else None)
        self.late.set_units(self.units)
        self.clock.set_time(dt.datetime.now(dt.UTC))
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

    # --- input -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            # The focus is always here, so the keys of the view are handled here (the field's
            # own undo would only bring typed letters back: Ctrl+Z undoes the lending).
            for keys, handler in self._keys:
                if keys.matches(event):
                    handler()
                    return True
            # The tiles below the fold on a small screen, the focus staying in the field.
            if pages := key_guide.RECEPTION_TILES.step(event):
                self._page_tiles(pages)
                return True
            if (step := key_guide.RECEPTION_BORROWER.step(event)) and self.unit is not None:
                self.borrowers.step(step)
                return True
        return super().eventFilter(watched, event)

    def _page_tiles(self, pages: int) -> None:
        bar = self.tile_area.verticalScrollBar()
        bar.setValue(bar.value() + pages * bar.pageStep())

    def _typed(self, text: str) -> None:
        if self.unit is None:
            if self.looked_at is not None:  # typed over the clicked tile's code: its line goes
                self.looked_at = None
                self.prompt.setText(self._scan_prompt())
            return
        try:
            matches = self.ctx.call(alarm_borrowers.find_borrowers, text, 6) if text.strip() else []
        except DomainError as error:
            self.notice.show_message(error.message, "error")
            return
        self.borrowers.set_matches(matches, self._blocked, text)

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
        except DomainError:
            self.borrowers.point_out_no_match(text)
            self.input.selectAll()
            return
        self._scanned(unit.code, "")

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
            self.start_over()
            self.take_back(unit)
        elif unit.status in LENDABLE:
            self._choose(unit)
        else:
            self.start_over()
            self.notice.show_message(
                _("{code} is {status} and cannot be lent.").format(
                    code=unit.code, status=_(unit.status.label).lower()
                ),
                "error",
            )
        self.input.setFocus()

    def _not_a_unit(self, typed: str) -> str | None:
        """Letters of a name typed before the unit (the borrower is at the desk, the unit still
        on the shelf): say which comes first, rather than "no unit has the code LP"."""
        if any(char.isdigit() for char in typed):
            return None
        try:
            fits = self.ctx.call(alarm_borrowers.find_borrowers, typed, 1)
        except DomainError:
            return None
        if not fits:
            return None
        lendable = next(
            (
                u.code
                for u in self.units
                if u.status in LENDABLE and u.kind is UnitKind.HOME_VISIT  # the usual loan
            ),
            None,
        )
        return letters_first_text(typed, lendable)

    # --- lending and returns -----------------------------------------------------------------

    def lend(self, borrower_id: int, borrower: BorrowerMatch | None = None) -> None:
        """``borrower``: the list's line chosen, with the units they already have out."""
        unit = self.unit
        if unit is None:
            return
        data = LendInput(unit.id, borrower_id, initials=self.initials or None)
        result: LendResult | None
        try:
            if unit.kind is UnitKind.HOME_LOAN:
                result = ask_home_loan(self.ctx, self, unit.code, data)
                if result is None:  # cancelled: still chosen, type again
                    self.input.setFocus()
                    return
            else:
                result = self.ctx.call(alarm_loans.lend, data)
        except DomainError as error:
            self._refused(error)
            return
        self.start_over()
        self.ctx.bus.announce("alarms")
        loan_id = result.loan_id
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
            self._refused(error)
            return
        self.ctx.bus.announce("alarms")
        self._returned(result, unit.purpose is UnitKind.HOME_LOAN)

    def _refused(self, error: DomainError) -> None:
        """A lending or return refused, mostly because another desk was quicker: the tiles
        show what is true now, and a unit no longer lendable is no longer chosen (else each
        Enter met the same refusal beside a tile still saying "available")."""
        chosen = self.unit
        self.refresh()
        if chosen is not None and self.unit is None:
            return  # the refresh said where it went (a home loan without its borrower)
        self.notice.show_message(error.message, "error")
        if self.unit is not None:  # still lendable: the letters, ready to be typed over
            self.input.selectAll()

    def _returned(self, result: ReturnResult, home_loan: bool) -> None:
        loan_id = result.loan_id
        self.notice.show_message(
            returned_text(result, home_loan),
            "warning" if result.status is UnitStatus.OUT_OF_SERVICE else "done",
            undo=lambda: self._undo(loan_id),
            fault=lambda: self._report_fault(result, home_loan),
        )

    def _report_fault(self, result: ReturnResult, home_loan: bool) -> None:
        charge = self.charge_check.isChecked()
        corrected = ask_fault(self.ctx, self, result, charge, self.initials or None)
        if corrected is not None:
            self.ctx.bus.announce("alarms")
            self._returned(corrected, home_loan)
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
            if unit is not None and unit.status in LENDABLE:
                self._choose(unit)
        self.input.setFocus()

    def print_log(self) -> None:
        print_todays_log(self, self.ctx)

    def print_not_returned(self) -> None:
        print_not_returned(self, self.ctx)

    # --- the receptionist --------------------------------------------------------------------

    def ask_initials(self) -> None:
        dialog = InitialsDialog(self.initials, self)
        if dialog.exec():
            self.initials = dialog.initials
            remember_initials(self.ctx, self.initials)
        self.header.show_initials(self.initials)
        self.input.setFocus()

    def leave(self) -> None:
        """F11 (easily hit for full screen) or the header's button: leave only when the
        question says so (at a desk started in reception mode, leaving ends the program; the
        button left at one click)."""
        if ask_leave(self, self.unit.code if self.unit else None):
            self.close()
        else:
            self.input.setFocus()

    # --- focus always in the field -----------------------------------------------------------

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if (
            new is not None
            and new is not self.input
            and self.isVisible()
            and QApplication.activeModalWidget() is None
            and self.isAncestorOf(new)
        ):
            self.input.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.input.setFocus()
        if not self._asked_initials:
            self._asked_initials = True
            # With the window as context: a window closed before the timer fires (a start
            # that quits at once) is not asked about.
            QTimer.singleShot(0, self, self.ask_initials)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._timer.stop()
        self.ctx.bus.changed.disconnect(self._on_changed)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.disconnect(self._focus_moved)  # type: ignore[attr-defined]
        self.ctx.settings.sync()
        super().closeEvent(event)
