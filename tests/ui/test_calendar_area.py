"""The calendar over all groups as a coordinator uses it: month, week and list views with ISO
week numbers, filters, holidays, opening a meeting, adding, moving and cancelling one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from samverkan_desktop import clock
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.services import calendar, meetings
from samverkan_desktop.services.calendar import CalendarRow
from tests.ui.answers import answer_file_dialogs
from tests.ui.clicks import click_button, line_edit, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.menus import choose_in_menu
from tests.ui.tables import column_texts
from tests.ui.text_fit import field_label, plain
from tests.ui.windows import show_window
from ui.calendar.area import CalendarArea
from ui.calendar.chip import MeetingChip
from ui.calendar.meeting_dialogs import CancelMeetingDialog, MoveMeetingDialog, NewMeetingDialog
from ui.context import AppContext

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SLK = "Säkerhetssamordnarnätverket (SLK)"


@pytest.fixture
def area(qtbot: QtBot, demo_ctx: AppContext) -> CalendarArea:
    view = CalendarArea(demo_ctx)
    show_window(qtbot, view)
    return view


def meeting_chips(area: CalendarArea) -> list[MeetingChip]:
    """The month's meetings (not its walks and exercises, numbered in registers of their own)."""
    return [c for c in area.month_grid.chips() if isinstance(c.row, CalendarRow)]


def chip_labels(area: CalendarArea) -> list[str]:
    grid = area.week_grid if area.mode == "week" else area.month_grid
    return [chip.row.label for chip in grid.chips()]


def test_month_view_shows_the_demo_meetings_with_iso_week_numbers(area: CalendarArea) -> None:
    today = clock.today()
    assert area.month_button.isChecked()
    first_monday = area.month_grid.cells[0].cell.date
    weeks = [b.text() for b in area.month_grid.week_buttons]
    assert weeks[0] == f"v. {first_monday.isocalendar()[1]}"
    assert len(weeks) in (4, 5, 6) and all(w.startswith("v. ") for w in weeks)
    assert (
        plain(area.title.text()).startswith(f"{today.year}") is False
    )  # "November 2026 · vecka …"
    assert str(today.year) in plain(area.title.text()) and "vecka" in plain(area.title.text())
    # Every meeting of the month's grid is shown, in time order within its day.
    first, last = area.month_grid.cells[0].cell.date, area.month_grid.cells[-1].cell.date
    with area.ctx.db.session() as s:
        expected = calendar.list_calendar(s, first, last)
    shown = {chip.row.id for chip in meeting_chips(area)}
    assert shown == {r.id for r in expected} and shown
    assert SLK in chip_labels(area)  # the network meets every Thursday
    today_cell = area.month_grid.cell_for(today)
    assert today_cell is not None and today_cell.property("today") is True
    assert area.count_label.text().endswith("möten") or "möte" in area.count_label.text()


def test_month_view_is_one_query_per_kind_however_many_groups(area: CalendarArea) -> None:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(area.ctx.db.engine, "before_cursor_execute", count)
    try:
        area.reload()
    finally:
        event.remove(area.ctx.db.engine, "before_cursor_execute", count)
    assert len(statements) == 3, statements  # the meetings, the walks, the exercises


def test_filter_by_group_hides_the_other_groups_in_every_view(
    qtbot: QtBot, area: CalendarArea
) -> None:
    assert len(set(chip_labels(area))) > 1
    area.filter_bar.group_filter.setFocus()
    type_text(qtbot, area.filter_bar.group_filter, "Säkerhetssamordnar")
    assert area.filter_bar.group_filter.currentText() == SLK
    assert set(chip_labels(area)) == {SLK}
    qtbot.keyClick(area, Qt.Key.Key_W, ALT)
    assert area.week_button.isChecked() and plain(area.title.text()).startswith("Vecka ")
    assert set(chip_labels(area)) <= {SLK}
    qtbot.keyClick(area, Qt.Key.Key_L, ALT)
    groups_listed = set(column_texts(area.list_view, "Grupp, vandring, övning"))
    assert groups_listed == {SLK}
    qtbot.keyClick(area, Qt.Key.Key_M, ALT)
    assert area.month_button.isChecked()


