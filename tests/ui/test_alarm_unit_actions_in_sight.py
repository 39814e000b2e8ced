"""Larm → Larm with a unit chosen, in the program's own style at 1024 × 768 and 1280 × 800:
every action on the unit is a button in sight, none behind the tool bar's » ("Etikett" and
"Historik" were, at 1024 px, once the unit's pane took its room), each with its keys."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from tests.ui.own_style import LookAt
from tests.ui.tables import click_row
from tests.ui.windows import keep_shot, settle
from ui.alarms.area import AlarmsArea
from ui.main_window import MainWindow
from ui.widgets.toolbar_keys import EXTENSION

BUTTONS = [
    "Nytt larm",
    "Redigera",
    "Låna ut",
    "Ta tillbaka",
    "Service",
    "Kassera",
    "Etikett",
    "Historik",
]
KEYS = {"Nytt larm": "Ctrl+N", "Låna ut": "Ctrl+L", "Ta tillbaka": "Ctrl+T", "Historik": "Ctrl+H"}


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)], ids=["1024", "1280"])
def test_every_unit_action_in_sight_beside_a_chosen_unit(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    def look(window: MainWindow) -> tuple[list[str], bool, dict[str, str]]:
        window.navigate("alarms")
        area = window.area("alarms")
        assert isinstance(area, AlarmsArea)
        page = area.units_page
        settle(qtbot)
        click_row(qtbot, page.table, "LARM-07")  # on loan: "Ta tillbaka" too
        settle(qtbot)
        qtbot.wait(50)  # layout requests are posted
        keep_shot(window, f"alarm-unit-actions-{size[0]}")
        toolbar = page.toolbar
        shown = []
        keys = {}
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            text = action.text().replace("…", "").replace("&", "")
            if isinstance(button, QToolButton) and button.isVisibleTo(window):
                shown.append(text)
            keys[text] = action.shortcut().toString()
        extension = toolbar.findChild(QToolButton, EXTENSION)
        hidden_behind = extension is not None and extension.isVisibleTo(window)
        return shown, hidden_behind, keys

    shown, hidden_behind, keys = look_at_demo(size, look)
    assert shown == BUTTONS
    assert not hidden_behind
    assert {text: keys[text] for text in KEYS} == KEYS
