"""Kalender → "Gå till…" (Ctrl+G, or the button beside "I dag"): a week typed as Swedes write it
shows that week, a month the month view; a text not understood is explained under the field and
kept; the last text is offered again; Esc closes without a question."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.text_fit import plain
from tests.ui.windows import show_window
from ui.calendar.area import CalendarArea
from ui.calendar.go_to_dialog import GoToDialog
from ui.context import AppContext

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def area(qtbot: QtBot, demo_ctx: AppContext) -> CalendarArea:
    return show_window(qtbot, CalendarArea(demo_ctx))


def _type_and_enter(qtbot: QtBot, text: str, seen: list[str] | None = None):  # type: ignore[no-untyped-def]
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, GoToDialog) and dialog.windowTitle() == "Gå till"
        if seen is not None:
            seen.append(dialog.text_edit.text())
        type_text(qtbot, dialog.text_edit, text)  # the last text is selected: typing replaces it
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)

    return answer


def test_ctrl_g_v_12_2027_shows_week_12_of_2027(
    qtbot: QtBot, area: CalendarArea, modals: ModalDriver
) -> None:
    assert area.month_button.isChecked()
    modals.answer(_type_and_enter(qtbot, "v. 12 2027"))
    qtbot.keyClick(area, Qt.Key.Key_G, CTRL)
    modals.check()
    assert plain(area.title.text()) == "Vecka 12, 2027 · mån 22 mar – sön 28 mar"
    assert area.week_button.isChecked() and not area.month_button.isChecked()
    assert [c.cell.date for c in area.week_grid.columns][0] == dt.date(2027, 3, 22)


def test_a_text_not_understood_is_explained_and_kept_then_a_month_shows_the_month(
    qtbot: QtBot, area: CalendarArea, modals: ModalDriver
) -> None:
    seen: list[str] = []

    def wrong_then_right(dialog: QWidget) -> None:
        assert isinstance(dialog, GoToDialog)
        type_text(qtbot, dialog.text_edit, "v. 54 2027")
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.text_edit.text() == "v. 54 2027"
        seen.append(dialog.error_text("go_to"))
        dialog.text_edit.selectAll()
        type_text(qtbot, dialog.text_edit, "mars 2027")
        assert dialog.error_text("go_to") == ""  # it spoke of what is no longer there
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)

    area.set_mode("list")
    modals.answer(wrong_then_right)
    click_button(qtbot, area, "Gå till…")
    modals.check()
    assert seen == ["Förstod inte ”v. 54 2027”: det finns ingen vecka 54 år 2027."]
    assert area.month_button.isChecked()
    assert plain(area.title.text()).startswith("Mars 2027 · ")
    assert area.month_grid.cell_for(dt.date(2027, 3, 31)) is not None

    # The field offers the last text again; Esc closes at once, the calendar stays.
    def escape(dialog: QWidget) -> None:
        assert isinstance(dialog, GoToDialog)
        seen.append(dialog.text_edit.text())
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Escape)

    modals.answer(escape)
    area.activateWindow()  # as after the dialog closed in a real session
    qtbot.waitUntil(area.isActiveWindow)
    qtbot.keyClick(area, Qt.Key.Key_G, CTRL)
    modals.check()
    assert seen[-1] == "mars 2027"
    assert plain(area.title.text()).startswith("Mars 2027 · ")


def test_a_day_shows_its_week_and_the_shortcut_is_listed(
    qtbot: QtBot, area: CalendarArea, modals: ModalDriver
) -> None:
    modals.answer(_type_and_enter(qtbot, "2027-03-17"))
    qtbot.keyClick(area, Qt.Key.Key_G, CTRL)
    modals.check()
    assert plain(area.title.text()).startswith("Vecka 11, 2027 · ")
    # Hjälp → Kortkommandon reads the area's actions: the text and keys it will list.
    listed = {
        (a.text(), a.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        for a in area.findChildren(QAction)
    }
    assert ("Gå till en vecka, ett datum eller en månad", "Ctrl+G") in listed
    assert area.go_to_button.toolTip() == "Gå till en vecka, ett datum eller en månad (Ctrl+G)"
