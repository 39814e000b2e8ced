"""Alarm units: the inventory with status and service history, the loans, the borrowers'
training, the training sessions and the use per month; every printout of the area.

Lending and returns are quickest in reception mode (View → Reception mode); here the
coordinator can do the same through forms, and sees everything the reception does not (the
reason of a home loan, in the loan's own detail)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError
from samverkan_desktop.formatting import local, thousands
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import LENDABLE_STATUSES, UnitEventKind, UnitKind, UnitStatus
from samverkan_desktop.overview_items import ALARM_UNITS, UNITS_DUE_FOR_TEST
from samverkan_desktop.services import alarm_loans, alarm_usage
from samverkan_desktop.services.alarm_history import LoanRow
from samverkan_desktop.services.alarm_usage import PseudonymisationResult
from samverkan_desktop.services.alarms import UnitRow
from samverkan_desktop.services.setting_losses import period_text
from ui import key_guide
from ui.alarms import printouts
from ui.alarms.common import remembered_initials
from ui.alarms.event_dialog import EventDialog, RetireDialog
from ui.alarms.lend_dialog import LendDialog, lend_summary
from ui.alarms.loans_page import LoansPage
from ui.alarms.return_dialog import ReturnDialog
from ui.alarms.settings_dialog import AlarmSettingsDialog
from ui.alarms.stats_page import StatsPage
from ui.alarms.training_page import BorrowersPage, TrainingPage
from ui.alarms.unit_dialog import UnitDialog
from ui.alarms.units_page import UnitsPage
from ui.context import AppContext
from ui.widgets import form_reload
from ui.widgets.area import Area
from ui.widgets.dialogs import confirm, show_error
from ui.widgets.kept_together import dots_kept, phrase_kept, times_kept
from ui.widgets.linked_view import LinkedView
from ui.widgets.operations import perform_undo, run_form
from ui.widgets.stale_tabs import StaleTabs
from ui.widgets.wording import print_button


class AlarmsArea(Area):
    key = "alarms"
    depends_on = frozenset({"contacts"})  # borrowers' names, departments and phones

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.units_page = UnitsPage(ctx, self)
        self._linked = LinkedView(self.units_page.filter_state)
        self.loans_page = LoansPage(ctx, self)
        self.borrowers_page = BorrowersPage(ctx, self)
        self.training_page = TrainingPage(ctx, self)
        self.stats_page = StatsPage(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        for page, title in (
            (self.units_page, _("Units")),
            (self.loans_page, _("Loans")),
            (self.borrowers_page, _("Borrowers")),
            (self.training_page, _("Training")),
            (self.stats_page, _("Statistics")),
        ):
            self.tabs.addTab(page, title)
        self._stale_tabs = StaleTabs(
            [self.tabs],
            self.tabs.currentWidget,
            lambda page: page.reload(),  # type: ignore[attr-defined]
        )
        # In a margin of its own: flush with the edge, the menu arrow was cut off.
        corner = QWidget(self)
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 8, 2)
        corner_layout.addWidget(self._printouts_button())
        self.tabs.setCornerWidget(corner)
        self._unit_actions()
        self._loan_actions()
        # Who may borrow follows from the people's register: nothing to add here.
        self.borrowers_page.set_empty_hint(
            _(
                "No staff yet: a person who works at the district administration (Contacts) may borrow an alarm."
            )
        )
        self.borrowers_page.add_action(
            _("Show their loans"),
            lambda: self._loans_of(self.borrowers_page.current_row()),
            needs_selection=True,
        )
        self.borrowers_page.activated.connect(self._loans_of)
        # The statistics print from "Print ▾" for the year chosen on their page, named in the
        # entry: a "Print statistics…" beside the year did the same, a second route on one screen.
        self.stats_page.year_combo.currentIndexChanged.connect(lambda _i: self._name_stats_year())
        self._name_stats_year()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.tabs)

    # --- Area --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.training_page.fill_filters()
        self._stale_tabs.refresh(
            page
            for index in range(self.tabs.count())
            if (page := self.tabs.widget(index)) is not None
        )

    def show_record(self, record_id: int) -> None:
        """Select a unit (the Overview's alarm card links here with the unit's id)."""
        self.tabs.setCurrentWidget(self.units_page)
        self.units_page.show_id(record_id)

    def show_subset(self, subset: str) -> None:
        """The units the Overview counts as due for a function test: "Due for a test" alone, so
        the list holds exactly the card's number (a search or a status left chosen would hide
        some). The "Get started" card's step opens the units as they are."""
        if subset not in (UNITS_DUE_FOR_TEST, ALARM_UNITS):
            return
        page = self.units_page
        self.tabs.setCurrentWidget(page)
        if subset == ALARM_UNITS:
            return
        page.clear_filters()
        page.test_due_check.blockSignals(True)
        page.test_due_check.setChecked(True)
        page.test_due_check.blockSignals(False)
        page.reload()
        self._linked.shown()

    def main_printout(self) -> QAction:
        return self.log_print_action

    def chosen(self) -> None:
        if self._linked.ends():
            self.units_page.clear_filters()
            self.units_page.reload()

    # --- building ----------------------------------------------------------------------------

    def _printouts_button(self) -> QPushButton:
        menu = QMenu(self)
        ctx = self.ctx
        log = menu.addAction(_("Alarm loan log…"))
        log.triggered.connect(
            lambda _checked=False: printouts.loan_log(self, ctx, *self.loans_page.period())
        )
        for text, slot in (
            (_("Alarm units not returned…"), lambda: printouts.not_returned(self, ctx)),
            (_("Labels for all units…"), lambda: printouts.labels(self, ctx)),
            (_("Personal alarm: how to use it…"), lambda: printouts.borrower_card(self, ctx)),
            # For the reception's desk, for when the program is down.
            (_("Valid alarm training…"), lambda: printouts.valid_training(self, ctx)),
        ):
            menu.addAction(text).triggered.connect(lambda _checked=False, s=slot: s())
        self.stats_print_action = menu.addAction("")  # named by ``_name_stats_year``
        self.stats_print_action.triggered.connect(
            lambda: printouts.statistics(self, ctx, self.stats_page.year())
        )
        self.printouts_menu = menu
        button = print_button(menu, self)
        # Ctrl+P prints the log, as at the reception and as Åtgärder prints its list: on the
        # button, so that it acts only while Larm is shown (named in the menu beside the entry).
        key_guide.ALARMS_LOG_PRINT.apply(log).setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.log_print_action = log
        button.addAction(log)
        return button

    def _name_stats_year(self) -> None:
        self.stats_print_action.setText(
            _("Use of the alarm units {year}…").format(year=self.stats_page.year())
        )

    def _unit_actions(self) -> None:
        page = self.units_page
        new_unit = page.add_action(_("New unit…"), self.new_unit, "Ctrl+N")
        page.set_empty_hint(_("No alarm units yet. {action} adds the first one."), new_unit)
        page.add_action(_("Edit…"), self.edit_unit, needs_selection=True)
        self.lend_action = page.add_action(_("Lend…"), self.lend, "Ctrl+L", needs_selection=True)
        self.return_action = page.add_action(
            _("Take back…"), self.take_back_unit, "Ctrl+T", needs_selection=True
        )
        page.add_action(_("Service event…"), self.record_event, "Ctrl+E", needs_selection=True)
        self.retire_action = page.add_action(_("Retire…"), self.retire, needs_selection=True)
        page.add_action(_("Label…"), self.print_label, needs_selection=True)
        page.current_changed.connect(self._enable_unit_actions)
        page.activated.connect(lambda _row: self.edit_unit())

    def _enable_unit_actions(self, row: UnitRow | None) -> None:
        self.lend_action.setEnabled(row is not None and row.status in LENDABLE_STATUSES)
        self.return_action.setEnabled(row is not None and row.loan_id is not None)
        self.retire_action.setEnabled(
            row is not None and row.status not in (UnitStatus.RETIRED, UnitStatus.ON_LOAN)
        )

    def _loan_actions(self) -> None:
        page = self.loans_page
        # Ctrl+T as on the units' tab: the late loan found here is taken back from here.
        self.loan_return_action = page.add_action(
            _("Take back…"), self.take_back_loan, "Ctrl+T", needs_selection=True
        )
        # Short on the tool bar (the card's title pushed "Settings…" behind » at 1024); the
        # preview is named by the card's title, a home loan's being the card for the home.
        page.add_action(_("Borrower's card…"), self.print_card, needs_selection=True)
        self.handover_action = page.add_action(
            _("Hand-over form…"), self.print_handover, needs_selection=True
        )
        # The loan log and the list of units not returned are in "Printouts" above (the log
        # for the period typed here): here as well, they pushed "Pseudonymise old loans…"
        # behind the tool bar's » at 1280 pixels. Pseudonymising, once a year or so, under
        # "More ▾": beside a chosen loan's pane it and "History…" went behind » at 1024.
        page.add_action(_("Settings…"), self.edit_settings)
        self.pseudonymise_action = page.add_more_action(
            _("Pseudonymise old loans…"), self.pseudonymise
        )
        page.reloaded.connect(self._enable_pseudonymise)
        page.current_changed.connect(self._enable_loan_actions)
        page.activated.connect(lambda row: self.show_record(row.unit_id))

    def _enable_loan_actions(self, row: LoanRow | None) -> None:
        self.loan_return_action.setEnabled(row is not None and row.is_open)
        self.handover_action.setEnabled(row is not None and row.purpose is UnitKind.HOME_LOAN)

    # --- units -------------------------------------------------------------------------------

    def new_unit(self) -> None:
        dialog = UnitDialog(self.ctx, parent=self)
        if run_form(dialog, self.ctx, "alarms") and dialog.saved_id is not None:
            self.units_page.show_id(dialog.saved_id)

    def edit_unit(self) -> None:
        row = self.units_page.current_row()
        if row is not None:
            run_form(UnitDialog(self.ctx, row, self), self.ctx, "alarms")

    def record_event(self) -> None:
        row = self.units_page.current_row()
        if row is not None:
            kind = (
                UnitEventKind.CHARGED if row.status is UnitStatus.CHARGING else UnitEventKind.TESTED
            )
            if run_form(EventDialog(self.ctx, row, kind, self), self.ctx, "alarms"):
                self.units_page.notify(_("Recorded for {code}.").format(code=row.code))

    def retire(self) -> None:
        row = self.units_page.current_row()
        if row is not None and run_form(RetireDialog(self.ctx, row, self), self.ctx, "alarms"):
            self.units_page.notify(_("{code} is retired.").format(code=row.code))

    def print_label(self) -> None:
        row = self.units_page.current_row()
        if row is not None:
            printouts.labels(self, self.ctx, [row.code])

    def lend(self) -> None:
        row = self.units_page.current_row()
        if row is None or row.status not in LENDABLE_STATUSES:
            return
        page = self.units_page
        test_note = page.test_rule.due_note(row, page.today)
        dialog = LendDialog(self.ctx, row, self, page.long_loan, test_note)
        if not run_form(dialog, self.ctx, "alarms") or dialog.result_value is None:
            return
        result = dialog.result_value
        self.units_page.notify(
            lend_summary(result),
            undo=lambda: perform_undo(
                self, self.ctx, "alarms", alarm_loans.undo_loan_action, result.loan_id
            ),
            warn=bool(result.warning),  # lent, but the training has expired
        )
        if result.purpose is UnitKind.HOME_LOAN:
            printouts.handover_form(self, self.ctx, result.loan_id)

    def _take_back(
        self,
        unit_id: int,
        code: str,
        borrower: str | None,
        out_at: dt.datetime,
        due_at: dt.datetime,
        overdue: bool,
    ) -> None:
        initials = remembered_initials(self.ctx) or None

        def take_back(fault: str | None, charge: bool):  # type: ignore[no-untyped-def]
            return self.ctx.call(
                alarm_loans.return_unit,
                unit_id,
                fault=fault,
                put_on_charge=charge,
                initials=initials,
            )

        # Since when it is out, and when it is due or since when it is late as the Overview
        # names it, a late loan in the warning colour the lists write it in.
        now = clock.utcnow()
        about = alarm_loans.on_loan_message(code, borrower, out_at, due_at, overdue, now)
        # The due phrase whole on a line, the " · " before it ending the line above.
        due = alarm_loans.due_phrase(due_at, overdue, local(now).date())
        about = phrase_kept(about, due)
        dialog = ReturnDialog(
            _("Take back {code}").format(code=code),
            times_kept(dots_kept(about)),
            take_back,
            self,
            warn=overdue,
        )
        dialog.retry_text = form_reload.retry_text(code, _("Take back"))  # the fault typed stays
        if not run_form(dialog, self.ctx, "alarms") or dialog.result_value is None:
            return
        result = dialog.result_value
        message = _("{code} is back: {status}.").format(code=code, status=_(result.status.label))
        page = self.loans_page if self.tabs.currentWidget() is self.loans_page else self.units_page
        page.notify(
            message,
            undo=lambda: perform_undo(
                self, self.ctx, "alarms", alarm_loans.undo_loan_action, result.loan_id
            ),
        )

    def take_back_unit(self) -> None:
        row = self.units_page.current_row()
        if row is not None and row.loan_id is not None:
            assert row.out_at is not None and row.due_at is not None  # an open loan has both
            self._take_back(row.id, row.code, row.borrower, row.out_at, row.due_at, row.overdue)

    def take_back_loan(self) -> None:
        row = self.loans_page.current_row()
        if row is not None and row.is_open:
            self._take_back(
                row.unit_id, row.unit_code, row.borrower, row.out_at, row.due_at, row.overdue
            )

    # --- loans -------------------------------------------------------------------------------

    def print_card(self) -> None:
        row = self.loans_page.current_row()
        if row is not None:
            home = row.purpose is UnitKind.HOME_LOAN
            printouts.borrower_card(self, self.ctx, row.id, home)

    def print_handover(self) -> None:
        row = self.loans_page.current_row()
        if row is not None and row.purpose is UnitKind.HOME_LOAN:
            printouts.handover_form(self, self.ctx, row.id)

    def _loans_of(self, row: object) -> None:
        name = getattr(row, "name", "")
        self.tabs.setCurrentWidget(self.loans_page)
        self.loans_page.search.setText(name)
        self.loans_page.reload()

    def edit_settings(self) -> None:
        run_form(AlarmSettingsDialog(self.ctx, self), self.ctx, "alarms")

    def _enable_pseudonymise(self) -> None:
        # Disabled when no loan is old enough, the tooltip saying why: a click only to read
        # "nothing to pseudonymise" was a dead end.
        try:
            due = self.ctx.call(alarm_usage.count_loans_to_pseudonymise)
        except DomainError:
            return  # the loans page has said what went wrong; the button stays as it was
        action = self.pseudonymise_action
        action.setEnabled(due.count > 0)
        action.setToolTip(action.text() if due.count else _nothing_to_pseudonymise(due))

    def pseudonymise(self) -> None:
        # Counted first: the window does it at every start, so often nothing is due, and a
        # question that cannot be undone followed by "0 loans were pseudonymised" says nothing.
        try:
            due = self.ctx.call(alarm_usage.count_loans_to_pseudonymise)
        except DomainError as error:
            show_error(self, error)
            return
        period = _retention_period(due)
        if due.count == 0:  # another desk was first since the button was enabled
            self.loans_page.notify(_nothing_to_pseudonymise(due))
            return
        question = (
            _("Pseudonymise old loans"),
            ngettext(
                "Remove the borrower (and the reason) from {count} loan returned more than "
                "{period} ago? The loan stays for the statistics. This cannot be undone.",
                "Remove the borrowers (and the reasons) from {count} loans returned more than "
                "{period} ago? The loans stay for the statistics. This cannot be undone.",
                due.count,
            ).format(count=thousands(due.count), period=period),
            _("Pseudonymise"),
        )
        if not confirm(self, *question):
            return
        try:
            result = self.ctx.call(alarm_usage.pseudonymise_old_loans)
        except DomainError as error:
            show_error(self, error)
            return
        self.ctx.bus.announce("alarms")
        self.loans_page.notify(
            ngettext(
                "{count} loan was pseudonymised.", "{count} loans were pseudonymised.", result.count
            ).format(count=result.count)
        )


def _retention_period(due: PseudonymisationResult) -> str:
    return period_text(due.retention_months)


def _nothing_to_pseudonymise(due: PseudonymisationResult) -> str:
    return _(
        "No loan returned more than {period} ago still names its borrower: "
        "there is nothing to pseudonymise."
    ).format(period=_retention_period(due))
