"""Tab in a form visits the fields as they are read, each column top to bottom, a row's
fields left to right, then the buttons, and comes back to the first field: Ny grupp, Nytt
möte, Ny åtgärd, Låna ut, Ny övning, Planera en vandring."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button, click_tab
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window, calendar_window
from tests.ui.tab_chain import names, out_of_order, tab_chain
from tests.ui.tables import click_row
from tests.ui.windows import settle
from ui.actions.area import ActionsArea
from ui.alarms.area import AlarmsArea
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.groups.area import GroupsArea
from ui.walks.area import WalksArea
from ui.widgets.form_dialog import FormDialog


def _new_group(qtbot: QtBot, ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, ctx, "groups", GroupsArea)
    click_button(qtbot, area, "Ny grupp…")


def _new_meeting(qtbot: QtBot, ctx: AppContext) -> None:
    _window, area = calendar_window(qtbot, ctx)
    click_button(qtbot, area, "Nytt möte…")


def _new_action(qtbot: QtBot, ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, ctx, "actions", ActionsArea)
    click_button(qtbot, area, "Ny åtgärd…")


def _lend(qtbot: QtBot, ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, ctx, "alarms", AlarmsArea)
    click_row(qtbot, area.units_page.table, "LARM-03")
    click_button(qtbot, area.units_page.toolbar, "Låna ut…")


def _new_exercise(qtbot: QtBot, ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, ctx, "crisis", CrisisArea)
    click_tab(qtbot, area.tabs, area.exercises_stack)
    click_button(qtbot, area.exercises_page, "Ny övning…")


def _new_walk(qtbot: QtBot, ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, ctx, "walks", WalksArea)
    click_button(qtbot, area, "Planera en vandring…")


FORMS: dict[str, Callable[[QtBot, AppContext], None]] = {
    "Ny grupp": _new_group,
    "Nytt möte": _new_meeting,
    "Ny åtgärd": _new_action,
    "Låna ut": _lend,
    "Ny övning": _new_exercise,
    "Planera en vandring": _new_walk,
}


@pytest.mark.parametrize("form", list(FORMS))
def test_tab_follows_the_form(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, form: str
) -> None:
    walked: list[list[str]] = []
    wrong: list[str] = []
    ends: list[bool] = []  # whether Tab ends on the buttons, as shown left to right

    def walk(dialog: QWidget) -> None:
        assert isinstance(dialog, FormDialog)
        settle(qtbot)
        chain = tab_chain(qtbot, dialog)
        walked.append(names(dialog, chain))
        wrong.extend(out_of_order(dialog, chain))
        buttons = [b for b in dialog.buttons.buttons() if b.isVisible()]
        shown = sorted(buttons, key=lambda b: b.x())
        ends.append(chain[-len(shown) :] == shown)
        dialog.discard()

    modals.answer(walk)
    FORMS[form](qtbot, demo_ctx)
    modals.check()
    (chain,) = walked
    assert not wrong, f"{form}: Tab goes {wrong} in {chain}"
    assert ends == [True], f"{form}: Tab does not end on the buttons: {chain}"
    assert len(chain) >= 4, chain  # the fields, not only the buttons
