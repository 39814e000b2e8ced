"""The units: status in its colour, who has each and until when (overdue in the warning colour),
when each was last function-tested (in the warning colour when a test is due under the rule in
the settings), and the selected unit's facts with its history of loans and service events."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QWidget

from samverkan_desktop import clock
from samverkan_desktop.formatting import display_datetime, iso_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.long_loans import LongLoanRule
from samverkan_desktop.models import UnitKind, UnitStatus
from samverkan_desktop.services import alarm_tests, alarms
from samverkan_desktop.services.alarm_tests import FunctionTestRule
from samverkan_desktop.services.alarms import UnitRow
from ui.alarms.common import due_text, state_colour, state_order, state_text
from ui.alarms.history import HISTORY_INITIALS, HistoryEntry, history_columns, unit_history
from ui.context import AppContext
from ui.widgets.detail import DetailPane
from ui.widgets.fields import EnumCombo
from ui.widgets.list_page import ListPage
from ui.widgets.record_table import RecordTable
from ui.widgets.table_model import DUE_SOON_COLOUR, WARNING_COLOUR, Column


def unit_columns(
    test_due: Callable[[UnitRow], bool], test_note: Callable[[UnitRow], str | None]
) -> list[Column[UnitRow]]:
    def due_colour(row: UnitRow):  # type: ignore[no-untyped-def]
        return WARNING_COLOUR if row.overdue else None

    def tested(row: UnitRow) -> object:
        return row.last_tested_on or (_("never") if test_due(row) else None)

    return [
        Column(_("Code"), lambda r: r.code, sort_key=lambda r: alarms_natural(r.code)),
        # Beside a chosen unit in a narrow window the kind, the last charge and then the last
        # test are left to the pane, which shows them: at 1100 px the status read "Tillgäng…"
        # and a name "David K…". The test goes last: its orange mark says one is due.
        Column(_("Kind"), lambda r: r.kind, aside=1),
        Column(_("Status"), state_text, sort_key=state_order, colour=state_colour),
        # Room for a longer name than the ones out when the list is first filled (a fitted
        # column keeps its width); a name longer still is whole in the tooltip. The room the
        # list has over its columns is the names', not the charging date's at the end.
        Column(
            _("Borrower"),
            lambda r: r.borrower,
            tooltip=lambda r: r.borrower,
            width=140,
            takes_spare_room=True,
        ),
        Column(
            _("Due back"),
            lambda r: due_text(r.due_at),
            sort_key=lambda r: r.due_at or dt.datetime.max.replace(tzinfo=dt.UTC),
            colour=due_colour,
        ),
        # Short titles ("Testat", "Laddat"): "Senast testat" was wider than its date. The detail
        # pane says "Last tested"/"Last charged" in full.
        # In the warning colour when a function test is due; sorted oldest test first.
        Column(
            _("Tested"),
            tested,
            sort_key=lambda r: r.last_tested_on,
            colour=lambda r: DUE_SOON_COLOUR if test_due(r) else None,
            tooltip=test_note,
            aside=3,
        ),
        # Last: the day (its time in the tooltip and the detail pane, with make and serial
        # number), so the list fits beside the pane at 1280x800.
        Column(
            _("Charged"),
            lambda r: display_datetime(r.last_charged_at)[:10],
            tooltip=lambda r: display_datetime(r.last_charged_at) or None,
            aside=2,
        ),
    ]


def alarms_natural(code: str) -> tuple[object, ...]:
    """LARM-2 before LARM-10."""
    return tuple(f"{int(p):08d}" if p.isdigit() else p for p in re.split(r"(\d+)", code))


# The most of the width a chosen unit's pane takes for its history's words whole.
HISTORY_MOST = 0.45


class UnitDetail(DetailPane):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(_("Choose a unit in the list to see it and its history here."), parent)
        self.ctx = ctx
        self.test_rule = FunctionTestRule(0)  # set by the page with each load
        self.facts = self.add_facts()
        for key, label in (
            ("status", _("Status")),
            ("borrower", _("Borrower")),
            ("out", _("Lent")),
            ("due", _("Due back")),
            ("tested", _("Last tested")),
            ("charged", _("Last charged")),
            ("make", _("Make and model")),
            ("serial", _("Serial number")),
        ):
            self.facts.add_fact(key, label)
        self.add_text("notes", _("Notes"))
        self.history: RecordTable[HistoryEntry] = RecordTable(history_columns(), self)
        self.history.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        # A unit new to the cupboard: a blank box looked like a history that failed to load.
        self.history.set_empty_text(
            _("No history yet: loans, returns, tests and charging are listed here.")
        )
        # A unit new to the cupboard has no history yet: the facts and notes take the room.
        self.add_bottom(self.history, (2, 3), rows=self.history)

    def show_unit(self, row: UnitRow | None) -> None:
        if row is None:
            self.show_placeholder()
            return
        self.show_record(row.code, _(row.kind.label), record=row.id)
        self.facts.set_fact("status", state_text(row), state_colour(row))
        self.facts.set_fact("borrower", row.borrower)
        self.facts.set_fact("out", display_datetime(row.out_at))
        # The time alone: the fact's label says "Due back" ("due back …" is the tiles' sentence)
        # and the status above says "Overdue" (it said so twice, "OVERDUE since …" here too);
        # in the warning colour, as the status, when late.
        due_colour = WARNING_COLOUR if row.overdue else None
        self.facts.set_fact("due", due_text(row.due_at), due_colour)
        today = clock.today()
        state = self.test_rule.state(row, today)
        tested = iso_date(row.last_tested_on)
        if not tested:  # "never", or the state alone when it says so already
            tested = state or _("never")
        elif state:
            tested = f"{tested} · {state}"
        test_due = self.test_rule.is_due(row, today)
        self.facts.set_fact("tested", tested, DUE_SOON_COLOUR if test_due else None)
        self.facts.set_fact("charged", display_datetime(row.last_charged_at))
        self.facts.set_fact("make", row.make_model)
        self.facts.set_fact("serial", row.serial_number)
        self.set_text("notes", row.notes)
        self.history.set_rows(unit_history(self.ctx, row.id))
        self.fit_sections()

    def history_room(self) -> int:
        """The pane's width for its history's texts whole: the date and time, what happened
        ("Funktionstestat", "Utlånat (hembesök)"). Not the initials, shown where there is room:
        asked for too, at 1100 px they took the list's "Testat"."""
        width = self.history.whole_words_width(leaving_out=(HISTORY_INITIALS,))
        return self.room_for(self.history, width)


