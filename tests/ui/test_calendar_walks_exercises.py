"""The calendar shows the safety walks and exercises beside the meetings (a coordinator's evening
walk at 18.30 made the week look free): in the week, month and list views, in their own colours;
a click or Enter opens one in its own area; "Visa vandringar och övningar" turns them off, and a
group filter leaves them out (they are no group's)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import walk_editing, walk_reading
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.demo_walks import gyllenstiernsgatan_follow_up
from tests.ui.openers import calendar_window, week_of
from tests.ui.tables import column_texts
from tests.ui.test_calendar_export_filters import saved  # noqa: F401  (the file dialog answered)
from ui.calendar.area import CalendarArea
from ui.calendar.chip import MeetingChip
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.main_window import MainWindow
from ui.walks.area import WalksArea

ALT = Qt.KeyboardModifier.AltModifier
WALK = "Trygghetsvandring Gyllenstiernsgatan"
ALARM_TEST = "Övning: Larm- och uppringningsprov för krisledningen"


def _walk_day(ctx: AppContext) -> dt.date:
    return ctx.call(walk_reading.get_walk, gyllenstiernsgatan_follow_up(ctx)).date


def _tile(area: CalendarArea, label: str) -> MeetingChip:
    grid = area.week_grid if area.mode == "week" else area.month_grid
    found = [chip for chip in grid.chips() if chip.row.label == label]
    assert len(found) == 1, [chip.row.label for chip in grid.chips()]
    return found[0]


def test_the_planned_walk_is_in_its_week_and_opens_in_the_walks_area(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, area = calendar_window(qtbot, demo_ctx)
    day = _walk_day(demo_ctx)
    week_of(qtbot, area, day)
    tile = _tile(area, WALK)
    assert tile.isVisible() and tile.texts()[0] == "18.30"  # its start: no end is recorded
    assert tile.toolTip().splitlines()[:2] == [WALK, "18.30"]
    column = next(c for c in area.week_grid.columns if c.cell.date == day)
    assert tile in column.chips  # in the evening's hours, beside the day's meetings
    assert "1 trygghetsvandring" in area.count_label.text()
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert isinstance(window, MainWindow) and window.current_area_key() == "walks"
    walks_area = window.area("walks")
    assert isinstance(walks_area, WalksArea)
    assert walks_area.stack.currentWidget() is walks_area.view
    shown = walks_area.view.walk
    assert shown is not None and shown.id == gyllenstiernsgatan_follow_up(demo_ctx)


def test_enter_on_the_exercise_opens_it_in_the_crisis_area(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, area = calendar_window(qtbot, demo_ctx)
    qtbot.keyClick(area, Qt.Key.Key_L, ALT)  # the month as a list
    for _month in range(3):
        if ALARM_TEST in column_texts(area.list_view, "Grupp, vandring, övning"):
            break
        qtbot.keyClick(area, Qt.Key.Key_Right, ALT)
    row = column_texts(area.list_view, "Grupp, vandring, övning").index(ALARM_TEST)
    assert column_texts(area.list_view, "Tid")[row] == "07.30"
    area.list_view.selectRow(row)
    area.list_view.setFocus()
    qtbot.keyClick(area.list_view, Qt.Key.Key_Return)
    assert window.current_area_key() == "crisis"
    crisis = window.area("crisis")
    assert isinstance(crisis, CrisisArea)
    detail = crisis.exercise_view.detail
    assert detail is not None and detail.exercise.title in ALARM_TEST


def test_turned_off_or_filtered_by_group_the_walk_is_not_shown(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = calendar_window(qtbot, demo_ctx)
    day = _walk_day(demo_ctx)
    for _month in range((day.year - clock.today().year) * 12 + day.month - clock.today().month):
        qtbot.keyClick(area, Qt.Key.Key_Right, ALT)
    assert _tile(area, WALK).row.starts_at.date() == day  # the month shows it too
    check = area.filter_bar.entries_check
    assert check.text() == "Visa vandringar och övningar" and check.isChecked()
    check.click()
    assert WALK not in [chip.row.label for chip in area.month_grid.chips()]
    assert "trygghetsvandring" not in area.count_label.text()
    check.click()
    assert _tile(area, WALK).row.place  # back, with where to meet
    area.filter_bar.group_filter.setFocus()
    type_text(qtbot, area.filter_bar.group_filter, "Säkerhetssamordnar")
    assert WALK not in [chip.row.label for chip in area.month_grid.chips()]
    assert not check.isEnabled() and "hör inte till någon grupp" in check.toolTip()


def test_the_export_holds_the_walks_and_exercises_while_the_calendar_shows_them(
    qtbot: QtBot,
    demo_ctx: AppContext,
    modals: ModalDriver,
    saved: list[str],  # noqa: F811
    tmp_path: Path,
) -> None:
    _window, area = calendar_window(qtbot, demo_ctx)
    walk_uid = f"walk-{gyllenstiernsgatan_follow_up(demo_ctx)}@samverkan"

    def exported() -> set[str]:
        modals.answer(lambda box: click_button(qtbot, box, "OK"))  # "Sparade …"
        qtbot.mouseClick(area.export_button, Qt.MouseButton.LeftButton)
        modals.check()
        parsed = Calendar.from_ical((tmp_path / "kalender.ics").read_bytes())
        return {str(e["UID"]) for e in parsed.walk("VEVENT")}

    assert "Visa vandringar" in area.filter_bar.entries_check.text()
    uids = exported()
    assert walk_uid in uids and any(uid.startswith("exercise-") for uid in uids)
    area.filter_bar.entries_check.click()
    assert not any(uid.startswith(("walk-", "exercise-")) for uid in exported())


def test_a_walk_moved_in_its_area_is_moved_in_the_calendar(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, area = calendar_window(qtbot, demo_ctx)
    day = _walk_day(demo_ctx)
    week_of(qtbot, area, day)
    qtbot.mouseClick(_tile(area, WALK), Qt.MouseButton.LeftButton)
    assert window.current_area_key() == "walks"
    # Saved in the walk's plan (as its tab saves it, announcing "walks"): an hour later.
    walk_id = gyllenstiernsgatan_follow_up(demo_ctx)
    planned = demo_ctx.call(walk_reading.get_walk, walk_id).to_input()
    demo_ctx.call(walk_editing.update_walk, walk_id, replace(planned, start_time=dt.time(19, 30)))
    demo_ctx.bus.announce("walks")
    window.navigate("calendar")
    assert _tile(area, WALK).texts()[0] == "19.30"
