"""A new group's type follows its name ("Platssamverkan Stureplan" is a place collaboration):
before, a coordinator who never opened the "Typ" box saved every group as a steering group, the
list's first type. A type chosen by hand is kept whatever the name says."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import GroupType
from samverkan_desktop.services.group_type_words import type_named_in
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from tests.ui.tables import row_texts
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog


def test_the_type_follows_the_name_until_chosen_by_hand(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, ctx, "groups", GroupsArea)
    seen: list[str] = []

    def place(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        type_text(qtbot, dialog.name_edit, "Platssamverkan Stureplan")
        seen.append(dialog.type_combo.currentText())
        click_button(qtbot, dialog, "Skapa grupp")

    def chosen(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        type_text(qtbot, dialog.type_combo, "Arbetsgrupp")  # picked by hand first
        type_text(qtbot, dialog.name_edit, "Nätverket för utrymningsledare")
        seen.append(dialog.type_combo.currentText())
        click_button(qtbot, dialog, "Skapa grupp")

    modals.answer(place)
    qtbot.keyClick(area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.answer(chosen)
    click_button(qtbot, area.page, "Ny grupp…")
    modals.check()
    assert seen == ["Platssamverkan", "Arbetsgrupp"]
    assert row_texts(area.page.table, "Platssamverkan Stureplan")["Typ"] == "Platssamverkan"
    assert row_texts(area.page.table, "Nätverket för utrymningsledare")["Typ"] == "Arbetsgrupp"


def test_the_papers_names_give_their_types() -> None:
    assert type_named_in("Lokal styrgrupp Östermalm") is GroupType.STYRGRUPP
    assert type_named_in("Trygghetsrådet Norrmalm") is GroupType.TRYGGHETSRAD
    assert type_named_in("Chefssamråd city") is GroupType.CHEFSAMRAD
    assert type_named_in("Nätverket för utrymningsledare") is GroupType.NATVERK
    assert type_named_in("Krisstödsgruppen") is None  # says no type: the box is left as it is
