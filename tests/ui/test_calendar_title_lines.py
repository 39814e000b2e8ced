"""The calendar's title at 1024 wraps between its parts, never inside a day or after "vecka":
the week's broke as "… · mån 30" over "nov – sön 6 dec", a day torn in two, the month's as
"… · vecka" over "49–53"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.helpers import keep_shot, type_text, wrapped_lines
from tests.ui.openers import calendar_window
from ui.calendar.go_to_dialog import GoToDialog
from ui.context import AppContext


def _go_to(qtbot: QtBot, modals: ModalDriver, area: QWidget, text: str) -> None:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, GoToDialog)
        type_text(qtbot, dialog.text_edit, text)
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)

    modals.answer(answer)
    qtbot.keyClick(area, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    qtbot.wait(50)


def test_the_week_title_wraps_between_whole_days_at_1024(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = calendar_window(qtbot, ctx, 1024, 768)
    _go_to(qtbot, modals, area, "v. 49 2026")
    lines = wrapped_lines(area.title)
    keep_shot(area, "calendar-week-title-1024")
    assert " ".join(lines) == "Vecka 49, 2026 · mån 30 nov – sön 6 dec"
    assert len(lines) > 1  # it does wrap at 1024: where is what matters
    for whole in ("Vecka 49, 2026", "mån 30 nov", "sön 6 dec"):
        assert any(whole in line for line in lines), (whole, lines)


def test_the_month_title_keeps_its_weeks_on_one_line(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = calendar_window(qtbot, ctx, 1024, 768)
    _go_to(qtbot, modals, area, "december 2026")
    lines = wrapped_lines(area.title)
    keep_shot(area, "calendar-month-title-1024")
    assert " ".join(lines) == "December 2026 · vecka 49–53"
    assert len(lines) > 1  # it wraps at 1024 too
    assert any("vecka 49–53" in line for line in lines), lines
