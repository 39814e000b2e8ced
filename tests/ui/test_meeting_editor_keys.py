"""The meeting editor by keyboard: Ctrl+N makes a new decision or action in their tabs (as
"new" in every area), Tab goes through each tab's buttons before its table, as they are
shown, and leaves a table in one press instead of walking every cell."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.menus import native_keys
from tests.ui.openers import meeting_editor
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.meetings.action_dialog import ActionDialog
from ui.meetings.dialogs import DecisionDialog


def _cancel(kind: type[QDialog]) -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, kind)
        dialog.reject()

    return answer


def test_ctrl_n_makes_a_new_decision_and_a_new_action(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    editor = meeting_editor(qtbot, demo_ctx)
    decisions, actions = editor.decisions_tab, editor.actions_tab
    for tab, table, kind in (
        (decisions, decisions.table, DecisionDialog),
        (actions, actions.earlier, ActionDialog),
    ):
        editor.tabs.setCurrentWidget(tab)
        editor.window().activateWindow()  # back from the dialog before
        qtbot.waitUntil(lambda: QApplication.activeWindow() is editor.window())
        table.setFocus()  # focus anywhere in the tab
        modals.answer(_cancel(kind))
        qtbot.keyClick(table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        modals.check()


def _tab_from(qtbot: QtBot, widget: QWidget, presses: int) -> list[QWidget | None]:
    widget.setFocus()
    seen = []
    for _ in range(presses):
        focus = QApplication.focusWidget()
        assert focus is not None, "the focus left the window"
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_goes_through_the_buttons_then_the_table_and_out(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    editor = meeting_editor(qtbot, demo_ctx)
    attendance = editor.attendance_tab
    editor.tabs.setCurrentWidget(attendance)
    assert attendance.table.model().rowCount() >= 2
    attendance.table.selectRow(0)  # every button enabled
    seen = _tab_from(qtbot, attendance.present_button, 8)
    assert seen[:7] == [
        attendance.absent_button,
        attendance.substitute_button,
        attendance.unmark_button,
        attendance.all_present_button,
        attendance.invite_button,
        attendance.remove_button,
        attendance.table,
    ]
    assert seen[7] is not attendance.table  # one Tab leaves the table

    actions = editor.actions_tab
    editor.tabs.setCurrentWidget(actions)
    assert actions.earlier.model().rowCount() >= 1
    actions.earlier.selectRow(0)
    seen = _tab_from(qtbot, actions.new_button, 5)
    assert seen[0] is actions.raised  # edit and delete wait for a row
    assert seen[1:] == [
        actions.follow_button,
        actions.done_button,
        actions.postpone_button,
        actions.earlier,
    ]


def test_help_lists_the_meeting_editors_keys(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """Hjälp → Kortkommandon reads the actions' texts: the editor's keys had none, so not one
    of them was listed."""
    from ui.shortcuts_dialog import collect

    window = MainWindow(demo_ctx, "test.sqlite3")
    qtbot.addWidget(window)
    listed = {(s.where, s.what, s.keys) for s in collect(window)}
    for what, keys in (
        ("Möte: Spara det du skrivit", "Ctrl+S"),
        ("Möte: Tillbaka dit mötet öppnades från", "Esc / Alt+Left"),
        ("Möte: Kallelse och dagordning…", "Ctrl+P"),
        ("Möte: Minnesanteckningar…", "Ctrl+Shift+M"),
        ("Möte: Närvarande", "Ctrl+Shift+P"),
        ("Möte: Ny punkt…", "Ctrl+Shift+N"),
        ("Möte: Nytt beslut…", "Ctrl+N"),
        ("Möte: Ny åtgärd…", "Ctrl+N"),
        ("Möte: Markera klar", "Ctrl+D"),
        ("Möte: Skjut upp…", "Ctrl+U"),
    ):
        assert ("Kalender", what, native_keys(keys)) in listed
