"""Kalender → "Nytt möte…" makes one meeting; a coordinator looking there for "1 gång/månad, ej
juli" is told that a recurring meeting is planned with the group's rule, and where that is set
(the dialog said nothing, and the series was not found)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.test_calendar_area import area  # noqa: F401 (the fixture)
from ui.calendar.area import CalendarArea
from ui.calendar.meeting_dialogs import NewMeetingDialog


def test_a_new_meeting_says_where_a_series_is_planned(
    qtbot: QtBot,
    area: CalendarArea,  # noqa: F811
    modals: ModalDriver,
) -> None:
    """A coordinator looking for "1 gång/månad, ej juli" in Kalender's "Nytt möte…" is told
    that a recurring meeting is the group's rule, and where that is set."""
    texts: list[str] = []

    def new(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        texts.extend(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())
        click_button(qtbot, dialog, "Avbryt")

    modals.answer(new)
    click_button(qtbot, area, "Nytt möte…")
    modals.check()
    hints = [text for text in texts if "återkommer" in text]
    assert hints, texts
    assert "mötesregel" in hints[0] and "Grupper och möten → Mötesregel…" in hints[0]
