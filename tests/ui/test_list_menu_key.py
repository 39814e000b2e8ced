"""The context-menu key (or Shift+F10) in a list offers the chosen row's menu: Larm, LARM-05
chosen with the keys, the key's "Låna ut…" lends LARM-05 (it chose and lent LARM-06, the row
below, one header's height lower)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from ui.alarms.area import AlarmsArea
from ui.context import AppContext
from ui.widgets.record_table import RecordTable


def press_menu_key(qtbot: QtBot, table: RecordTable, choose: str) -> list[str]:
    """The menu key pressed in ``table``, as Qt's window sends it (offscreen sends none): at
    the chosen row's input-method cursor, in the table's coordinates. The entry ``choose`` of
    the menu that pops up is chosen; the menu's entries."""
    offered: list[str] = []

    def poll() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu) and not offered:
            offered.extend(a.text() for a in menu.actions())
            next(a for a in menu.actions() if a.text() == choose).trigger()
            menu.close()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    at = table.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).center()
    reason = QContextMenuEvent.Reason.Keyboard
    QApplication.sendEvent(table, QContextMenuEvent(reason, at, table.mapToGlobal(at)))
    qtbot.waitUntil(lambda: bool(offered))
    timer.stop()
    return offered


def test_the_menu_key_acts_on_the_chosen_unit(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea)
    table = area.units_page.table
    click_row(qtbot, table, "LARM-04")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # LARM-05, chosen with the keys
    titles: list[str] = []

    def lend(dialog: QWidget) -> None:
        titles.append(dialog.windowTitle())
        dialog.close()

    modals.answer(lend)
    assert "Låna ut…" in press_menu_key(qtbot, table, "Låna ut…")
    modals.check()
    assert titles == ["Låna ut LARM-05"]
