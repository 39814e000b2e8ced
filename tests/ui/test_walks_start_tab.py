"""An opened walk starts on the tab of its step: a follow-up planned from a held walk opened on
the tab the held walk was shown on (its follow-up), and a newly planned walk on the greyed
"Sammanfattning och avslutande möte" when that tab was last used; the same walk shown again
after a change stays where the coordinator is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import WalkStatus
from samverkan_desktop.services import walk_reading
from tests.ui.clicks import click_tab
from tests.ui.conftest import ModalDriver
from tests.ui.demo_walks import tessinparken
from tests.ui.openers import area_alone
from ui.context import AppContext
from ui.walks.area import WalksArea
from ui.walks.route_dialogs import FollowUpDialog


def _plan(dialog: QWidget) -> None:
    assert isinstance(dialog, FollowUpDialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_follow_up_opens_on_its_planning(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    held = tessinparken(demo_ctx)
    area = area_alone(qtbot, WalksArea(demo_ctx), 1280, 800)
    area.open_walk(held)
    view = area.view
    assert view.tabs.currentWidget() is view.followup_tab  # held: its follow-up is next
    click_tab(qtbot, view.tabs, view.closing_tab)
    demo_ctx.bus.announce("walks")  # shown again after a change: stays on the tab clicked
    assert view.tabs.currentWidget() is view.closing_tab

    modals.answer(_plan)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)  # Planera uppföljande …
    modals.check()
    assert view.walk is not None and view.walk.id != held
    assert demo_ctx.call(walk_reading.get_walk, view.walk.id).status is WalkStatus.PLANNING
    assert view.tabs.currentWidget() is view.plan_tab
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Planering"
