"""A record's "History" writes the times in its changes as its "When" column does ("09.00"): the
changes said "Åter senast: 2026-12-15 09:00" beside "2026-12-01 11.06". The command line keeps
its "09:00" in both (tests/core/test_audit_clock.py)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.demo_loans import home_loan_to_lena, in_days
from tests.ui.openers import alarms_area
from tests.ui.tables import click_row
from ui.context import AppContext
from ui.widgets.history import HistoryDialog


def test_a_loans_history_writes_its_times_with_the_swedish_clock(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    due = in_days(14, dt.time(9))
    home_loan_to_lena(demo_ctx, due)
    area = alarms_area(qtbot, demo_ctx)
    page = area.loans_page
    area.tabs.setCurrentWidget(page)
    click_row(qtbot, page.table, "LARM-13")
    seen: dict[str, object] = {}

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, HistoryDialog)
        model = dialog.entries.model()
        seen["when"] = model.index(0, 0).data()
        seen["changes"] = model.index(0, 3).data()
        seen["fields"] = dialog.field_texts()
        click_button(qtbot, dialog, "Stäng")

    modals.answer(read)
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    due_text = f"{due:%Y-%m-%d} 09.00"
    assert f"Åter senast: {due_text}" in str(seen["changes"])
    assert ("Åter senast", "", due_text) in seen["fields"]  # type: ignore[operator]
    # The loan's "Utlånat" is the entry's own moment: written as the "When" column writes it.
    clock = r"\d{4}-\d\d-\d\d \d\d\.\d\d"
    assert re.fullmatch(clock, str(seen["when"]))
    assert re.search(rf"Utlånat: {clock};", str(seen["changes"]))
    assert not re.search(r"\d\d:\d\d", str(seen["changes"]))
