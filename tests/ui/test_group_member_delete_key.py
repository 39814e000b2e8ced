"""Delete with a member selected removes that member (asked first), not the whole group: the
key reached the page's "Ta bort…" of the group, which asked to delete or end it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window, group_members
from tests.ui.tables import click_row, column_texts
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.leave_dialog import LeaveGroupDialog

PLACE = "Platssamverkan Stureplan/Östermalmstorg"


def test_delete_in_the_members_asks_to_remove_the_member(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea)
    group_members(qtbot, area, PLACE)  # the Medlemmar tab shown: the list clicked in is seen
    click_row(qtbot, area.detail.members, "Jonas Björk")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    asked: list[str] = []

    def remove(box: QWidget) -> None:
        assert isinstance(box, LeaveGroupDialog)  # the question, and the last day (today)
        question = next(t for t in (lb.text() for lb in box.findChildren(QLabel)) if t)
        asked.append(f"{box.windowTitle()}: {question}")
        click_button(qtbot, box, "Ta bort")

    modals.answer(remove)
    qtbot.keyClick(area.detail.members, Qt.Key.Key_Delete)
    modals.check()
    assert asked == [
        "Ta bort medlem: Ta bort Jonas Björk från ”Platssamverkan Stureplan/Östermalmstorg”? "
        "Personen finns kvar i kontaktregistret."
    ]
    assert "Jonas Björk" not in column_texts(area.detail.members, "Namn")
    assert PLACE in column_texts(area.page.table, "Namn")
    # In the group list the key still deletes the group (asked first).
    modals.answer(lambda box: click_button(qtbot, box, "Avbryt"))
    click_row(qtbot, area.page.table, PLACE)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(area.page.table, Qt.Key.Key_Delete)
    modals.check()
    assert modals.seen[-1].startswith("Ta bort grupp:")


def test_delete_with_no_member_chosen_does_nothing(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """Delete pressed with no member chosen (the one chosen in place of the member removed
    unchosen by a Ctrl+click) leaves the group be, as in a session's attendees: it asked
    whether to delete or end the whole group."""
    window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea)
    group_members(qtbot, area, PLACE)
    members = area.detail.members
    click_row(qtbot, members, "Jonas Björk")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert members.hasFocus()
    modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))
    qtbot.keyClick(members, Qt.Key.Key_Delete)
    modals.check()
    assert "Jonas Björk" not in column_texts(members, "Namn")
    qtbot.waitUntil(members.hasFocus)  # the keyboard back in the list (window activated)
    following = members.current_row()
    assert following is not None  # the member in Jonas Björk's place
    rect = members.visualRect(members.currentIndex())
    qtbot.mouseClick(
        members.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        rect.center(),
    )
    assert members.current_row() is None
    before = list(modals.seen)
    qtbot.keyClick(members, Qt.Key.Key_Delete)  # nobody answers: a question would fail check()
    modals.check()
    assert modals.seen == before
    assert PLACE in column_texts(area.page.table, "Namn")
