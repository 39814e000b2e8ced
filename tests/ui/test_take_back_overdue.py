"""Larm's "Ta tillbaka…" (Ctrl+T on Larm → Larm and Larm → Lån) says since when the unit is out
and, for a late loan, that it is late and since when, as the Overview says it, in the warning
colour: "LARM-07 är utlånat till David Karlsson sedan 2026-12-04 08.40 · försenat sedan
2026-12-04 17.00." It said "LARM-07 är utlånat till David Karlsson." for a late loan alike.
A loan due later says when, as the Overview does, a day ahead with its week: "LARM-14 är
utlånat till Fatima Yousef sedan 2026-12-01 15.30 · ska tillbaka 2026-12-22 (v. 52) kl. 17.00."
(it stopped at "sedan 2026-12-01 15.30."). At 900 × 700 and 1024 × 768 the lateness and the
due time each start a line whole ("försenat sedan", "ska tillbaka" never end one)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.formatting import date_with_week, display_datetime, local
from samverkan_desktop.services import alarm_history
from samverkan_desktop.services.alarm_history import LoanFilter, LoanRow
from tests.ui.clicks import click_button, click_tab
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from tests.ui.text_fit import plain, wrapped_lines
from tests.ui.windows import settle
from ui.alarms.area import AlarmsArea
from ui.alarms.return_dialog import ReturnDialog
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.widgets.table_model import WARNING_COLOUR


def _open_loan(ctx: AppContext, code: str) -> LoanRow:
    rows = ctx.call(alarm_history.list_loans, LoanFilter(open_only=True))
    return next(row for row in rows if row.unit_code == code)


def _said(
    qtbot: QtBot, modals: ModalDriver, window: MainWindow, table: QTableView, code: str
) -> tuple[str, list[str], bool]:
    """What the take-back form of ``code`` says (its lines as wrapped, and whether in the
    warning colour), opened with Ctrl+T on ``table`` and cancelled."""
    said: list[tuple[str, list[str], bool]] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, ReturnDialog)
        label = dialog.about_label
        colour = label.palette().color(QPalette.ColorRole.WindowText)
        said.append((plain(label.text()), wrapped_lines(label), colour == WARNING_COLOUR))
        click_button(qtbot, dialog, "Avbryt")

    click_row(qtbot, table, code)
    settle(qtbot)
    modals.answer(read)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(said) == 1)
    return said[0]


@pytest.mark.parametrize("size", [(900, 700), (1024, 768)])
def test_take_back_names_a_late_loan_and_since_when(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, size: tuple[int, int]
) -> None:
    late, later = _open_loan(demo_ctx, "LARM-07"), _open_loan(demo_ctx, "LARM-14")
    assert late.overdue and not later.overdue  # the demo's late loan, and a home loan
    window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, *size)
    units = area.units_page.table
    qtbot.waitUntil(lambda: units.isVisible() and units.model().rowCount() > 0)

    text, lines, warned = _said(qtbot, modals, window, units, "LARM-07")
    lateness = f"försenat sedan {display_datetime(late.due_at)}"
    assert text == (
        f"LARM-07 är utlånat till David Karlsson sedan {display_datetime(late.out_at)}"
        f" · {lateness}."
    )
    assert warned
    assert len(lines) == 1 or any(line.startswith(lateness) for line in lines), lines
    assert not any(line.startswith("·") for line in lines), lines

    loans = area.loans_page
    click_tab(qtbot, area.tabs, loans)
    qtbot.waitUntil(lambda: loans.table.isVisible() and loans.table.model().rowCount() > 0)
    assert _said(qtbot, modals, window, loans.table, "LARM-07")[0] == text  # the same on Lån

    text, lines, warned = _said(qtbot, modals, window, loans.table, "LARM-14")
    due = local(later.due_at)
    assert due.date() > local(clock.utcnow()).date()  # a home loan, due weeks ahead
    when = f"ska tillbaka {date_with_week(due.date())} kl. {due:%H.%M}"
    assert text == (
        f"LARM-14 är utlånat till Fatima Yousef sedan {display_datetime(later.out_at)} · {when}."
    )
    assert "försenat" not in text and not warned
    assert len(lines) == 1 or any(line.startswith(when) for line in lines), lines
    assert not any(line.startswith("·") for line in lines), lines
