"""Kalender → Vecka as a time grid, as in Outlook's work week: each meeting a block from its start
to its end beside an hour axis, meetings at the same time side by side, the arrow keys going from
meeting to meeting and Enter opening one, a double click on a free time offering a new meeting
then, the weekend shown only when something is on it. A fixed week of 2027 (no test depends on
today)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.enums import GroupType
from samverkan_desktop.services import group_editing, meetings
from samverkan_desktop.services.calendar import CalendarRow
from samverkan_desktop.services.group_rows import GroupInput
from samverkan_desktop.services.meetings import MeetingInput
from tests.ui.clicks import click_button, line_edit, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.menus import right_click_menu
from tests.ui.windows import show_window
from ui.calendar.area import CalendarArea
from ui.calendar.chip import MeetingChip
from ui.calendar.meeting_dialogs import NewMeetingDialog
from ui.calendar.week_block import MeetingBlock
from ui.calendar.week_day import WeekDayColumn
from ui.context import AppContext

MONDAY = dt.date(2027, 3, 1)  # week 9
TUESDAY, WEDNESDAY = MONDAY + dt.timedelta(days=1), MONDAY + dt.timedelta(days=2)
NO_KEYS = Qt.KeyboardModifier.NoModifier
STYR, BEREDNING, KRIS = "Lokal styrgrupp Östermalm", "Lokal beredningsgrupp Östermalm", "Krisstöd"


def _add(ctx: AppContext, group: int, day: dt.date, start: str, end: str) -> int:
    def at(clock: str) -> dt.datetime:
        return dt.datetime.combine(day, dt.time.fromisoformat(clock))

    return ctx.call(meetings.add_meeting, group, MeetingInput(at(start), at(end), "Karlavägen 104"))


@pytest.fixture
def area(qtbot: QtBot, ctx: AppContext) -> CalendarArea:
    """Monday: 09.00–10.00, then 10.00–11.30 and 10.30–12.00 at the same time; Tuesday 09.30."""
    styr = ctx.call(group_editing.create_group, GroupInput(STYR, GroupType.STYRGRUPP))
    beredning = ctx.call(
        group_editing.create_group, GroupInput(BEREDNING, GroupType.BEREDNINGSGRUPP)
    )
    kris = ctx.call(group_editing.create_group, GroupInput(KRIS, GroupType.NATVERK))
    _add(ctx, styr, MONDAY, "09:00", "10:00")
    _add(ctx, beredning, MONDAY, "10:00", "11:30")
    _add(ctx, kris, MONDAY, "10:30", "12:00")
    _add(ctx, kris, TUESDAY, "09:30", "10:30")
    view = show_window(qtbot, CalendarArea(ctx), 1366, 768)
    qtbot.keyClick(view, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    view.show_week_of(MONDAY)
    QApplication.processEvents()
    return view


def _column(area: CalendarArea, day: dt.date) -> WeekDayColumn:
    return next(c for c in area.week_grid.columns if c.cell.date == day)


def _meeting(block: MeetingChip) -> CalendarRow:
    """The meeting a block shows (the week also shows walks and exercises)."""
    assert isinstance(block.row, CalendarRow)
    return block.row


def _block(area: CalendarArea, day: dt.date, name: str) -> MeetingBlock:
    return next(b for b in _column(area, day).chips if _meeting(b).group_name == name)


def test_blocks_stand_at_their_time_and_are_as_tall_as_the_meeting(area: CalendarArea) -> None:
    column = _column(area, MONDAY)
    hour = column.hour_height()
    assert area.week_grid.hours == (8, 17)  # the office day: nothing earlier or later
    assert hour >= 2 * column.chips[0].fontMetrics().lineSpacing()
    nine, ten = _block(area, MONDAY, STYR), _block(area, MONDAY, BEREDNING)
    assert nine.y() == pytest.approx(1 * hour, abs=2)  # an hour below 08.00
    assert ten.y() - nine.y() == pytest.approx(hour, abs=2)  # starts below the 09.00 meeting
    assert ten.height() == pytest.approx(1.5 * hour, abs=3)  # 10.00–11.30: an hour and a half
    assert nine.height() == pytest.approx(hour, abs=3)
    assert ten.shown_lines()[0][0] == "10.00–11.30"
    name = "".join(text for text, bold in ten.shown_lines() if bold)  # wrapped in its lane
    assert name.replace(" ", "") == BEREDNING.replace(" ", "")


def test_meetings_at_the_same_time_stand_side_by_side(area: CalendarArea) -> None:
    column = _column(area, MONDAY)
    ten, half_past = _block(area, MONDAY, BEREDNING), _block(area, MONDAY, KRIS)
    assert ten.geometry().right() < half_past.x()  # side by side, not over each other
    assert half_past.y() > ten.y() and half_past.y() < ten.geometry().bottom()
    for block in (ten, half_past):
        assert column.width() * 0.4 < block.width() < column.width() / 2
        assert ten.shown_lines()[0][0].startswith(ten.row.starts_at.strftime("%H.%M"))
    # The 09.00 meeting ends as the 10.00 one starts: it keeps the day's whole width.
    assert _block(area, MONDAY, STYR).width() > column.width() * 0.9


def test_the_arrow_keys_go_from_meeting_to_meeting_and_enter_opens_it(
    qtbot: QtBot, area: CalendarArea
) -> None:
    nine = _block(area, MONDAY, STYR)
    nine.setFocus()
    qtbot.keyClick(nine, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is _block(area, MONDAY, BEREDNING)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    half_past = _block(area, MONDAY, KRIS)
    assert QApplication.focusWidget() is half_past
    qtbot.keyClick(half_past, Qt.Key.Key_Right)  # Tuesday's meeting
    tuesday = _block(area, TUESDAY, KRIS)
    assert QApplication.focusWidget() is tuesday
    qtbot.keyClick(tuesday, Qt.Key.Key_Right)  # no meeting later in the week: stays
    assert QApplication.focusWidget() is tuesday
    qtbot.keyClick(tuesday, Qt.Key.Key_Left)  # back to Monday, the meeting nearest 09.30
    back = QApplication.focusWidget()
    assert isinstance(back, MeetingBlock) and back.row.starts_at.date() == MONDAY
    qtbot.keyClick(back, Qt.Key.Key_Up if back is not nine else Qt.Key.Key_Down)
    chosen = QApplication.focusWidget()
    assert isinstance(chosen, MeetingBlock) and chosen is not back
    qtbot.keyClick(chosen, Qt.Key.Key_Return)
    assert area.stack.currentWidget() is area.editor
    assert area.editor.meeting is not None and area.editor.meeting.id == chosen.row.id


def test_a_double_click_on_a_free_time_offers_a_new_meeting_then(
    qtbot: QtBot, area: CalendarArea, modals: ModalDriver
) -> None:
    seen: list[tuple[dt.date | None, str, str]] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        seen.append((dialog.date_edit.value(), dialog.start_edit.text(), dialog.end_edit.text()))
        type_text(qtbot, line_edit(dialog.group_combo), "Krisstöd")
        click_button(qtbot, dialog, "Lägg till möte")

    column = _column(area, WEDNESDAY)
    y = round((14.25 - 8) * column.hour_height())  # a quarter past two: the slot from 14.00
    modals.answer(fill)
    qtbot.mouseDClick(column, Qt.MouseButton.LeftButton, pos=QPoint(column.width() // 2, y))
    modals.check()
    assert seen == [(WEDNESDAY, "14.00", "15.30")]  # kept when the group was chosen
    detail = area.editor.meeting
    assert area.stack.currentWidget() is area.editor and detail is not None
    assert detail.starts_at.replace(tzinfo=None) == dt.datetime(2027, 3, 3, 14, 0)
    assert detail.ends_at.replace(tzinfo=None) == dt.datetime(2027, 3, 3, 15, 30)


def test_a_right_click_on_a_free_time_offers_a_new_meeting_there(
    qtbot: QtBot, area: CalendarArea, modals: ModalDriver
) -> None:
    """ "Nytt möte här" on a free half hour opens "Nytt möte" at that day and time; a meeting's
    block keeps its own menu."""
    seen: list[tuple[dt.date | None, str]] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        seen.append((dialog.date_edit.value(), dialog.start_edit.text()))
        click_button(qtbot, dialog, "Avbryt")

    column = _column(area, WEDNESDAY)
    y = round((10.75 - 8) * column.hour_height())  # a quarter to eleven: the slot from 10.30
    modals.answer(read)
    offered = right_click_menu(qtbot, column, QPoint(column.width() // 2, y), "Nytt möte här")
    modals.check()
    assert offered == ["Nytt möte här"]
    assert seen == [(WEDNESDAY, "10.30")]
    block = _block(area, MONDAY, STYR)
    on_block = right_click_menu(qtbot, block, block.rect().center())
    assert "Öppna mötet" in on_block and "Nytt möte här" not in on_block


def test_the_weekend_and_late_hours_are_shown_when_a_meeting_is_there(
    qtbot: QtBot, area: CalendarArea
) -> None:
    assert [c.cell.date.weekday() for c in area.week_grid.columns] == [0, 1, 2, 3, 4]
    group = _meeting(area.week_grid.chips()[0]).group_id
    _add(area.ctx, group, MONDAY + dt.timedelta(days=5), "18:30", "20:00")  # a Saturday evening
    area.reload()
    QApplication.processEvents()
    assert [c.cell.date.weekday() for c in area.week_grid.columns] == [0, 1, 2, 3, 4, 5, 6]
    assert area.week_grid.hours == (8, 20)
    saturday = area.week_grid.columns[5]
    block = saturday.chips[0]
    assert block.geometry().bottom() == pytest.approx(saturday.height(), abs=3)  # ends at 20


def test_a_short_meeting_shows_what_fits_and_all_in_its_tooltip(
    qtbot: QtBot, area: CalendarArea
) -> None:
    """Half an hour beside two others: too short for the time above the name, the start and the
    name run on as far as they fit, cut with "…"."""
    group = _meeting(_block(area, MONDAY, BEREDNING)).group_id
    _add(area.ctx, group, WEDNESDAY, "08:00", "08:30")
    for other in (STYR, KRIS):
        _add(area.ctx, _meeting(_block(area, MONDAY, other)).group_id, WEDNESDAY, "08:00", "09:00")
    area.reload()
    QApplication.processEvents()
    block = _block(area, WEDNESDAY, BEREDNING)
    lines = block.shown_lines()
    assert block.fontMetrics().lineSpacing() * len(lines) <= block.height() - 6  # none cut
    assert len(lines) == block.room() and all(bold for _text, bold in lines)
    assert lines[0][0].startswith("08.00") and lines[-1][0].endswith("…")
    assert BEREDNING in block.toolTip() and "08.00–08.30" in block.toolTip()


def test_seven_at_once_side_by_side_show_what_fits_and_all_in_their_tooltips(
    qtbot: QtBot, area: CalendarArea
) -> None:
    """Seven meetings at the same time on a Wednesday at 1100 px stand side by side, each
    showing what fits whole or cut after some letters ("13.00", "Sty…", or initials), never a
    stub ("1…", "N…"), nothing painted past its edge; each whole in its tooltip."""
    names = [STYR, BEREDNING, KRIS, "Norrmalms trygghetsråd", "Platssamverkan Stureplan/City"]
    names += ["Skolsamverkan Norrmalm", "Föräldranätverket"]
    for name in names:
        found = [
            _meeting(b).group_id
            for b in _column(area, MONDAY).chips
            if _meeting(b).group_name == name
        ]
        group = found[0] if found else _new_group(area, name)
        _add(area.ctx, group, WEDNESDAY, "13:00", "15:00")
    area.window().resize(1100, 700)
    area.reload()
    QApplication.processEvents()
    column = _column(area, WEDNESDAY)
    blocks = sorted(column.chips, key=lambda b: column.spot(b).lane)
    assert len(blocks) == 7
    for before, after in zip(blocks, blocks[1:], strict=False):
        assert before.geometry().right() < after.x()
    for block in blocks:
        for text, bold in block.shown_lines():
            if text.endswith("…"):  # cut after some letters, never a stub ("N…")
                assert len(text) > 3, (_meeting(block).group_name, text)
            font = QFont(block.font())
            font.setBold(bold)
            left, right = block.text_margins()
            assert QFontMetrics(font).horizontalAdvance(text) <= block.width() - left - right
        assert _meeting(block).group_name in block.toolTip() and "13.00–15.00" in block.toolTip()


def _new_group(area: CalendarArea, name: str) -> int:
    return area.ctx.call(group_editing.create_group, GroupInput(name, GroupType.ARBETSGRUPP))


def _menu_chosen_by_keys(qtbot: QtBot, press: Callable[[], None]) -> list[str]:
    """``press`` the keys that open a context menu: its entries, its first chosen with Down and
    Enter as a keyboard user would."""
    offered: list[str] = []

    def answer(tries: int = 500) -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            if tries:
                QTimer.singleShot(10, lambda: answer(tries - 1))
            return
        offered.extend(a.text() for a in menu.actions() if a.text())
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(10, answer)
    press()
    qtbot.waitUntil(lambda: bool(offered), timeout=10_000)
    return offered


@pytest.mark.parametrize(
    "keys", [(Qt.Key.Key_Menu, NO_KEYS), (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)]
)
def test_the_keyboard_offers_a_new_meeting_at_the_half_hour_chosen(
    qtbot: QtBot,
    area: CalendarArea,
    modals: ModalDriver,
    keys: tuple[Qt.Key, Qt.KeyboardModifier],
) -> None:
    """ "Nytt möte här" was a right click only: Tab from Tuesday's meeting to Wednesday, Down
    to the half hour wanted, the context-menu key (or Shift+F10) and Enter open "Nytt möte"
    then."""
    seen: list[tuple[dt.date | None, str]] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        seen.append((dialog.date_edit.value(), dialog.start_edit.text()))
        click_button(qtbot, dialog, "Avbryt")

    area.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is area.window())
    tuesday = _block(area, TUESDAY, KRIS)
    tuesday.setFocus()
    qtbot.keyClick(tuesday, Qt.Key.Key_Tab)
    wednesday = _column(area, WEDNESDAY)
    assert QApplication.focusWidget() is wednesday
    for _half_hour in range(3):  # 08.00 → 09.30
        qtbot.keyClick(wednesday, Qt.Key.Key_Down)
    qtbot.keyClick(wednesday, Qt.Key.Key_Up)  # 09.00
    modals.answer(read)
    offered = _menu_chosen_by_keys(qtbot, lambda: qtbot.keyClick(wednesday, *keys))
    modals.check()
    assert offered == ["Nytt möte här"]
    assert seen == [(WEDNESDAY, "09.00")]
