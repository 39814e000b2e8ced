"""A dialog opened and closed again is gone, not kept hidden under its view for the rest of the
session: each form kept its widgets, so a day of ordinary work grew the window by thousands of
widgets and tens of MiB (ui/widgets/one_time_dialog.py, ``python -m tests.soak``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.menus import menu_of
from tests.ui.openers import crisis_page, open_meeting
from tests.ui.windows import area_of, show_window
from ui.actions.action_dialog import ActionDialog
from ui.actions.area import ActionsArea
from ui.backups_dialog import BackupsDialog
from ui.calendar.area import CalendarArea
from ui.context import AppContext
from ui.crisis.exercise_dialog import ExerciseDialog
from ui.crisis.template_dialog import ExerciseTemplateDialog
from ui.groups.agreements_dialog import AgreementsDialog
from ui.groups.group_dialog import GroupDialog
from ui.main_window import MainWindow
from ui.meetings.dialogs import AgendaItemDialog
from ui.settings_dialog import SettingsDialog
from ui.shortcuts_dialog import ShortcutsDialog
from ui.widgets.history import HistoryDialog


def _keys(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.ControlModifier):  # type: ignore[no-untyped-def]
    def press(qtbot: QtBot, window: MainWindow) -> None:
        qtbot.keyClick(window.focusWidget() or window, key, modifiers)

    return press


def _menu(index: int, text: str) -> Callable[[QtBot, MainWindow], None]:
    def choose(qtbot: QtBot, window: MainWindow) -> None:
        next(a for a in menu_of(window, index).actions() if a.text() == text).trigger()

    return choose


def _on_an_action(then: Callable[[QtBot, MainWindow], None]) -> Callable[[QtBot, MainWindow], None]:
    """In Åtgärder with the first action chosen by a click."""

    def choose(qtbot: QtBot, window: MainWindow) -> None:
        window.navigate("actions")
        table = area_of(window, "actions", ActionsArea).table
        qtbot.waitUntil(lambda: table.model().rowCount() > 0)
        spot = table.visualRect(table.model().index(0, 0)).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        then(qtbot, window)

    return choose


def _in_a_meeting(qtbot: QtBot, window: MainWindow) -> None:
    """A coming meeting's agenda, "Ny punkt…" clicked."""
    window.navigate("calendar")
    editor = open_meeting(qtbot, area_of(window, "calendar", CalendarArea), tab="agenda_tab")
    click_button(qtbot, editor.agenda_tab, "Ny punkt…")


def _in_groups(then: Callable[[QtBot, MainWindow], None]) -> Callable[[QtBot, MainWindow], None]:
    def choose(qtbot: QtBot, window: MainWindow) -> None:
        window.navigate("groups")
        then(qtbot, window)

    return choose


def _in_exercises(button: str) -> Callable[[QtBot, MainWindow], None]:
    """Kris och övningar → Övningar, ``button`` of the list clicked."""

    def choose(qtbot: QtBot, window: MainWindow) -> None:
        area = crisis_page(qtbot, window, "exercises_stack")
        click_button(qtbot, area.exercises_page, button)

    return choose


def _escape(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def _cancel(qtbot: QtBot, dialog: QWidget) -> None:
    click_button(qtbot, dialog, "Avbryt")


def _ok(qtbot: QtBot, dialog: QWidget) -> None:
    assert isinstance(dialog, QMessageBox)
    qtbot.mouseClick(dialog.buttons()[0], Qt.MouseButton.LeftButton)


@dataclass(frozen=True)
class Case:
    name: str
    open: Callable[[QtBot, MainWindow], None]
    kind: type[QWidget]
    close: Callable[[QtBot, QWidget], None]


SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
CASES = [
    Case("Ny grupp (Ctrl+N), Esc", _in_groups(_keys(Qt.Key.Key_N)), GroupDialog, _escape),
    Case(
        "Överenskommelser (Ctrl+Shift+O)",
        _in_groups(_keys(Qt.Key.Key_O, SHIFT_CTRL)),
        AgreementsDialog,
        _escape,
    ),
    Case(
        "Redigera åtgärd (Ctrl+E), Avbryt",
        _on_an_action(_keys(Qt.Key.Key_E)),
        ActionDialog,
        _cancel,
    ),
    Case("Historik (Ctrl+H)", _on_an_action(_keys(Qt.Key.Key_H)), HistoryDialog, _escape),
    Case("Ny punkt i dagordningen", _in_a_meeting, AgendaItemDialog, _escape),
    Case("Ny övning, Esc", _in_exercises("Ny övning…"), ExerciseDialog, _escape),
    Case("Ny övning, Avbryt", _in_exercises("Ny övning…"), ExerciseDialog, _cancel),
    Case("Checklistmallar", _in_exercises("Checklistmallar…"), ExerciseTemplateDialog, _escape),
    Case("Inställningar (Ctrl+,), Avbryt", _keys(Qt.Key.Key_Comma), SettingsDialog, _cancel),
    Case("Säkerhetskopior", _menu(0, "&Säkerhetskopior…"), BackupsDialog, _escape),
    Case("Kortkommandon", _menu(-1, "&Kortkommandon"), ShortcutsDialog, _escape),
    Case("Om Samverkan, OK", _menu(-1, "&Om Samverkan"), QMessageBox, _ok),
]


def _alive(kind: type[QWidget]) -> list[QWidget]:
    return [widget for widget in QApplication.allWidgets() if isinstance(widget, kind)]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_a_dialog_closed_is_not_kept(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, case: Case
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    seen: list[str] = []

    def close(dialog: QWidget) -> None:
        assert isinstance(dialog, case.kind), type(dialog).__name__
        seen.append(dialog.windowTitle())
        case.close(qtbot, dialog)

    modals.answer(close)
    case.open(qtbot, window)
    modals.check()
    assert len(seen) == 1  # it was opened, and closed
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert _alive(case.kind) == []  # on main: the dialog, hidden, a child of its view
