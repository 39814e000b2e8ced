"""Grupper och möten at 1024 × 768 in the program's own style: for every demo group the pane
shows "Nästa möten" with its meetings without scrolling, and no text in it is cut. They came
after a dozen facts, below the pane's foot for half the demo groups ("Lokal beredningsgrupp
Östermalm" needed 727 px of 553)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.own_style import LookAt
from tests.ui.tables import click_row
from tests.ui.windows import keep_shot, settle
from ui.groups.area import GroupsArea
from ui.main_window import MainWindow


def _spot(widget: QWidget, around: QWidget) -> QRect:
    """Where ``widget`` is in ``around``'s coordinates (by the screen: the title is not inside
    the scrolling part)."""
    return QRect(around.mapFromGlobal(widget.mapToGlobal(QPoint(0, 0))), widget.size())


def _cut(label: QLabel, around: QWidget) -> bool:
    """Lower than its wrapped lines, narrower than its line, or past ``around``'s right edge."""
    if label.wordWrap():
        short = label.height() < label.heightForWidth(label.width())
    else:
        short = label.contentsRect().width() < label.fontMetrics().horizontalAdvance(label.text())
    return short or _spot(label, around).right() > around.rect().right()


def test_next_meetings_in_sight_and_nothing_cut_at_1024_by_768(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    out_of_sight: list[str] = []
    cut: list[str] = []
    names: list[str] = []

    def look(window: MainWindow) -> None:
        window.navigate("groups")
        area = window.area("groups")
        assert isinstance(area, GroupsArea)
        settle(qtbot)
        model = area.page.table.model()
        names.extend(str(model.index(row, 0).data()) for row in range(model.rowCount()))
        for name in names:
            click_row(qtbot, area.page.table, name)
            settle(qtbot)
            qtbot.wait(50)  # layout requests are posted
            pane = area.detail
            assert pane.title.text() == name
            keep_shot(window, f"groups_pane_1024_{len(cut) + len(out_of_sight)}")
            viewport = pane._scroll.viewport()
            meetings = area.next_meetings
            assert meetings.links or meetings.empty.isVisible(), name
            if not viewport.rect().contains(_spot(meetings, viewport)):
                out_of_sight.append(name)
            labels = [
                *((label, pane) for label in (pane.title, pane.subtitle)),
                *((label, viewport) for label in pane._body.findChildren(QLabel)),
            ]
            cut.extend(
                f"{name}: {label.text()!r}"
                for label, around in labels
                if label.isVisibleTo(pane) and _cut(label, around)
            )

    look_at_demo((1024, 768), look)
    assert len(names) >= 10, names  # the demo's groups
    assert out_of_sight == [], f"'Nästa möten' scrolled out of sight: {out_of_sight}"
    assert cut == []
