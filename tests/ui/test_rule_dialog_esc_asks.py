"""A meeting rule changed in its dialog ("1 gång/månad, ej juli" read, a month ticked) is not
thrown away by one stray Esc or "Avbryt": "Stänga utan att spara?" asks first, with keeping on
writing the default, as every form does. Before, Esc closed the dialog at once and the new
rule was lost without a word. A dialog left as it opened still closes at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import meeting_rules
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import read_rule, rule_dialog
from tests.ui.test_form_discard import _press
from tests.ui.test_rule_dialog import GROUP, group_id
from ui.context import AppContext

__all__ = ["group_id"]  # the fixture, used by name


def test_esc_after_a_rule_is_read_asks_and_keeps_it_unless_told(
    qtbot: QtBot, demo_ctx: AppContext, group_id: int, modals: ModalDriver
) -> None:
    dialog = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    read_rule(qtbot, dialog, "1 gång/månad, ej juli")
    qtbot.waitUntil(lambda: "utom juli" in dialog.read_back_text())
    read_back = dialog.read_back_text()

    modals.answer(_press("Fortsätt skriva"))
    qtbot.keyClick(dialog.phrase, Qt.Key.Key_Escape)
    modals.check()
    assert dialog.isVisible() and dialog.phrase.text() == "1 gång/månad, ej juli"
    assert dialog.read_back_text() == read_back

    modals.answer(_press("Stäng utan att spara"))
    click_button(qtbot, dialog, "Avbryt")
    modals.check()
    assert not dialog.isVisible()
    assert demo_ctx.call(meeting_rules.get_rule, group_id) is None  # nothing saved


def test_a_month_ticked_by_hand_asks_too(
    qtbot: QtBot, demo_ctx: AppContext, group_id: int, modals: ModalDriver
) -> None:
    dialog = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    dialog.fields.month_mode.setCurrentIndex(4)  # "Alla månader utom de valda"
    july = dialog.fields.months[6]
    qtbot.mouseClick(july, Qt.MouseButton.LeftButton)
    assert july.isChecked()
    modals.answer(_press("Fortsätt skriva"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    modals.check()
    assert dialog.isVisible()


def test_a_rule_dialog_left_as_opened_closes_at_once(
    qtbot: QtBot, demo_ctx: AppContext, group_id: int, modals: ModalDriver
) -> None:
    dialog = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    qtbot.keyClick(dialog.phrase, Qt.Key.Key_Escape)
    modals.check()  # no question
    assert not dialog.isVisible()
