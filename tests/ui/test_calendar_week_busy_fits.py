"""Kalender → Vecka on a very busy week (five meetings at once, 13.00–15.00, every weekday) in the
program's own style. At 1024 × 768 the window stays 1024 px wide: the lanes are as narrow as
their blocks' initials ("NTS", "SLK") and the days scroll sideways under their headings, the
hour axis staying put. The arrow keys bring every block into sight, reading its initials, and
a click on a narrow block opens its meeting. At 1440 × 900 the week fits without scrolling,
every block reading its time above its name. The lanes' floor was each block's start
("13.00"): the window grew to 1320 px, wider than a 1024 px screen. Widened to 1440 px, a
lane that read the initials "Kri" bare reads them bare still (it read "Kri…")."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.own_style import LookAt
from tests.ui.week_meetings import (
    BUSY_MONDAY,
    BUSY_TODAY,
    EARLY,
    LATE,
    look_at_busy_week,
)
from tests.ui.windows import keep_shot, settle
from ui.calendar.area import CalendarArea
from ui.calendar.week_block import MeetingBlock
from ui.main_window import MainWindow

FIVE_AT_ONCE = 5
READS = 3  # letters a word cut to its start keeps at least: "N…" reads as nothing


def _in_sight(widget: QWidget, area: CalendarArea) -> bool:
    """``widget`` whole within the days' view (not scrolled out of it, even in part)."""
    viewport = area.week_grid.hours_area.viewport()
    return viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))


def _busy_blocks(area: CalendarArea) -> list[list[MeetingBlock]]:
    """Each weekday's five blocks at once, left to right."""
    return [
        sorted(
            (block for block in column.chips if column.spot(block).lanes == FIVE_AT_ONCE),
            key=lambda block: column.spot(block).lane,
        )
        for column in area.week_grid.columns
    ]


def _name(block: MeetingBlock) -> str:
    """What the block says it is: its name's line as painted (initials in a narrow lane)."""
    return next((text for text, bold in block.shown_lines() if bold), "")


@pytest.mark.moment(f"{BUSY_TODAY.isoformat()}T10:00")
def test_at_1024_the_busy_week_scrolls_in_the_window_and_a_narrow_block_opens(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], sqlite_url: str
) -> None:
    def look(window: MainWindow, area: CalendarArea) -> dict[str, Any]:
        grid = area.week_grid
        seen: dict[str, Any] = {
            "window": (window.width(), window.minimumSizeHint().width()),
            "days": [column.cell.date for column in grid.columns],
            "scrolls": grid.hours_area.horizontalScrollBar().maximum(),
            "met": [],  # each block the arrow keys reach: its group, in sight, its name
        }
        days = _busy_blocks(area)
        days[0][0].setFocus()
        for day, blocks in enumerate(days):
            for lane, block in enumerate(blocks):
                assert QApplication.focusWidget() is block, (day, lane)
                seen["met"].append((block.row.label, _in_sight(block, area), _name(block)))
                if lane < len(blocks) - 1:
                    qtbot.keyClick(block, Qt.Key.Key_Down)  # the next at 13.00 that day
                elif day < len(days) - 1:
                    qtbot.keyClick(block, Qt.Key.Key_Right)  # the next day's at 13.00
        friday = grid.columns[-1]
        seen["heading over friday"] = (
            friday.top.mapTo(grid, QPoint(0, 0)).x(),
            friday.mapTo(grid, QPoint(0, 0)).x(),
        )
        keep_shot(window, "calendar-week-busy-fits-1024-friday")
        last = days[-1][-1]  # Friday's rightmost, brought into sight by the keys
        qtbot.mouseClick(last, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: area.stack.currentWidget() is area.editor)
        opened = area.editor.meeting
        seen["opened"] = (opened.id if opened else None, last.row.id)
        return seen

    seen = look_at_busy_week(
        qtbot, look_at_demo, sqlite_url, (1024, 768), look, "calendar-week-busy-fits-1024"
    )
    width, least = seen["window"]
    assert width == 1024 and least <= 1024, seen["window"]  # it was 1320
    assert seen["days"] == [BUSY_MONDAY + dt.timedelta(days=n) for n in range(5)]
    assert seen["scrolls"] > 0  # the days, within the window
    met = [label for label, _sight, _name in seen["met"]]
    days = [sorted(met[at : at + FIVE_AT_ONCE]) for at in range(0, len(met), FIVE_AT_ONCE)]
    assert days == [sorted(group) for group in (EARLY, EARLY, EARLY, LATE, LATE)], met
    for label, in_sight, name in seen["met"]:
        assert in_sight, (label, seen["met"])
        assert name and "…" not in name and name[0] == label[0], (label, name)
    names = {(label, name) for label, _sight, name in seen["met"]}
    assert {("Norrmalms trygghets- och säkerhetsråd", "NTS"), (LATE[2], "SLK")} <= names
    heading, column = seen["heading over friday"]
    assert abs(heading - column) <= 1, seen["heading over friday"]  # scrolled together
    assert seen["opened"][0] == seen["opened"][1], seen["opened"]


