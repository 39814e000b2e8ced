"""The week's tiles read whole: a group's name ("Lokal beredningsgrupp Östermalm") and its place
wrap within the day's column instead of ending in "…", and each tile is as tall as its lines."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from samverkan_desktop import clock
from samverkan_desktop.enums import GroupType
from samverkan_desktop.models import Group, Meeting, MeetingStatus
from samverkan_desktop.services.calendar import CalendarRow
from tests.ui.openers import area_in_window
from ui.calendar.area import CalendarArea
from ui.calendar.chip import MeetingChip
from ui.context import AppContext

NAME = "Lokal beredningsgrupp Östermalm"


def _next_meeting_day(ctx: AppContext) -> dt.date:
    with ctx.db.session() as s:
        day = s.scalar(
            select(Meeting.starts_at)
            .join(Group)
            .where(Group.name == NAME, Meeting.status == MeetingStatus.PLANNED)
            .where(Meeting.starts_at >= dt.datetime.combine(clock.today(), dt.time()))
            .order_by(Meeting.starts_at)
        )
    assert day is not None, "the demo's beredningsgrupp meets in the coming months"
    return day.date()


def _letters(text: str) -> str:
    return text.replace(" ", "").replace("-", "")


def _bold_text(chip: MeetingChip) -> str:
    """The name's lines run together."""
    return "".join(text for text, bold in chip.shown_lines() if bold)


def _row(name: str) -> CalendarRow:
    start = dt.datetime(2026, 12, 1, 9)
    return CalendarRow(
        id=1,
        group_id=1,
        group_name=name,
        group_type=GroupType.NATVERK,
        colour_index=0,
        title=None,
        starts_at=start,
        ends_at=start + dt.timedelta(hours=1),
        place="Karlavägen 104, sammanträdesrum Garnisonen",
        status=MeetingStatus.PLANNED,
        from_rule=True,
        is_exception=False,
        moved=False,
        holiday=None,
        week=49,
    )


@pytest.mark.parametrize("size", [(1366, 768), (1100, 700)])
def test_week_tiles_show_the_whole_group_name(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "calendar", CalendarArea, *size)
    area.set_mode("week")
    area.show_week_of(_next_meeting_day(demo_ctx))
    QApplication.processEvents()
    chips = area.week_grid.chips()
    ours = [chip for chip in chips if chip.row.label == NAME]
    assert ours, [chip.row.label for chip in chips]
    chip = ours[0]
    # Before, the name was one line cut to "Lokal beredningsg…" at 1366 px.
    assert _letters(_bold_text(chip)) == _letters(NAME)
    assert "…" not in _bold_text(chip)
    assert len([1 for _text, bold in chip.shown_lines() if bold]) > 1
    for each in chips:
        lines = each.shown_lines()
        assert each.height() >= each.fontMetrics().lineSpacing() * len(lines), each.row.label
        assert lines[0][0].startswith(each.texts()[0][:5])  # the time comes first


def test_a_long_name_in_a_narrow_day_ends_in_an_ellipsis_after_four_lines(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "calendar", CalendarArea, 1100, 700)
    area.set_mode("week")
    area.show_week_of(_next_meeting_day(demo_ctx))
    row = next(chip.row for chip in area.week_grid.chips() if chip.row.label == NAME)
    long_name = NAME + " och Norrmalm" * 6
    assert isinstance(row, CalendarRow)
    chip = MeetingChip(dataclasses.replace(row, group_name=long_name, title=None), 3)
    qtbot.addWidget(chip)
    bold = [text for text, is_bold in chip.shown_lines(140) if is_bold]
    assert len(bold) == 4 and bold[-1].endswith("…")
    assert chip.heightForWidth(140) > chip.heightForWidth(1000)  # one line when there is room


def test_a_word_wider_than_the_day_is_cut_with_an_ellipsis_not_broken(qtbot: QtBot) -> None:
    """ "Säkerhetssamord…" / "(SLK)", not "Säkerhetssamordnar-" / "nätverket (SLK)": the lines
    break only between words; the tooltip holds the whole name."""
    name = "Säkerhetssamordnarnätverket (SLK)"
    chip = MeetingChip(_row(name), 3)
    qtbot.addWidget(chip)
    width = chip.fontMetrics().horizontalAdvance("Säkerhetssamordnar")
    bold = [text for text, is_bold in chip.shown_lines(width) if is_bold]
    assert bold[0].endswith("…") and "Säkerhetssamordnarnätverket".startswith(bold[0][:-1])
    assert bold[1:] == ["(SLK)"]
    assert name in chip.toolTip()
