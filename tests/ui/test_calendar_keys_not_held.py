"""Kalender → "Passerade, ej genomförda": the list spans every month, so the period's keys
(Ctrl+T for I dag, Ctrl+G for Gå till…, Alt+←/→ for the previous and next period, Alt+M/W/L for
the views) rest with their greyed buttons; unticked, the calendar is where the user left it and
the keys work again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.conftest import ModalDriver
from tests.ui.tables import column_texts
from tests.ui.text_fit import plain
from tests.ui.windows import show_window
from ui.calendar.area import CalendarArea
from ui.calendar.chip import month_title
from ui.context import AppContext

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_period_keys_do_nothing_in_the_not_held_list_and_work_again_after(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = show_window(qtbot, CalendarArea(demo_ctx), 1280, 800)
    area.refresh()
    qtbot.waitUntil(area.isActiveWindow)
    today = clock.today()
    next_month = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    qtbot.keyClick(area, Qt.Key.Key_Right, ALT)  # where it belongs: the next month
    assert plain(area.title.text()).startswith(month_title(next_month) + " · ")

    qtbot.mouseClick(area.filter_bar.not_held.check, Qt.MouseButton.LeftButton)
    title, rows = plain(area.title.text()), column_texts(area.list_view, "Datum")
    area.list_view.setFocus()
    for key, modifier in (
        (Qt.Key.Key_T, CTRL),
        (Qt.Key.Key_G, CTRL),  # no "Gå till" dialog (modals fails on one nobody expects)
        (Qt.Key.Key_Left, ALT),
        (Qt.Key.Key_Left, ALT),
        (Qt.Key.Key_Right, ALT),
        (Qt.Key.Key_W, ALT),
    ):
        qtbot.keyClick(area.list_view, key, modifier)
    assert plain(area.title.text()) == title == "Passerade möten som inte markerats som genomförda"
    assert column_texts(area.list_view, "Datum") == rows
    modals.check()

    # Unticked: the month left before, in the month view; the keys act again.
    qtbot.mouseClick(area.filter_bar.not_held.check, Qt.MouseButton.LeftButton)
    assert plain(area.title.text()).startswith(month_title(next_month) + " · ")
    assert area.month_button.isChecked()
    qtbot.keyClick(area, Qt.Key.Key_T, CTRL)
    assert plain(area.title.text()).startswith(month_title(today) + " · ")
