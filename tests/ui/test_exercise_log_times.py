"""The conduct log takes a note written down later with when it happened: "09.15 Larm" and
Enter logs "Larm" at 09.15 (every note read the minute it was typed), "25.00 …" is refused with
one line and stays typed, and "Redigera…" changes a note's time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.answers import acknowledge
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row, column_texts
from tests.ui.test_exercise_log_closing import _held, _log_tab
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.crisis.exercise_log import ConductLogTab, LogEntryDialog


def _log_shown(tab: ConductLogTab) -> list[tuple[str, str]]:
    return list(
        zip(column_texts(tab.table, "Tid"), column_texts(tab.table, "Vad hände"), strict=True)
    )


def _enter(qtbot: QtBot, tab: ConductLogTab, typed: str) -> None:
    tab.entry.setFocus()
    qtbot.keyClicks(tab.entry, typed)
    qtbot.keyClick(tab.entry, Qt.Key.Key_Return)


def test_typed_times_order_the_log_and_edit_changes_one(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    area = show_window(qtbot, CrisisArea(ctx), 1280, 800)
    tab = _log_tab(area, _held(ctx, "Stabsövning vid strömavbrott"))
    _enter(qtbot, tab, "10.30 Stabsmote")
    _enter(qtbot, tab, "09.15 Larm")
    assert _log_shown(tab) == [("09.15", "Larm"), ("10.30", "Stabsmote")]
    assert tab.entry.text() == ""

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, LogEntryDialog)
        dialog.time_edit.setFocus()
        dialog.time_edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
        qtbot.keyClicks(dialog.time_edit, "11.45")
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    click_row(qtbot, tab.table, "09.15")
    modals.answer(edit)
    click_button(qtbot, tab, "Redigera…")
    modals.check()
    assert _log_shown(tab) == [("10.30", "Stabsmote"), ("11.45", "Larm")]


def test_a_time_no_clock_has_is_refused_and_stays_typed(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    area = show_window(qtbot, CrisisArea(ctx), 1280, 800)
    tab = _log_tab(area, _held(ctx, "Stabsövning vid strömavbrott"))
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    _enter(qtbot, tab, "25.00 Larm")
    modals.check()
    assert seen == ["Ogiltig tid: 25.00 – timmen måste vara 0–23."]
    assert tab.entry.text() == "25.00 Larm" and _log_shown(tab) == []