@pytest.mark.moment(f"{BUSY_TODAY.isoformat()}T10:00")
def test_at_1440_the_busy_week_fits_each_block_with_its_time_and_name(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], sqlite_url: str
) -> None:
    """What 1440 px promises over 1024: the whole week in the window as it is (not widened to
    fit), nothing to scroll, and every block's time whole above its name read word by word,
    each word whole or its start ("Nor…", "try…", "och", "säk…"), not the initials a 1024 px
    lane holds ("NTS")."""

    def look(window: MainWindow, area: CalendarArea) -> dict[str, Any]:
        return {
            "window": window.width(),
            "scrolls": area.week_grid.hours_area.horizontalScrollBar().maximum(),
            "blocks": [
                (block.row.label, _in_sight(block, area), block.shown_lines())
                for blocks in _busy_blocks(area)
                for block in blocks
            ],
        }

    seen = look_at_busy_week(
        qtbot, look_at_demo, sqlite_url, (1440, 900), look, "calendar-week-busy-fits-1440"
    )
    assert seen["window"] == 1440 and seen["scrolls"] == 0, seen["window"]
    assert len(seen["blocks"]) == 5 * FIVE_AT_ONCE
    for label, in_sight, lines in seen["blocks"]:
        assert in_sight, label
        time, *rest = lines
        assert time == ("13.00", False), (label, lines)  # the time whole, then the name
        shown = [text.removesuffix("…") for text, bold in rest if bold]
        words = re.split(r"[\s/]+", label)  # "Stureplan/Östermalmstorg" wraps as two words
        assert len(shown) == len(words), (label, lines)
        for piece, word in zip(shown, words, strict=True):
            assert word.startswith(piece) and len(piece) >= READS, (label, lines)


@pytest.mark.moment(f"{BUSY_TODAY.isoformat()}T10:00")
def test_initials_read_bare_when_the_window_is_widened(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], sqlite_url: str
) -> None:
    """A lane that reads a group's initials bare ("Kri" for Krisstödsgruppen) at 1024 px
    reads them bare at 1440 px too: a few pixels wider, the one-word name read "Kri…", the
    same letters marked as a cut word. A cut there reads more of the name, or none."""

    def names(area: CalendarArea) -> dict[tuple[int, int], tuple[str, str, str]]:
        return {
            (day, lane): (block.row.label, _name(block), block.toolTip())
            for day, blocks in enumerate(_busy_blocks(area))
            for lane, block in enumerate(blocks)
        }

    def look(window: MainWindow, area: CalendarArea) -> tuple[dict[Any, Any], dict[Any, Any]]:
        narrow = names(area)
        window.resize(1440, 900)
        settle(qtbot)
        qtbot.wait(50)
        keep_shot(window, "calendar-week-busy-initials-1440")
        return narrow, names(area)

    narrow, wide = look_at_busy_week(qtbot, look_at_demo, sqlite_url, (1024, 768), look)
    assert narrow.keys() == wide.keys() and len(wide) == 5 * FIVE_AT_ONCE
    for at, (label, bare, _tip) in narrow.items():
        _label, shown, tooltip = wide[at]
        assert "…" not in bare, (label, bare)  # at 1024: initials, as their lane holds
        assert shown != bare + "…", (label, bare, shown)  # it read "Kri…"
        assert label in tooltip.splitlines(), (label, tooltip)
