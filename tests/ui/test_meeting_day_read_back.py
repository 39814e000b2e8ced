"""Kalender → "Flytta…" and "Nytt möte…" read the date typed back under the field, with its
weekday and ISO week, and say when it falls on a public holiday (the group's rule moves its
meetings off holidays; a meeting moved onto Trettondedag jul by hand was not told)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.answers import cancel_typed
from tests.ui.clicks import click_button, type_date
from tests.ui.conftest import ModalDriver
from tests.ui.menus import choose_in_menu
from tests.ui.test_calendar_area import _upcoming, area  # noqa: F401 (the fixture)
from ui.calendar.area import CalendarArea
from ui.calendar.meeting_dialogs import MoveMeetingDialog, NewMeetingDialog

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")


def _notes(dialog: MoveMeetingDialog | NewMeetingDialog) -> list[str]:
    """The texts shown under the date field, as a user reads them."""
    field = dialog.date_edit
    box = field.parentWidget()
    assert box is not None
    return [
        label.text()
        for label in box.findChildren(QLabel)
        if label.isVisible() and label.text() and label.geometry().top() > field.geometry().top()
    ]


def _read_back(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day.day}"


def test_a_meeting_moved_onto_a_public_holiday_is_told_so(
    qtbot: QtBot,
    area: CalendarArea,  # noqa: F811
    modals: ModalDriver,
) -> None:
    row = _upcoming(area)
    epiphany = dt.date(clock.today().year + 1, 1, 6)  # Trettondedag jul
    working = epiphany + dt.timedelta(days=7 if epiphany.weekday() < 5 else 14 - epiphany.weekday())
    seen: list[list[str]] = []

    def move(dialog: QWidget) -> None:
        assert isinstance(dialog, MoveMeetingDialog)
        type_date(qtbot, dialog.date_edit, epiphany)
        seen.append(_notes(dialog))
        type_date(qtbot, dialog.date_edit, working)
        seen.append(_notes(dialog))
        cancel_typed(qtbot, dialog)

    modals.answer(move)
    choose_in_menu(area.meeting_menu(row), "Flytta…")
    modals.check()
    holiday, plain = (" ".join(texts) for texts in seen)
    assert _read_back(epiphany) in holiday and f"(v. {epiphany.isocalendar().week})" in holiday
    assert "Infaller på en helgdag: Trettondedag jul." in holiday
    assert _read_back(working) in plain and "helgdag" not in plain


def test_a_new_meeting_reads_its_day_back(
    qtbot: QtBot,
    area: CalendarArea,  # noqa: F811
    modals: ModalDriver,
) -> None:
    christmas = dt.date(clock.today().year, 12, 25)
    seen: list[list[str]] = []

    def new(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        type_date(qtbot, dialog.date_edit, christmas)
        seen.append(_notes(dialog))
        cancel_typed(qtbot, dialog)

    modals.answer(new)
    click_button(qtbot, area, "Nytt möte…")
    modals.check()
    text = " ".join(seen[0])
    assert _read_back(christmas) in text and "Infaller på en helgdag: Juldagen." in text
