"""A walk's Planering: Delete in the route removes the stop chosen there, asking first as its
"Ta bort" does (the participants' Delete already removed theirs); the button's tooltip names the
key and Hjälp → Kortkommandon lists it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.list_choice import click_item, item_texts
from tests.ui.menus import menu_of
from tests.ui.record_tabs import walk_plan
from tests.ui.test_shortcuts_dialog import _rows
from tests.ui.windows import settle
from ui import key_guide
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.shortcuts_dialog import ShortcutsDialog


def test_delete_in_the_route_asks_then_removes_the_stop_chosen(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    plan = walk_plan(qtbot, demo_ctx, "Provstopp Norr", "Provstopp Syd")
    stops = plan.stops
    shown = item_texts(stops)
    north = next(row for row, text in enumerate(shown) if "Provstopp Norr" in text)
    click_item(qtbot, stops, north)
    asked: list[str] = []

    def answer(button: str):  # type: ignore[no-untyped-def]
        def handler(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            asked.append(box.text())
            click_button(qtbot, box, button)

        return handler

    # Asked first; Avbryt keeps the stop.
    modals.answer(answer("Avbryt"))
    qtbot.keyClick(stops, Qt.Key.Key_Delete)
    settle(qtbot)
    modals.check()
    assert asked == ["Ta bort ”Provstopp Norr” från rutten?"]
    assert item_texts(stops) == shown

    modals.answer(answer("Ta bort"))
    qtbot.keyClick(stops, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(item_texts(stops)) == len(shown) - 1)
    modals.check()
    assert not any("Provstopp Norr" in text for text in item_texts(stops))
    assert any("Provstopp Syd" in text for text in item_texts(stops))
    assert plan.isVisible()  # the walk's own Delete ("Ta bort vandringen…") was not reached

    keys = key_guide.WALK_STOP_REMOVE.label()
    assert plan.remove_stop_button.toolTip() == f"Ta bort stoppet från rutten ({keys})"

    listed: list[tuple[str, str, str]] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        listed.extend(row for row in _rows(dialog) if row[0] == "Trygghetsvandringar")
        dialog.accept()

    modals.answer(read)
    window = plan.window()
    assert isinstance(window, MainWindow)
    help_menu = menu_of(window, -1)
    next(a for a in help_menu.actions() if a.text() == "&Kortkommandon").trigger()
    modals.check()
    assert (
        "Trygghetsvandringar",
        "Ta bort det markerade stoppet, efter en fråga (i en vandrings rutt)",
        keys,
    ) in listed
