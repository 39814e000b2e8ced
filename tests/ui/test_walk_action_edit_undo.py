"""A walk's action edited from the walk ("Ändra…") offers "Ångra" as an edit in Åtgärder does:
the notice under the tab takes the change back. After another desk changed the action since, the
undo is refused naming what they changed, and theirs stays. The walk's "Ändra…" had no undo."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ActionStatus
from samverkan_desktop.services import action_reading, actions
from tests.ui.answers import acknowledge, another_desk
from tests.ui.clicks import click_button, type_date
from tests.ui.conftest import ModalDriver
from tests.ui.test_walk_action_edit import NEW_DUE, _edit, _walk_action
from ui.actions.action_dialog import ActionDialog
from ui.context import AppContext
from ui.walks.observations_tab import ObservationsTab


def _new_due(qtbot: QtBot) -> object:
    def answer(dialog: ActionDialog) -> None:
        type_date(qtbot, dialog.due, NEW_DUE)
        click_button(qtbot, dialog, "Spara")
        assert not dialog.isVisible()

    return answer


def _undo_button(tab: ObservationsTab):  # type: ignore[no-untyped-def]
    """The notice's "Ångra" under the tab, as a user sees it."""
    shown = [b for b in tab.findChildren(type(tab.raise_button)) if b.text() == "Ångra"]
    visible = [b for b in shown if b.isVisible()]
    assert len(visible) == 1, [b.isVisible() for b in shown]
    return visible[0]


def test_undo_takes_the_walks_action_edit_back(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, tab, action_id = _walk_action(qtbot, demo_ctx)
    before = demo_ctx.call(action_reading.get_action, action_id)
    _edit(qtbot, modals, tab, _new_due(qtbot))  # type: ignore[arg-type]
    assert demo_ctx.call(action_reading.get_action, action_id).due_on == NEW_DUE
    chosen = tab.chosen_action()  # still chosen, its buttons ready for the next step
    assert chosen is not None and chosen.id == action_id
    assert tab.edit_action_button.isEnabled() and tab.follow_button.isEnabled()

    qtbot.mouseClick(_undo_button(tab), Qt.MouseButton.LeftButton)
    after = demo_ctx.call(action_reading.get_action, action_id)
    assert after.due_on == before.due_on
    lines = [tab.actions_list.item(i).text() for i in range(tab.actions_list.count())]
    assert not any(str(NEW_DUE.year) in line for line in lines), lines


def test_undo_after_another_desk_changed_the_action_is_refused_naming_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, tab, action_id = _walk_action(qtbot, demo_ctx)
    _edit(qtbot, modals, tab, _new_due(qtbot))  # type: ignore[arg-type]
    with another_desk(demo_ctx.db.url) as desk:
        row = desk.call(action_reading.get_action, action_id)
        desk.call(
            actions.update_action,
            action_id,
            dataclasses.replace(actions.input_of(row, row.version), due_on=dt.date(2032, 1, 9)),
        )
        desk.call(actions.set_action_status, action_id, ActionStatus.DONE)

    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    qtbot.mouseClick(_undo_button(tab), Qt.MouseButton.LeftButton)
    modals.check()
    title = demo_ctx.call(action_reading.get_action, action_id).title
    assert seen == [
        f"”{title}” ändrades vid en annan dator efter din ändring (Klart senast, Status och "
        "anteckningarna), så din ändring tas inte tillbaka. Deras ändring visas."
    ]
    stored = demo_ctx.call(action_reading.get_action, action_id)
    assert (stored.due_on, stored.status) == (dt.date(2032, 1, 9), ActionStatus.DONE)
