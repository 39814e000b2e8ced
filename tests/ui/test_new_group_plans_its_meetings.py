"""A new group whose "Möts" text reads as a meeting rule gets its first meetings planned: after
saving it the rule dialog opens with that text (save it, or cancel and plan later). Before,
nothing was planned and the "Mötesregel" button was left to be found. The message after saving
a rule names only the counts that are not zero."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog
from ui.groups.rule_dialog import RuleDialog


def new_group(qtbot: QtBot, name: str, meets: str):  # type: ignore[no-untyped-def]
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        type_text(qtbot, dialog.name_edit, name)
        type_text(qtbot, dialog.type_combo, "Trygghetsråd")
        type_text(qtbot, dialog.frequency_edit, meets)
        click_button(qtbot, dialog, "Skapa grupp")

    return fill


def test_saving_a_new_group_opens_its_rule_read_from_meets(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, ctx, "groups", GroupsArea)
    seen: dict[str, str] = {}

    def save_rule(dialog: QWidget) -> None:
        assert isinstance(dialog, RuleDialog)
        seen["phrase"] = dialog.phrase.text()
        click_button(qtbot, dialog, "Spara")

    modals.answer(new_group(qtbot, "Trygghetsrådet", "1 gång/månad (ej juli)"), save_rule)
    qtbot.keyClick(area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert seen["phrase"] == "1 gång/månad (ej juli)"
    assert len(area.next_meetings.links) == 3  # planned, shown beside the new group
    notice = area.page.notice.label.text()
    assert notice.startswith("Mötesregeln för ”Trygghetsrådet” sparades. Möten: ")
    assert notice.endswith(" nya.")  # no "0 ändrade, 0 borttagna, 0 behållna"


def test_cancel_plans_nothing_and_a_text_that_is_no_rule_opens_nothing(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, ctx, "groups", GroupsArea)
    modals.answer(
        new_group(qtbot, "Trygghetsrådet", "1 gång/månad"),
        lambda dialog: click_button(qtbot, dialog, "Avbryt"),
    )
    qtbot.keyClick(area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert area.detail.title.text() == "Trygghetsrådet" and not area.next_meetings.links

    modals.answer(new_group(qtbot, "Nätverket", "vid behov"))  # no rule dialog after it
    click_button(qtbot, area.page, "Ny grupp…")
    modals.check()
    assert area.detail.title.text() == "Nätverket" and not area.next_meetings.links
