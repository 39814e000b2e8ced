"""A walk's raised action is edited from the walk ("Ändra…" beside "Följ upp…"), in the form of
Åtgärder: a due date changed there shows in the walk's action line and in Åtgärder. A save after
another desk changed the action is refused naming what they changed, as "Följ upp…" does."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.formatting import date_with_week
from samverkan_desktop.services import action_reading, actions
from tests.ui.answers import another_desk, cancel_typed
from tests.ui.clicks import click_button, type_date
from tests.ui.conftest import ModalDriver
from tests.ui.record_tabs import walk_tab
from tests.ui.tables import row_texts
from tests.ui.test_form_reload_more_forms import LOAD, REFUSED
from ui.actions.action_dialog import ActionDialog
from ui.actions.area import ActionsArea
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks.observations_tab import ObservationsTab
from ui.widgets.kept_together import NO_BREAK

NEW_DUE = dt.date(2031, 3, 14)


def _walk_action(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, ObservationsTab, int]:
    """The walk's observations, its first open action chosen by clicks."""
    view = walk_tab(qtbot, ctx, "observations_tab")
    window = view.window()
    assert isinstance(window, MainWindow)
    tab = view.observations_tab
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
    qtbot.mouseClick(
        items.viewport(),
        Qt.MouseButton.LeftButton,
        pos=items.visualItemRect(items.item(index)).center(),
    )
    chosen = tab.chosen_action()
    assert chosen is not None
    return window, tab, chosen.id


def _edit(
    qtbot: QtBot, modals: ModalDriver, tab: ObservationsTab, answer: Callable[[ActionDialog], None]
) -> None:
    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        answer(dialog)

    modals.answer(edit)
    click_button(qtbot, tab, "Ändra…")
    modals.check()


def test_the_due_date_changed_from_the_walk_shows_in_the_walk_and_in_actions(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, tab, action_id = _walk_action(qtbot, demo_ctx)
    title = demo_ctx.call(action_reading.get_action, action_id).title

    def new_due(dialog: ActionDialog) -> None:
        assert dialog.what.text() == title
        type_date(qtbot, dialog.due, NEW_DUE)
        click_button(qtbot, dialog, "Spara")
        assert not dialog.isVisible()

    _edit(qtbot, modals, tab, new_due)
    shown = date_with_week(NEW_DUE).replace(" ", NO_BREAK)
    lines = [tab.actions_list.item(i).text() for i in range(tab.actions_list.count())]
    assert any(line.startswith(title) and f"· {shown} ·" in line for line in lines), lines

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.navigate("actions", action_id)
    area = window.area("actions")
    assert isinstance(area, ActionsArea)
    assert row_texts(area.table, title)["Klart senast"] == date_with_week(NEW_DUE)


def test_a_save_after_another_desk_changed_the_action_is_refused_and_named(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, tab, action_id = _walk_action(qtbot, demo_ctx)
    seen: dict[str, object] = {}

    def refused(dialog: ActionDialog) -> None:
        type_date(qtbot, dialog.due, NEW_DUE)
        with another_desk(demo_ctx.db.url) as desk:
            row = desk.call(action_reading.get_action, action_id)
            retitled = dataclasses.replace(
                actions.input_of(row, row.version), title="Byt armaturerna längs mittstråket"
            )
            desk.call(actions.update_action, action_id, retitled)
        click_button(qtbot, dialog, "Spara")
        seen["open"] = dialog.isVisible()
        seen["refusal"] = dialog.general_error.text()
        cancel_typed(qtbot, dialog)

    _edit(qtbot, modals, tab, refused)
    assert seen == {"open": True, "refusal": REFUSED.format(fields="vad som ska göras") + LOAD}
    stored = demo_ctx.call(action_reading.get_action, action_id)
    assert stored.due_on != NEW_DUE  # theirs not written over
