"""The calendar's "Exportera till Outlook (.ics)…" saves what the calendar shows: a group type or
a priority area chosen in the filter bar holds for the file too (it used to apply only the group
filter and write every group's meetings)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import recurring_ical_events
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import MeetingStatus
from tests.core.meeting_data import STOCKHOLM
from tests.ui.answers import answer_file_dialogs
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.windows import show_window
from ui.calendar.area import CalendarArea
from ui.context import AppContext


@pytest.fixture
def area(qtbot: QtBot, demo_ctx: AppContext) -> CalendarArea:
    view = CalendarArea(demo_ctx)
    show_window(qtbot, view)
    return view


@pytest.fixture
def saved(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[str]]:
    suggested_names: list[str] = []

    def answer(dialog: QFileDialog) -> str:
        suggested_names.extend(dialog.selectedFiles())
        return str(tmp_path / "kalender.ics")

    answer_file_dialogs(monkeypatch, answer)
    yield suggested_names


def _shown(area: CalendarArea) -> list[tuple[str, dt.datetime]]:
    """The meetings the list view shows that take place (a cancelled one is shown struck
    through; in the file it is marked STATUS:CANCELLED)."""
    return sorted(
        (r.label, r.starts_at) for r in area.rows if r.status is not MeetingStatus.CANCELLED
    )


def _in_file(path: Path, first: dt.date, last: dt.date) -> list[tuple[str, dt.datetime]]:
    parsed = Calendar.from_ical(path.read_bytes())
    start = dt.datetime.combine(first, dt.time(0), tzinfo=STOCKHOLM)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0), tzinfo=STOCKHOLM)
    return sorted(
        (str(e["SUMMARY"]), e.decoded("DTSTART").astimezone(STOCKHOLM))
        for e in recurring_ical_events.of(parsed).between(start, end)
        if e.get("STATUS") != "CANCELLED"
    )


def _choose(qtbot: QtBot, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    combo.setFocus()
    qtbot.keyClicks(combo, text)  # a closed combo box jumps to the item typed
    assert combo.currentText().startswith(text)


@pytest.mark.parametrize(("combo_name", "text"), [("type_filter", "Arbetsgrupp"),
                                                  ("area_filter", "Skolan")])  # fmt: skip
def test_the_file_holds_exactly_the_meetings_the_filtered_calendar_shows(
    qtbot: QtBot,
    area: CalendarArea,
    modals: ModalDriver,
    saved: list[str],
    tmp_path: Path,
    combo_name: str,
    text: str,
) -> None:
    qtbot.keyClick(area, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # the month as a list
    everything = {label for label, _start in _shown(area)}
    _choose(qtbot, getattr(area.filter_bar, combo_name), text)
    shown = _shown(area)
    assert shown and {label for label, _start in shown} < everything
    modals.answer(lambda box: click_button(qtbot, box, "OK"))
    qtbot.mouseClick(area.export_button, Qt.MouseButton.LeftButton)
    modals.check()
    first = area.anchor.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    assert _in_file(tmp_path / "kalender.ics", first, last) == shown
    # The file is named after the filter, as it is after a chosen group.
    assert Path(saved[0]).name == f"{getattr(area.filter_bar, combo_name).currentText()}.ics"


# A month with planned meetings still to come: at Monday 28 December 07.00 the month's were all
# held (and the list had none planned to cancel).
@pytest.mark.moment("2026-12-05T17:30")
def test_a_cancelled_meeting_goes_out_marked_even_while_the_calendar_hides_them(
    qtbot: QtBot, area: CalendarArea, modals: ModalDriver, saved: list[str], tmp_path: Path
) -> None:
    """ "Visa inställda" is how the calendar looks, not what Outlook is told: left out of the
    file, a cancelled meeting stayed in the calendars that imported it before."""
    from samverkan_desktop.services import meetings

    qtbot.keyClick(area, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    planned = next(r for r in area.rows if r.status is MeetingStatus.PLANNED)
    area.ctx.call(meetings.cancel_meeting, planned.id, "Krockar med julmarknaden")
    qtbot.mouseClick(area.filter_bar.cancelled_check, Qt.MouseButton.LeftButton)
    assert not area.filter_bar.cancelled_check.isChecked()
    assert planned.id not in {r.id for r in area.rows}
    modals.answer(lambda box: click_button(qtbot, box, "OK"))
    qtbot.mouseClick(area.export_button, Qt.MouseButton.LeftButton)
    modals.check()
    parsed = Calendar.from_ical((tmp_path / "kalender.ics").read_bytes())
    cancelled = [e for e in parsed.walk("VEVENT") if e.get("STATUS") == "CANCELLED"]
    assert [(str(e["SUMMARY"]), e.decoded("DTSTART").astimezone(STOCKHOLM)) for e in cancelled] == [
        (f"Inställt: {planned.label}", planned.starts_at)
    ]