class UnitsPage(ListPage[UnitRow]):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            unit_columns(self.test_due, self.test_note),
            _("Search code, borrower, make or notes …"),
            parent,
        )
        self.ctx = ctx
        self.test_rule = FunctionTestRule(0)
        self.long_loan: LongLoanRule | None = None  # read with the units, for the lending form
        self.today = clock.today()
        self._register_total = 0  # every unit read with the last load, before any filter
        self.status_filter = EnumCombo(UnitStatus, _("All statuses"), self)
        self.status_filter.setObjectName("statusFilter")
        self.kind_filter = EnumCombo(UnitKind, _("All kinds"), self)
        self.kind_filter.setObjectName("kindFilter")
        self.overdue_check = QCheckBox(_("Overdue only"), self)
        self.test_due_check = QCheckBox(_("Due for a test"), self)
        self.add_filter(self.status_filter)
        self.add_filter(self.kind_filter)
        self.add_filter(self.overdue_check)
        self.add_filter(self.test_due_check)
        # Under the search: beside a chosen unit's pane at 1280 px the search kept 202 px for
        # its 295 px placeholder ("Sök kod, låntagare, fabrikat ell…").
        self.filters_below([self.overdue_check, self.test_due_check])
        self.detail = UnitDetail(ctx, self)
        # Its seven columns fit beside the pane (and the pane's history) at 1400 pixels.
        self.set_detail(self.detail, (5, 3))
        # Above the list and the pane: in the list's column at 1024 px, "Etikett" and "Historik"
        # went behind the tool bar's » once a unit was chosen.
        self.toolbar_across()
        self.current_changed.connect(self._show_unit)

    def _show_unit(self, row: UnitRow | None) -> None:
        self.detail.show_unit(row)
        if row is not None and self.detail_fit is not None:
            # At 1024 px the history's What column broke "Funktionste-stat": the pane takes the
            # room for its words from the list, which keeps its texts whole in the rest.
            self.detail_fit.set_minimum(self.detail.history_room(), HISTORY_MOST)

    def test_due(self, row: UnitRow) -> bool:
        return self.test_rule.is_due(row, self.today)

    def test_note(self, row: UnitRow) -> str | None:
        return self.test_rule.state(row, self.today)

    def load_rows(self) -> list[UnitRow]:
        # The rule read with each load, with the units: it may have changed in the settings.
        read = self.ctx.call(alarm_tests.units_with_test_rule)
        rows, self.test_rule, self.long_loan = read.rows, read.rule, read.long_loan
        self.detail.test_rule = read.rule
        self.today = clock.today()
        self._register_total = len(rows)
        chosen = alarms.filter_units(
            rows,
            status=self.status_filter.value(),
            kind=self.kind_filter.value(),
            search=self.search_text(),
        )
        return [
            r
            for r in chosen
            if (r.overdue or not self.overdue_check.isChecked())
            and (self.test_due(r) or not self.test_due_check.isChecked())
        ]

    def count_text(self, count: int) -> str:
        return ngettext("{count} unit", "{count} units", count).format(count=count)

    def register_total(self) -> int:
        # Read with the rows the filters narrow here: no second query.
        return self._register_total

    def narrowed_count_text(self, shown: int, total: int) -> str:
        return ngettext("{shown} of {count} unit", "{shown} of {count} units", total).format(
            shown=shown, count=total
        )