def test_week_navigation_today_and_holidays(qtbot: QtBot, area: CalendarArea) -> None:
    today = clock.today()
    qtbot.keyClick(area, Qt.Key.Key_W, ALT)
    week = today.isocalendar()
    assert plain(area.title.text()).startswith(f"Vecka {week[1]}, {week[0]}")
    qtbot.keyClick(area, Qt.Key.Key_Right, ALT)
    following = (today + dt.timedelta(days=7)).isocalendar()
    assert plain(area.title.text()).startswith(f"Vecka {following[1]}, {following[0]}")
    click_button(qtbot, area, "I dag")
    assert plain(area.title.text()).startswith(f"Vecka {week[1]}, ")
    # December of this year in the month view: Christmas Eve is named as a holiday.
    qtbot.keyClick(area, Qt.Key.Key_M, ALT)
    for _step in range(12 - today.month):
        qtbot.keyClick(area, Qt.Key.Key_PageDown, CTRL)
    assert plain(area.title.text()).startswith(f"December {today.year}")
    christmas = area.month_grid.cell_for(dt.date(today.year, 12, 24))
    assert christmas is not None and christmas.property("holiday") is True
    assert christmas.cell.holiday == "Julafton"


def test_one_click_opens_the_meeting_and_back_returns(qtbot: QtBot, area: CalendarArea) -> None:
    chip = next(c for c in area.month_grid.chips() if c.row.label == SLK)
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert area.stack.currentWidget() is area.editor
    assert area.editor.title.text() == SLK
    assert f"v. {chip.row.week}" in area.editor.subtitle.text()
    qtbot.keyClick(area.editor, Qt.Key.Key_Escape)
    assert area.stack.currentWidget() is area.page
    # Enter on a focused tile opens it too.
    chip = meeting_chips(area)[0]
    chip.setFocus()
    qtbot.keyClick(chip, Qt.Key.Key_Return)
    assert area.editor.meeting is not None and area.editor.meeting.id == chip.row.id


def test_show_record_opens_a_meeting_from_the_overview(area: CalendarArea) -> None:
    with area.ctx.db.session() as s:
        later = calendar.list_calendar(
            s, clock.today() + dt.timedelta(days=60), clock.today() + dt.timedelta(days=120)
        )[0]
    area.show_record(later.id)
    assert area.stack.currentWidget() is area.editor
    assert area.editor.meeting is not None and area.editor.meeting.id == later.id
    area.editor.go_back()
    # Back in the month of the meeting just seen.
    assert area.month_grid.cell_for(later.starts_at.date()) is not None


def _upcoming(area: CalendarArea) -> calendar.CalendarRow:
    """A planned meeting of a group's rule in the period shown, or the next period with one
    (late in December the rest of the month may have none)."""
    for _period in range(3):
        for row in area.rows:
            if row.from_rule and row.status is MeetingStatus.PLANNED:
                return row
        area.step(1)
    raise AssertionError("no planned meeting in the coming three months")


