"""The month grid's names: a meeting's name cut on one line takes a second where its day's cell
has the height ("09.00 Lokal" / "beredningsgrupp Öste…"), and is cut with "…" otherwise; a
holiday's name too long for its cell ends with "…" ("Trettondedag…"), never cut bare
("Trettondedag ju"). Whole in the tooltips."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.openers import calendar_window
from tests.ui.windows import settle
from ui.calendar.area import CalendarArea
from ui.calendar.chip import MeetingChip
from ui.context import AppContext


def shown_text(chip: MeetingChip) -> str:
    return " ".join(text for text, _bold in chip.shown_lines())


def month_at(qtbot: QtBot, ctx: AppContext, day: dt.date, width: int, height: int) -> CalendarArea:
    _window, area = calendar_window(qtbot, ctx, width, height)
    area.show_month_of(day)
    settle(qtbot)
    return area


def test_a_cut_meeting_name_takes_a_second_line_where_there_is_room(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = month_at(qtbot, demo_ctx, clock.today() + dt.timedelta(days=31), 1440, 900)
    visible = [chip for chip in area.month_grid.chips() if chip.isVisible()]
    alone = [
        chip
        for cell in area.month_grid.cells
        if len(cell.chips) == 1 and (chip := cell.chips[0]).needs_second_line(chip.width())
    ]
    assert alone, "no day with one meeting whose name is longer than its tile"
    for chip in alone:
        lines = [text for text, _bold in chip.shown_lines()]
        assert len(lines) == 2 and chip.height() >= chip.height_of(2), lines
        assert not lines[0].endswith("…"), lines  # broken between words, not cut
        assert chip.row.label.startswith(shown_text(chip).split(" ", 1)[1].rstrip("…"))
    for chip in visible:
        cell = chip.parentWidget()
        assert cell is not None
        assert chip.geometry().bottom() <= cell.height(), chip.row.label  # whole in its cell
        assert shown_text(chip).endswith("…") or shown_text(chip).endswith(chip.row.label)
        assert chip.row.label in chip.toolTip()


def test_at_1024_a_holidays_name_is_cut_with_an_ellipsis(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    epiphany = dt.date(clock.today().year + 1, 1, 6)
    area = month_at(qtbot, demo_ctx, epiphany, 1024, 768)
    cell = area.month_grid.cell_for(epiphany)
    assert cell is not None
    label = cell.holiday
    assert label is not None and label.text().endswith("…")
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
    assert label.toolTip() == "Helgdag: Trettondedag jul"
    # Where there is room the name is whole.
    area.window().resize(1440, 900)
    settle(qtbot)
    assert label.text() == "Trettondedag jul"
