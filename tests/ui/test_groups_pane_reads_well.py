"""Grupper och möten in the program's own style: the chosen group's details read without
scrolling at 1280 × 800, its dates and follow-up down to "Nästa möten" (the skolan group's
meeting rule, eight lines in a third of the width, put Löptid, Uppföljning and the meetings below
the pane's foot, reachable only by scrolling); at 1024 × 768 the list keeps its Möts
column beside the details (it was the first text column left out); and the divider the user
dragged between the list and the details is where they left it at the next start."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QSplitter, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.openers import chosen_group
from tests.ui.own_style import LookAt
from tests.ui.windows import keep_shot, settle
from ui.main_window import MainWindow

GROUP = "Arbetsgrupp skolan som brottsplats"
FACTS = ("rule", "starts_on", "term", "follow_up")  # its meeting rule, Startar, Löptid, Uppföljning


def _in_sight(widget: QWidget, viewport: QWidget) -> bool:
    spot = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return viewport.rect().contains(spot)


def test_dates_follow_up_and_next_meetings_in_sight_at_1280_by_800(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> list[str]:
        area = chosen_group(qtbot, window, GROUP)
        keep_shot(window, "groups_pane_1280")
        viewport = area.detail._scroll.viewport()
        meetings = area.next_meetings
        assert meetings.links, "the demo plans the group's meetings"
        facts = [area.detail.facts.value_label(key) for key in FACTS]
        assert all(value.text() for value in facts), [value.text() for value in facts]
        seen = [
            label.text() for label in [meetings.links[0], *facts] if not _in_sight(label, viewport)
        ]
        if not _in_sight(meetings, viewport):
            seen.append("Nästa möten")
        return seen

    seen = look_at_demo((1280, 800), look)
    assert seen == [], f"scrolled out of sight: {seen}"


def test_meets_column_beside_the_details_at_1024_by_768(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> list[str]:
        area = chosen_group(qtbot, window, GROUP)
        keep_shot(window, "groups_pane_1024")
        table = area.page.table
        model = table.model()
        viewport = table.viewport().rect()
        shown = []
        for column in range(model.columnCount()):
            cell = table.visualRect(model.index(table.currentIndex().row(), column))
            if not table.isColumnHidden(column) and viewport.contains(cell):
                shown.append(f"{model.headerData(column, Qt.Orientation.Horizontal)}")
        return shown

    shown = look_at_demo((1024, 768), look)
    assert "Möts" in shown, shown
    assert {"Namn", "Status"} <= set(shown), shown


def _drag(qtbot: QtBot, splitter: QSplitter, by: int) -> None:
    handle = splitter.handle(1)
    middle = QPoint(handle.width() // 2, handle.height() // 2)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle + QPoint(by, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle + QPoint(by, 0))


def test_the_divider_comes_back_at_the_next_start(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def drag(window: MainWindow) -> int:
        area = chosen_group(qtbot, window, GROUP)
        before = area.tabs.width()
        _drag(qtbot, area.page.splitter, -120)  # a wider pane
        settle(qtbot)
        assert area.tabs.width() >= before + 100
        return area.tabs.width()

    def again(window: MainWindow) -> int:
        return chosen_group(qtbot, window, GROUP).tabs.width()

    dragged = look_at_demo((1280, 800), drag)
    restarted = look_at_demo((1280, 800), again)
    assert abs(restarted - dragged) <= 3, (dragged, restarted)