def test_cancel_one_occurrence_shows_it_struck_and_can_be_undone(
    qtbot: QtBot, area: CalendarArea, modals: ModalDriver
) -> None:
    row = _upcoming(area)

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, CancelMeetingDialog)
        assert (
            field_label(dialog, dialog.reason_edit) == "Orsak"
        )  # why it is cancelled, not a "Motivering"
        type_text(qtbot, dialog.reason_edit, "Krockar med budgetmötet")
        click_button(qtbot, dialog, "Ställ in mötet")

    modals.answer(cancel)
    menu = area.meeting_menu(row)
    choose_in_menu(menu, "Ställ in mötet…")
    modals.check()
    with area.ctx.db.session() as s:
        detail = meetings.get_meeting(s, row.id)
    assert detail.status is MeetingStatus.CANCELLED and detail.is_exception
    assert detail.note == "Krockar med budgetmötet"
    chip = next(c for c in meeting_chips(area) if c.row.id == row.id)
    assert chip.cancelled and " · 1 inställt" in area.count_label.text()
    assert "Inställt\nOrsak: Krockar med budgetmötet" in chip.toolTip()  # as a walk's says
    assert area.notice.isVisible()
    said = area.notice.label.text()  # in the words of the meeting's other lines
    assert said.startswith(f"Mötet ”{row.label}, ") and said.endswith("” är inställt."), said
    click_button(qtbot, area.notice, "Ångra")
    with area.ctx.db.session() as s:
        assert meetings.get_meeting(s, row.id).status is MeetingStatus.PLANNED
    # Hiding cancelled meetings is a filter of its own.
    assert not next(c for c in meeting_chips(area) if c.row.id == row.id).cancelled


def test_move_one_occurrence_keeps_it_as_an_exception(
    qtbot: QtBot, area: CalendarArea, modals: ModalDriver
) -> None:
    row = _upcoming(area)
    new_day = row.starts_at.date() + dt.timedelta(days=1)

    def move(dialog: QWidget) -> None:
        assert isinstance(dialog, MoveMeetingDialog)
        type_date(qtbot, dialog.date_edit, new_day)
        click_button(qtbot, dialog, "Flytta")

    modals.answer(move)
    choose_in_menu(area.meeting_menu(row), "Flytta…")
    modals.check()
    with area.ctx.db.session() as s:
        detail = meetings.get_meeting(s, row.id)
    assert detail.starts_at.date() == new_day and detail.is_exception and detail.moved
    area.reload()
    cell = area.month_grid.cell_for(new_day)
    assert cell is not None
    moved = next(c for c in cell.chips if isinstance(c.row, CalendarRow) and c.row.id == row.id)
    assert moved.texts()[0].startswith("↷ ")


def test_a_single_meeting_added_opens_in_the_editor(
    qtbot: QtBot, area: CalendarArea, modals: ModalDriver
) -> None:
    day = clock.today() + dt.timedelta(days=3)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        click_button(qtbot, dialog, "Lägg till möte")  # no group yet: explained beside it
        assert dialog.isVisible() and "Välj gruppen" in dialog.error_text("group_id")
        type_text(qtbot, line_edit(dialog.group_combo), "Krisstöd")
        type_date(qtbot, dialog.date_edit, day)
        assert dialog.place_edit.text() == "Karlavägen 104"  # the group's usual place
        type_text(qtbot, dialog.title_edit, "Workshop")
        click_button(qtbot, dialog, "Lägg till möte")

    modals.answer(fill)
    qtbot.keyClick(area, Qt.Key.Key_N, CTRL)
    modals.check()
    assert area.stack.currentWidget() is area.editor
    detail = area.editor.meeting
    assert detail is not None
    assert detail.title == "Workshop" and detail.group_name == "Krisstödsgruppen"
    assert detail.starts_at.date() == day and not detail.from_rule
    assert detail.place == "Karlavägen 104"
    assert area.editor.title.text() == "Workshop – Krisstödsgruppen"


@pytest.fixture
def no_file_dialog(monkeypatch: pytest.MonkeyPatch, tmp_path) -> Iterator[list[str]]:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def answer(dialog: QFileDialog) -> str:
        asked.extend(dialog.selectedFiles())
        return str(tmp_path / "slk 1.12")  # typed without ".ics", a dot in the name

    answer_file_dialogs(monkeypatch, answer)
    yield asked


