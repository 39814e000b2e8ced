"""A walk's action lines write the due date as the Actions list does, with its week:
"2027-01-04 (v. 1)", never broken inside; they said "2027-01-04" alone (tab "Iakttagelser och
åtgärder", and the follow-up's lists, which share the lines)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.walk_photos import observations_tab
from ui.context import AppContext


def test_an_action_s_due_date_says_its_week(qtbot: QtBot, demo_ctx: AppContext) -> None:
    tab = observations_tab(qtbot, demo_ctx)
    table = tab.table
    row = next(i for i, r in enumerate(table.rows()) if "belysningsstolpar" in r.description)
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.proxy.index(row, 0)).center(),
    )
    lines = [tab.actions_list.item(i) for i in range(tab.actions_list.count())]
    assert len(lines) == 2
    for line in lines:
        due = line.data(Qt.ItemDataRole.UserRole).due_on
        week = due.isocalendar()[1]
        # held together ("\u00a0"): a wrapped line broke it as "(v." / "53)"
        assert f" · {due.isoformat()}\u00a0(v.\u00a0{week}) · " in line.text()
