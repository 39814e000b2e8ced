"""The walk's "Följ upp…" of an action another desk changed meanwhile: the save is refused naming
what changed, the note typed stays, F5 loads theirs and the next save keeps both. Before, the
action another desk had closed was silently reopened and its changes written over."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ActionStatus
from samverkan_desktop.services import action_reading, action_rows, actions
from tests.ui.answers import another_desk
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.demo_walks import tessinparken
from tests.ui.test_form_reload_more_forms import LOAD, LOADED, REFUSED
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.walks.area import WalksArea
from ui.walks.observation_dialogs import ActionFollowUpDialog

NOTE = "Beställt, klart v. 12"


def _follow_up(
    qtbot: QtBot,
    modals: ModalDriver,
    ctx: AppContext,
    hers: Callable[[ActionFollowUpDialog], None],
    theirs: Callable[[int], None],
) -> tuple[int, dict[str, object]]:
    """Open the walk's first open action with "Följ upp…", type ``hers``, let another desk save
    ``theirs``, save, press F5 and save again: what the form showed at each step."""
    area = show_window(qtbot, WalksArea(ctx), 1280, 800)
    area.open_walk(tessinparken(ctx))
    tab = area.view.observations_tab
    area.view.tabs.setCurrentWidget(tab)
    table = tab.table
    row = next(i for i, r in enumerate(table.rows()) if "belysningsstolpar" in r.description)
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.proxy.index(row, 0)).center(),
    )
    items = tab.actions_list
    index = next(
        i
        for i in range(items.count())
        if not items.item(i).data(Qt.ItemDataRole.UserRole).is_closed
    )
    action_id = items.item(index).data(Qt.ItemDataRole.UserRole).id
    qtbot.mouseClick(
        items.viewport(),
        Qt.MouseButton.LeftButton,
        pos=items.visualItemRect(items.item(index)).center(),
    )
    seen: dict[str, object] = {}

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionFollowUpDialog)
        hers(dialog)
        theirs(action_id)
        click_button(qtbot, dialog, "Spara")
        seen["open"] = dialog.isVisible()
        seen["refusal"] = dialog.general_error.text()
        seen["kept"] = (dialog.status.currentText(), dialog.note.toPlainText())
        seen["stored"] = ctx.call(action_reading.get_action, action_id)
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_F5)
        seen["loaded"] = dialog.general_error.text()
        seen["fields"] = (dialog.about.text(), dialog.status.currentText(), NOTE)
        seen["note"] = dialog.note.toPlainText()
        seen["status_error"] = dialog.error_text("status")
        click_button(qtbot, dialog, "Spara")
        seen["closed"] = not dialog.isVisible()

    modals.answer(edit)
    qtbot.mouseClick(tab.follow_button, Qt.MouseButton.LeftButton)
    modals.check()
    return action_id, seen


def _closed_elsewhere(ctx: AppContext) -> Callable[[int], None]:
    def close(action_id: int) -> None:
        with another_desk(ctx.db.url) as desk:
            desk.call(actions.set_action_status, action_id, ActionStatus.DONE)

    return close


def test_a_note_on_an_action_closed_at_another_desk_does_not_reopen_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    def hers(dialog: ActionFollowUpDialog) -> None:
        type_text(qtbot, dialog.note, NOTE)

    action_id, seen = _follow_up(qtbot, modals, demo_ctx, hers, _closed_elsewhere(demo_ctx))
    assert seen["open"] is True
    assert seen["refusal"] == REFUSED.format(fields="status") + LOAD
    assert seen["kept"] == ("Pågår", NOTE)
    stored = seen["stored"]
    assert isinstance(stored, action_rows.ActionRow)
    assert stored.status is ActionStatus.DONE and NOTE not in [n.text for n in stored.notes]
    assert seen["loaded"] == LOADED.format(theirs="status", hers="anteckning")
    assert seen["note"] == NOTE and seen["closed"] is True
    after = demo_ctx.call(action_reading.get_action, action_id)
    assert after.status is ActionStatus.DONE  # theirs, not reopened
    assert after.notes[-1].text == NOTE


def test_both_changed_the_status_theirs_is_named_under_hers(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    def hers(dialog: ActionFollowUpDialog) -> None:
        dialog.status.setFocus()
        qtbot.keyClick(dialog.status, Qt.Key.Key_Up)  # "Tillfrågad", before "Pågår"
        type_text(qtbot, dialog.note, NOTE)

    action_id, seen = _follow_up(qtbot, modals, demo_ctx, hers, _closed_elsewhere(demo_ctx))
    assert seen["kept"] == ("Tillfrågad", NOTE)
    assert seen["status_error"] == (
        "Den andra sparade: ”Klar”. Din text står kvar här – spara för att ersätta den."
    )
    assert seen["closed"] is True
    after = demo_ctx.call(action_reading.get_action, action_id)
    assert after.status is ActionStatus.REQUESTED and after.notes[-1].text == NOTE


def test_what_is_to_be_done_changed_at_another_desk_is_named_and_loaded(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    def hers(dialog: ActionFollowUpDialog) -> None:
        type_text(qtbot, dialog.note, NOTE)

    def retitle(action_id: int) -> None:
        with another_desk(demo_ctx.db.url) as desk:
            row = desk.call(action_reading.get_action, action_id)
            data = dataclasses.replace(
                actions.input_of(row, row.version), title="Byt armaturerna längs mittstråket"
            )
            desk.call(actions.update_action, action_id, data)

    action_id, seen = _follow_up(qtbot, modals, demo_ctx, hers, retitle)
    assert seen["refusal"] == REFUSED.format(fields="åtgärd") + LOAD
    assert seen["loaded"] == LOADED.format(theirs="åtgärd", hers="anteckning")
    about = seen["fields"]
    assert isinstance(about, tuple)
    assert str(about[0]).startswith("Byt armaturerna längs mittstråket — Trafikkontoret")
    after = demo_ctx.call(action_reading.get_action, action_id)
    assert after.title == "Byt armaturerna längs mittstråket"
    assert after.notes[-1].text == NOTE
