"""Which groups a person is in shows on the people list (the name's tooltip): asked before a
role changes or someone leaves, and nowhere in Contacts before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.windows import show_window
from ui.contacts.area import ContactsArea
from ui.context import AppContext


def _tooltip(area: ContactsArea, name: str) -> str:
    model = area.people.table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data() == name:
            return str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
    raise AssertionError(name)


def test_a_persons_groups_are_in_the_names_tooltip(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = ContactsArea(demo_ctx)
    show_window(qtbot, area)
    area.refresh()
    oskar = _tooltip(area, "Oskar Lund")
    assert oskar.splitlines()[0] == "Oskar Lund"
    assert "Med i gruppen:\n• Trygghetsråd Östermalm" in oskar
    sara = _tooltip(area, "Sara Holm")
    assert "Med i 6 grupper:" in sara and "• Lokal beredningsgrupp Östermalm" in sara
    assert "Med i" not in _tooltip(area, "Kalle Nyberg")  # in no group
