"""Another group chosen in the list shows its details from the top: the pane kept where the
last group was scrolled to, and the next one opened with its "Syfte" heading and the first lines
of its purpose out of sight, as if cut. The same group shown again after a save stays where the
user was reading."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from tests.ui.pane_scroll import in_sight, scroll_to_the_foot
from tests.ui.tables import click_row
from tests.ui.windows import settle
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog

LONG = "Lokal beredningsgrupp Östermalm"  # scrolls at 1024 × 768
OTHER = "Arbetsgrupp särskilt utsatta brottsoffer"


def test_another_group_shows_its_purpose_from_the_top(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, 1024, 768)
    click_row(qtbot, area.page.table, LONG)
    settle(qtbot)
    scroll_to_the_foot(qtbot, area.detail)
    heading, purpose = area.detail._texts["purpose"]
    viewport = area.detail._scroll.viewport()
    assert not in_sight(heading, area.detail)

    click_row(qtbot, area.page.table, OTHER)
    settle(qtbot)
    assert area.detail.title.text() == OTHER
    assert purpose.text().startswith("Identifiera lokala behov")
    assert in_sight(heading, area.detail), "the purpose's heading is scrolled out of sight"
    assert purpose.mapTo(viewport, QPoint(0, 0)).y() >= 0, "the purpose's first line is cut"


def test_the_same_group_saved_stays_where_the_user_was_reading(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, 1024, 768)
    click_row(qtbot, area.page.table, LONG)
    settle(qtbot)
    kept = scroll_to_the_foot(qtbot, area.detail)
    bar = area.detail._scroll.verticalScrollBar()

    def save(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        click_button(qtbot, dialog, "Spara")

    modals.answer(save)
    area.group_actions.edit_action.trigger()
    settle(qtbot)
    assert area.detail.title.text() == LONG
    assert bar.value() == kept
