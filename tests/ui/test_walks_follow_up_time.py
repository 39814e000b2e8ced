"""Planning the follow-up walk shows the time it will start: the field was empty under "t.ex.
18:30" (a colon the program writes nowhere else), while an empty field quietly kept the earlier
walk's time, so the coordinator could not see that the follow-up would start at 19.30."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_reading
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.demo_walks import tessinparken
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.walks.area import WalksArea
from ui.walks.route_dialogs import FollowUpDialog


def test_the_follow_up_walk_dialog_shows_the_earlier_walks_time(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = show_window(qtbot, WalksArea(demo_ctx), 1280, 800)
    earlier = tessinparken(demo_ctx)
    area.open_walk(earlier)
    view = area.view
    assert view.next_button.text() == "Planera uppföljande vandring…"
    seen: list[tuple[str, str]] = []

    def plan(dialog: QWidget) -> None:
        assert isinstance(dialog, FollowUpDialog)
        seen.append((dialog.time.text(), dialog.time.placeholderText()))
        click_button(qtbot, dialog, "Planera")

    modals.answer(plan)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    modals.check()
    assert seen == [("19.30", "t.ex. 18.30")]
    # The follow-up walk is opened, starting at the time the field showed.
    follow_up = demo_ctx.call(walk_reading.get_walk, earlier).follow_ups[-1]
    qtbot.waitUntil(lambda: view.walk is not None and view.walk.id == follow_up.id)
    assert "kl.\u00a019.30" in view.subtitle.text()  # "kl." held to its time
