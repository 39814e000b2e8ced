"""Meetings at the same time in the week's time grid, in the program's own style: two or three
at once each read their start and what of their name tells them apart, side by side, the
whole in their tooltips. At 1024 px with the weekend shown (a seventh of the week each) the
blocks were stacked and those below showed their colour strip alone; the days are now equal
columns, a day of three at once only as much wider as their starts need
(test_calendar_week_equal_days). Three working groups at once then each read "Arb…", the
start they share; each now reads what follows it ("sko…", "sär…", "vål…": lane_names)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.openers import calendar_week, calendar_window, week_of
from tests.ui.own_style import LookAt
from tests.ui.week_meetings import add_before_start, add_meetings
from tests.ui.windows import keep_shot
from ui.calendar.area import CalendarArea
from ui.calendar.week_block import MeetingBlock
from ui.context import AppContext
from ui.main_window import MainWindow

NAMES = (
    "Arbetsgrupp skolan som brottsplats",
    "Arbetsgrupp särskilt utsatta brottsoffer",
    "Arbetsgrupp våldsbejakande extremism",
)
WEEKEND_GROUP = "Lokal styrgrupp Östermalm"


def _tuesday_two_weeks_on() -> dt.date:
    today = clock.today()
    return today + dt.timedelta(days=14 + (1 - today.weekday()) % 7)


def _blocks(area: CalendarArea, day: dt.date, names: tuple[str, ...]) -> list[MeetingBlock]:
    column = next(c for c in area.week_grid.columns if c.cell.date == day)
    found = [b for b in column.chips if b.row.label in names]
    assert len(found) == len(names), [b.row.label for b in column.chips]
    return sorted(found, key=lambda b: column.spot(b).lane)


def _read(block: MeetingBlock) -> tuple[str, str]:
    """The block's time and its name as painted (cut or whole; on their own lines, or run on
    in a short block: "10.00 skolan…")."""
    lines = block.shown_lines()
    assert lines, f"{block.row.label}: nothing shown at {block.width()} px"
    start = " ".join(text for text, _bold in lines).split()[0]
    name = " ".join(text for text, bold in lines if bold).removeprefix(start).strip()
    return start, name


def _a_piece_of(name: str, label: str) -> bool:
    """``name`` reads as ``label`` from one of its words on, each word whole or its start cut
    with "…" ("sko…", "skolan som brottsp…"), at least MIN_LETTERS of the first."""
    words, shown = label.split(), name.split()
    if not shown or len(shown[0].removesuffix("…")) < 3:
        return False
    for at in range(len(words) - len(shown) + 1):
        pairs = zip(shown, words[at:], strict=False)
        if all(word == whole or whole.startswith(word.removesuffix("…")) for word, whole in pairs):
            return True
    return False


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
def test_two_and_three_at_once_each_read_their_start_and_name(
    qtbot: QtBot,
    look_at_demo: LookAt[MainWindow],
    sqlite_url: str,
    size: tuple[int, int],
) -> None:
    tuesday = _tuesday_two_weeks_on()
    wednesday, saturday = tuesday + dt.timedelta(days=1), tuesday + dt.timedelta(days=4)
    add_before_start(
        sqlite_url,
        (NAMES, dt.datetime.combine(tuesday, dt.time(13, 0)), 2),
        (NAMES[:2], dt.datetime.combine(wednesday, dt.time(10, 0)), 1.5),
        # A Saturday meeting: the week shows seven days, each a seventh of it if even.
        ((WEEKEND_GROUP,), dt.datetime.combine(saturday, dt.time(10, 0)), 2),
    )

    def look(window: MainWindow) -> dict[str, tuple[str, str]]:
        area = calendar_week(qtbot, window, tuesday)
        assert len(area.week_grid.columns) == 7
        keep_shot(window, f"calendar-week-at-once-{size[0]}")
        seen = {}
        for day, names in ((tuesday, NAMES), (wednesday, NAMES[:2])):
            blocks = _blocks(area, day, names)
            for left, right in zip(blocks, blocks[1:], strict=False):
                assert left.geometry().right() < right.x()  # side by side, none under another
            for block in blocks:
                first, name = _read(block)
                seen[f"{day} {block.row.label}"] = (first, name)
                assert block.row.label in block.toolTip()
        return seen

    seen = look_at_demo(size, look)
    for label, (first, name) in seen.items():
        assert first in ("13.00", "13.00–15.00", "10.00", "10.00–11.30"), (label, first)
        assert _a_piece_of(name, label.split(" ", 1)[1]), (label, name)
    for day in (tuesday, wednesday):  # side by side, each tells its group from the others
        names = [name for label, (_first, name) in seen.items() if label.startswith(str(day))]
        assert len(set(names)) == len(names), names


def test_at_1440_three_at_once_stay_side_by_side(qtbot: QtBot, demo_ctx: AppContext) -> None:
    day = _tuesday_two_weeks_on()
    add_meetings(demo_ctx.call, NAMES, dt.datetime.combine(day, dt.time(20, 0)), 2)
    _window, area = calendar_window(qtbot, demo_ctx, 1440, 900)
    week_of(qtbot, area, day)
    QApplication.processEvents()
    blocks = _blocks(area, day, NAMES)
    for left, right in zip(blocks, blocks[1:], strict=False):
        assert left.geometry().right() < right.x()
    for block in blocks:
        assert block.shown_lines()[0][0].startswith("20.00")
    # A click opens the one clicked.
    qtbot.mouseClick(blocks[0], Qt.MouseButton.LeftButton)
    assert area.editor.meeting is not None and area.editor.meeting.id == blocks[0].row.id
