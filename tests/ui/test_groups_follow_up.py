"""Groups → Skriv ut → Uppföljning…: a small dialog asks for the period (T1, T2 or VB) and the
year, offering the period just ended or running, then the follow-up opens in the preview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services.follow_up import FollowUpPeriod, last_ended_period
from tests.ui.clicks import click_button
from tests.ui.openers import groups_print_dialog
from tests.ui.windows import show_window, wait_for_preview
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.follow_up_dialog import FollowUpDialog


@pytest.fixture
def area(qtbot: QtBot, demo_ctx: AppContext) -> GroupsArea:
    view = GroupsArea(demo_ctx)
    show_window(qtbot, view)
    view.refresh()
    return view


def _open_dialog(qtbot: QtBot, area: GroupsArea) -> FollowUpDialog:
    return groups_print_dialog(qtbot, area, "Uppföljning…", FollowUpDialog)


def test_the_chosen_follow_up_opens_in_the_preview(qtbot: QtBot, area: GroupsArea) -> None:
    dialog = _open_dialog(qtbot, area)
    period, year = last_ended_period(clock.today())
    assert (
        dialog.period_combo.currentText()
        == {
            FollowUpPeriod.T1: "T1 (jan–apr)",
            FollowUpPeriod.T2: "T2 (maj–aug)",
            FollowUpPeriod.VB: "VB (helår)",
        }[period]
    )
    assert dialog.year_spin.value() == year
    # T1 of this year, chosen with the keys.
    dialog.period_combo.setFocus()
    qtbot.keyClick(dialog.period_combo, Qt.Key.Key_Home)
    this_year = clock.today().year
    dialog.year_spin.setFocus()
    dialog.year_spin.selectAll()
    qtbot.keyClicks(dialog.year_spin, str(this_year))
    click_button(qtbot, dialog, "Förhandsgranska")
    preview = wait_for_preview(qtbot)
    assert preview.windowTitle() == f"Uppföljning T1 (jan–apr) {this_year}"
    assert preview.file_name == f"Uppföljning T1 (jan–apr) {this_year}.pdf"
    assert preview.document.pageCount() >= 1
    preview.close()


def test_cancel_closes_the_dialog_without_a_preview(qtbot: QtBot, area: GroupsArea) -> None:
    dialog = _open_dialog(qtbot, area)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: area.findChild(FollowUpDialog) is None)
