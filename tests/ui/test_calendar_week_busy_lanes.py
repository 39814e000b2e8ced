"""A very busy week in the program's own style, its window at 1024 × 768: five meetings at once
every weekday, lanes about 31 px wide (the least that holds a block's initials: the days scroll
sideways, test_calendar_week_busy_fits). Each block reads what it is: the part of its name that
tells it from the others ("Nät…", "sty…"), its initials ("NTS" for "Norrmalms trygghets- och
säkerhetsråd", the small "och" left out) or the abbreviation its name gives ("SLK"), else its
first letters, under its time where the lane holds it; the whole in its tooltip. Norrmalms'
block showed "13.00" alone (neither "Nor…" nor "NTOS" fitted), Säkerhetssamordnarnätverket
(SLK)'s read "S(" where its initials were wanted."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.own_style import LookAt
from tests.ui.text_fit import plain
from tests.ui.week_meetings import BUSY_TODAY, NORRMALM, SLK, look_at_busy_week, tells_group
from ui.calendar.area import CalendarArea
from ui.main_window import MainWindow


@pytest.mark.moment(f"{BUSY_TODAY.isoformat()}T10:00")
def test_every_block_in_a_narrow_lane_says_what_it_is(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], sqlite_url: str
) -> None:
    def look(
        _window: MainWindow, area: CalendarArea
    ) -> list[tuple[str, int, list[tuple[str, bool]], str]]:
        return [
            (block.row.label, block.width(), block.shown_lines(), plain(block.toolTip()))
            for column in area.week_grid.columns
            for block in column.chips
            if column.spot(block).lanes == 5
        ]

    seen = look_at_busy_week(
        qtbot, look_at_demo, sqlite_url, (1024, 768), look, "calendar-week-busy-lanes-1024"
    )
    assert len(seen) == 25, seen
    assert max(width for _label, width, _lines, _tip in seen) < 40, seen  # narrow lanes
    for label, _width, lines, tooltip in seen:
        assert [bold for _text, bold in lines] in ([True], [False, True]), (label, lines)
        *time, (name, _bold) = lines
        assert time in ([], [("13.00", False)]), (label, lines)
        assert tells_group(name, label), (label, name)
        assert label in tooltip and "13.00–15.00" in tooltip, tooltip
    names = {(label, lines[-1][0]) for label, _width, lines, _tip in seen}
    assert (NORRMALM, "NTS") in names and (SLK, "SLK") in names, names
