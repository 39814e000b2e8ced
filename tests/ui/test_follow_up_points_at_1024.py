"""Grupper och möten → a group → Uppföljning at 1024 × 768: in "Vad har vi gjort" and "Hur
fortsätter vi" each point (a line typed) stands after a bullet, and a long point's wrapped
lines are indented under its first word, so they do not read as a new point (they started
at the left edge as the points do). Pasted or loaded text is bulleted the same; the saved
text has no bullets in it."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextBlock
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.enums import FollowUpPeriod
from samverkan_desktop.services import groups
from samverkan_desktop.services.follow_up_texts import save_texts
from tests.ui.clicks import type_text
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from tests.ui.windows import settle
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.follow_up_tab import FollowUpTab
from ui.widgets.points_box import PointsBox

GROUP = "Lokal beredningsgrupp Östermalm"
LONG = "Gått trygghetsvandring kring Stureplan med fastighetsägare, polis och krögare i kvarteret"
SHORT = "Tre möten"


def _follow_up(qtbot: QtBot, ctx: AppContext) -> FollowUpTab:
    _window, area = area_in_window(qtbot, ctx, "groups", GroupsArea, 1024, 768)
    qtbot.waitUntil(lambda: area.page.table.model().rowCount() > 0)
    click_row(qtbot, area.page.table, GROUP)
    bar = area.tabs.tabBar()
    index = next(i for i in range(area.tabs.count()) if area.tabs.tabText(i) == "Uppföljning")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(area.follow_up_tab.done_box.isVisible)
    return area.follow_up_tab


def _points(box: PointsBox) -> list[QTextBlock]:
    document = box.document()
    return [document.findBlockByNumber(n) for n in range(document.blockCount())]


def _reads_as_points(box: PointsBox) -> None:
    """Each line after a bullet, its wrapped lines starting where its first did, right of it."""
    for block in _points(box):
        assert block.textList() is not None, block.text()  # drawn with a bullet
        layout = block.layout()
        starts = {round(layout.lineAt(n).x()) for n in range(layout.lineCount())}
        assert len(starts) == 1, block.text()  # wrapped lines under the first
        assert starts.pop() > 0, block.text()  # right of the bullet, points' left edge


def test_long_points_wrap_under_their_bullet(qtbot: QtBot, demo_ctx: AppContext) -> None:
    tab = _follow_up(qtbot, demo_ctx)
    tab.done_box.setFocus()
    qtbot.waitUntil(tab.done_box.hasFocus)
    tab.done_box.selectAll()
    type_text(qtbot, tab.done_box, LONG)
    qtbot.keyClick(tab.done_box, Qt.Key.Key_Return)
    type_text(qtbot, tab.done_box, SHORT)
    tab.next_box.setPlainText(f"{LONG}\n{SHORT}")  # as loaded or pasted
    settle(qtbot)
    folder = os.environ.get("SAMVERKAN_SHOTS")
    if folder:
        tab.window().grab().save(os.path.join(folder, "follow_up_points_1024.png"))
    for box in (tab.done_box, tab.next_box):
        assert [b.text() for b in _points(box)] == [LONG, SHORT]
        assert _points(box)[0].layout().lineCount() > 1  # the case: a point that wraps
        _reads_as_points(box)
    assert tab.next_box.toPlainText() == f"{LONG}\n{SHORT}"  # saved without bullets


def test_earlier_points_wrap_under_their_first_word(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """At VB, what the group wrote at T1 stands above the boxes, a point a line after a bullet:
    a long point's wrapped lines start right of the bullet, where its first word does."""
    year = clock.today().year - 1
    group_id = next(g.id for g in demo_ctx.call(groups.list_groups, GROUP) if g.name == GROUP)
    demo_ctx.call(save_texts, group_id, FollowUpPeriod.T1, year, f"{LONG}\n{SHORT}", None)
    tab = _follow_up(qtbot, demo_ctx)
    tab.show_period(FollowUpPeriod.VB, year)
    qtbot.waitUntil(tab.earlier.isVisible)
    settle(qtbot)
    folder = os.environ.get("SAMVERKAN_SHOTS")
    if folder:
        tab.window().grab().save(os.path.join(folder, "follow_up_earlier_1024.png"))
    document = tab.earlier.document()
    point = next(
        document.findBlockByNumber(n)
        for n in range(document.blockCount())
        if LONG in document.findBlockByNumber(n).text()
    )
    assert point.text().startswith("•")
    layout = point.layout()
    assert layout.lineCount() > 1  # the case: a point that wraps
    first, wrapped = layout.lineAt(0), layout.lineAt(1)
    bullet_end = first.x() + QFontMetrics(tab.earlier.font()).horizontalAdvance("•\u00a0")
    assert abs(wrapped.x() - bullet_end) <= 4  # under the first word, not under the bullet
