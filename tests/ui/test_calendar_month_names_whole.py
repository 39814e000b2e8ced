"""The month grid's names: a meeting's name cut on one line takes a second where its day's cell
has the height ("09.00 Lokal" / "beredningsgrupp Öste…"), and is cut with "…" otherwise; a
holiday's name takes the lines it needs where the day has the height, a word too long for its
cell broken with a hyphen between its parts ("himmelsfärds-" / "dag", where it read
"himmelsfärd…"), never cut bare ("Trettondedag ju"). Whole in the tooltips."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.openers import calendar_window
from tests.ui.windows import settle
from ui.calendar.area import CalendarArea
from ui.context import AppContext


def letters(text: str) -> str:
    """What a text says without its spaces and hyphens: a word broken over two lines reads as
    it does whole ("Säkerhets-" / "samordnar…")."""
    return text.replace(" ", "").replace("-", "").rstrip("…")


def reads_on(lines: list[str], text: str) -> bool:
    """Whether ``lines`` say ``text``, or its start where the last line ends in "…"."""
    shown = letters("".join(lines))
    return text == "".join(lines) or (
        letters(text).startswith(shown) and (lines[-1].endswith("…") or shown == letters(text))
    )


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
        assert len(lines) in (2, 3) and chip.height() >= chip.height_of(len(lines)), lines
        assert not lines[0].endswith("…"), lines  # broken between words, not cut
        assert reads_on(lines, chip.texts()[0]), lines
    for chip in visible:
        cell = chip.parentWidget()
        assert cell is not None
        assert chip.geometry().bottom() <= cell.height(), chip.row.label  # whole in its cell
        lines = [text for text, _bold in chip.shown_lines()]
        assert reads_on(lines, chip.texts()[0]), lines
        assert chip.row.label in chip.toolTip()


def test_a_holidays_name_takes_the_lines_it_needs_in_its_day(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """At 1024 the name was cut on one line, "Trettondedag…": now its second word goes on a
    second line under the number; at 900 the name starts under the number, on two lines; a word
    wider than the day is broken with a hyphen (whole in the tooltip); at 1440 one line. The next
    day's meetings read as before: three tiles, whole in their day."""
    epiphany = dt.date(clock.today().year + 1, 1, 6)
    area = month_at(qtbot, demo_ctx, epiphany, 1024, 768)
    cell = area.month_grid.cell_for(epiphany)
    assert cell is not None
    name = cell.holiday
    assert name is not None
    assert name.text().split("\n") == ["Trettondedag", "jul"]
    assert name.toolTip() == "Helgdag: Trettondedag jul"
    assert name.geometry().bottom() < cell.height()
    area.window().resize(900, 700)
    settle(qtbot)
    assert name.text().split("\n") == ["", "Trettondedag", "jul"]
    following = area.month_grid.cell_for(epiphany + dt.timedelta(days=1))
    assert following is not None
    assert [chip.isVisible() for chip in following.chips] == [True, True, True]
    assert all(chip.geometry().bottom() <= following.height() for chip in following.chips)
    ascension = dt.date(clock.today().year + 1, 5, 6)  # 2027: Kristi himmelsfärdsdag
    area.show_month_of(ascension)
    settle(qtbot)
    cell = area.month_grid.cell_for(ascension)
    assert cell is not None and cell.holiday is not None
    # a word wider than its day broken between its parts, not cut ("himmelsfärd…")
    assert cell.holiday.text().split("\n") == ["Kristi", "himmelsfärds-", "dag"]
    assert cell.holiday.geometry().bottom() < cell.height()
    assert cell.holiday.toolTip() == "Helgdag: Kristi himmelsfärdsdag"
    area.window().resize(1440, 900)
    settle(qtbot)
    assert cell.holiday.text().split("\n") == ["Kristi himmelsfärdsdag"]


def test_a_group_name_too_wide_for_its_day_breaks_with_a_hyphen_at_900(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """At 900 px a lone meeting's tile read "09.00" / "Säkerhet…": where its day has the
    height it takes a third line, the word broken between its parts, no letter left out."""
    area = month_at(qtbot, demo_ctx, clock.today() + dt.timedelta(days=31), 900, 700)
    network = [
        chip
        for cell in area.month_grid.cells
        if len(cell.chips) == 1
        and (chip := cell.chips[0]).row.label.startswith("Säkerhetssamordnarnätverket")
    ]
    assert network, "no day with the network's meeting alone"
    for chip in network:
        lines = [text for text, _bold in chip.shown_lines()]
        assert lines[:2] == ["09.00", "Säkerhets-"], lines
        assert len(lines) == 3 and chip.height() >= chip.height_of(3), lines
        assert reads_on(lines, f"09.00 {chip.row.label}"), lines
        cell = chip.parentWidget()
        assert cell is not None and chip.geometry().bottom() <= cell.height()