def test_export_of_the_filtered_group_to_ics(
    qtbot: QtBot, area: CalendarArea, modals: ModalDriver, no_file_dialog: list[str], tmp_path
) -> None:  # type: ignore[no-untyped-def]
    area.filter_bar.group_filter.setFocus()
    type_text(qtbot, area.filter_bar.group_filter, "Säkerhetssamordnar")
    modals.answer(lambda box: click_button(qtbot, box, "OK"))
    qtbot.mouseClick(area.export_button, Qt.MouseButton.LeftButton)
    modals.check()
    assert no_file_dialog[0].endswith("Säkerhetssamordnarnätverket (SLK).ics")
    text = (tmp_path / "slk 1.12.ics").read_text(encoding="utf-8")
    assert "RRULE:FREQ=WEEKLY;" in text and "BYDAY=TH" in text
    assert f"SUMMARY:{SLK}" in text and "Norrmalms" not in text


def test_a_groups_next_meetings_link_to_the_meeting_editor(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    from ui.groups.next_meetings import NextMeetings

    with demo_ctx.db.session() as s:
        rows = [
            r
            for r in calendar.list_calendar(s, clock.today(), clock.today() + dt.timedelta(days=60))
            if r.label == SLK and r.status is not MeetingStatus.CANCELLED
        ]
    pane = NextMeetings(demo_ctx)
    qtbot.addWidget(pane)
    pane.show_group(rows[0].group_id)
    pane.show()
    assert len(pane.links) == 3
    # The three at one place: said once under the links, each link keeping it for a reader.
    assert rows[0].place and rows[0].place not in pane.links[0].text()
    assert pane.links[0].text().endswith(f"v. {rows[0].week}</a>")
    assert pane.place.isVisible() and pane.place.text() == f"Plats: {rows[0].place}"
    assert all(rows[0].place in link.accessibleName() for link in pane.links)
    with qtbot.waitSignal(demo_ctx.navigator.requested) as signal:
        link = pane.links[0]
        qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=QPoint(6, link.height() // 2))
    assert signal.args == ["calendar", rows[0].id]


def test_a_new_meeting_starts_from_the_groups_usual_time_and_place(
    qtbot: QtBot, area: CalendarArea, modals: ModalDriver
) -> None:
    """An extra meeting is usually where and when the group meets: choosing the group fills in
    its rule's time and place; what the user typed is kept when another group is chosen."""
    seen: dict[str, tuple[str, str, str]] = {}

    def shown(dialog: NewMeetingDialog) -> tuple[str, str, str]:
        return (
            dialog.start_edit.text(),  # as shown: the clock as Swedish writes it
            dialog.end_edit.text(),
            dialog.place_edit.text(),
        )

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        seen["empty"] = shown(dialog)
        type_text(qtbot, line_edit(dialog.group_combo), "Krisstöd")
        seen["krisstöd"] = shown(dialog)
        dialog.place_edit.selectAll()
        type_text(qtbot, dialog.place_edit, "Polishuset")
        line_edit(dialog.group_combo).selectAll()
        type_text(qtbot, line_edit(dialog.group_combo), "Säkerhetssamordnar")
        seen["slk, place typed"] = shown(dialog)
        click_button(qtbot, dialog, "Lägg till möte")

    modals.answer(fill)
    qtbot.keyClick(area, Qt.Key.Key_N, CTRL)
    modals.check()
    assert seen == {
        "empty": ("09.00", "10.30", ""),
        "krisstöd": ("13.00", "14.30", "Karlavägen 104"),
        "slk, place typed": ("09.00", "10.30", "Polishuset"),
    }
    detail = area.editor.meeting
    assert detail is not None and detail.group_name == SLK and detail.place == "Polishuset"


def test_the_count_under_the_calendar_agrees_in_number(area: CalendarArea) -> None:
    """'1 möte · 1 inställt', not '1 inställda'."""
    area.set_mode("list")
    row = _upcoming(area)
    area.filter_bar.group_filter.set_value(row.group_id)
    area.ctx.call(meetings.cancel_meeting, row.id, "Krockar")
    area.reload()
    cancelled = [r for r in area.rows if r.status is MeetingStatus.CANCELLED]
    assert len(cancelled) == 1
    meetings_text = "1 möte" if len(area.rows) == 1 else f"{len(area.rows)} möten"
    assert area.count_label.text() == f"{meetings_text} · 1 inställt"
