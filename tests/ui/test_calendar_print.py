"""Kalender → Skriv ut ▾ → Mötesplan för en period…: the meeting calendar of a year
("Mötesplan 2027"), asked for the year the calendar shows (stepped to January, next year's), with the calendar's filters: the
chosen group's meetings month by month, date and week, time and place. The calendar could only
be exported to Outlook; there was nothing to print and send."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.core.test_crisis_reports import text_of
from tests.ui.clicks import click_button, type_date
from tests.ui.menus import choose_in_menu
from tests.ui.openers import calendar_window
from tests.ui.windows import shown_previews, wait_for_preview
from ui import key_guide
from ui.calendar.area import CalendarArea
from ui.context import AppContext
from ui.widgets.period_dialog import PeriodDialog

TODAY = dt.date(2026, 12, 2)
GROUP = "Lokal beredningsgrupp Östermalm"  # 1 gång/månad (ej juli)
MONTHS = {"Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli", "Augusti"}
MONTHS |= {"September", "Oktober", "November", "December"}


def _print_calendar(area: CalendarArea) -> None:
    """Skriv ut ▾ → Mötesplan för en period…"""
    assert area.print_button.text() == "Skriv ut ▾"
    menu = area.print_button.menu()
    assert menu is not None
    choose_in_menu(menu, "Mötesplan för en period…")


def test_next_years_meeting_calendar_prints_with_the_groups_chosen(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    window, area = calendar_window(qtbot, demo_ctx, 1100, 700)
    group = area.filter_bar.group_filter
    group.setCurrentIndex(group.findText(GROUP))
    click_button(qtbot, area, "›")  # January 2027
    _print_calendar(area)
    qtbot.waitUntil(lambda: area.findChild(PeriodDialog) is not None)
    dialog = area.findChild(PeriodDialog)
    assert dialog is not None and dialog.windowTitle() == "Mötesplan"
    assert dialog.period() == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    click_button(qtbot, dialog, "Förhandsgranska")
    preview = wait_for_preview(qtbot)
    assert preview.windowTitle() == "Mötesplan 2027"
    text = text_of(preview.pdf, tmp_path)
    lines = [line.strip() for line in text.splitlines()]
    months = [line for line in lines if line in MONTHS]
    assert months == [
        "Januari", "Februari", "Mars", "April", "Maj", "Juni",
        "Augusti", "September", "Oktober", "November", "December",
    ]  # fmt: skip
    meetings = [line.split() for line in lines if "(v. " in line]
    assert len(meetings) == len(months)  # one a month, under its month
    assert all(words[0].startswith("2027-") and GROUP in " ".join(words) for words in meetings)
    assert text.splitlines()[1].strip() == GROUP  # the filter chosen, under the title
    preview.close()


def _period_dialog(qtbot: QtBot, area: QWidget) -> PeriodDialog:
    qtbot.waitUntil(lambda: area.findChild(PeriodDialog) is not None)
    dialog = area.findChild(PeriodDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_ctrl_p_in_the_calendar_asks_for_the_period_as_print_does(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    _window, area = calendar_window(qtbot, demo_ctx, 1100, 700)
    assert key_guide.CALENDAR_PRINT.text() in area.print_button.toolTip()
    qtbot.keyClick(area.print_button, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = _period_dialog(qtbot, area)
    assert dialog.windowTitle() == "Mötesplan"
    # December shown (today): the plan to send out is next year's, not 2026's, all but past.
    assert dialog.period() == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Förhandsgranska, the default button
    preview = wait_for_preview(qtbot)
    assert preview.windowTitle() == "Mötesplan 2027"
    assert "Lokal beredningsgrupp Östermalm" in text_of(preview.pdf, tmp_path)
    preview.close()
    click_button(qtbot, area, "‹")  # November: its own year
    _print_calendar(area)
    dialog = _period_dialog(qtbot, area)
    assert dialog.period() == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    dialog.reject()


def test_a_period_ending_before_it_starts_or_empty_is_refused_and_the_dialog_stays(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What was typed stays in the fields beside the message; no preview opens."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    _window, area = calendar_window(qtbot, demo_ctx, 1100, 700)
    _print_calendar(area)
    dialog = _period_dialog(qtbot, area)
    type_date(qtbot, dialog.from_edit, dt.date(2027, 3, 1))
    type_date(qtbot, dialog.to_edit, dt.date(2027, 1, 31))
    click_button(qtbot, dialog, "Förhandsgranska")
    assert dialog.isVisible() and shown_previews() == []
    assert dialog.error_text("end") == "Perioden kan inte sluta innan den börjar."
    assert (dialog.from_edit.text(), dialog.to_edit.text()) == ("2027-03-01", "2027-01-31")
    dialog.from_edit.setFocus()
    qtbot.keyClick(dialog.from_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.from_edit, Qt.Key.Key_Delete)  # the first day emptied
    click_button(qtbot, dialog, "Förhandsgranska")
    assert dialog.isVisible() and shown_previews() == []
    assert dialog.error_text("start") == "Ange första dagen."
    assert (dialog.from_edit.text(), dialog.to_edit.text()) == ("–", "2027-01-31")
    type_date(qtbot, dialog.from_edit, dt.date(2027, 1, 1))
    click_button(qtbot, dialog, "Förhandsgranska")  # mended: the preview of what was typed
    preview = wait_for_preview(qtbot)
    assert preview.windowTitle() == "Mötesplan januari 2027"
    preview.close()
