"""The calendar's title wraps between its parts, never inside a day or after "vecka": the
week's broke at 1024 as "… · mån 30" over "nov – sön 6 dec", a day torn in two, the month's as
"… · vecka" over "49–53". At 1024 the short title now reads on one line; narrower, the week's
without its year, the month's without its weeks (the long title in the tooltip)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import calendar_window
from tests.ui.text_fit import plain, wrapped_lines
from tests.ui.windows import keep_shot, show_window
from ui.calendar.area import CalendarArea
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


def _narrowest(qtbot: QtBot, ctx: AppContext) -> CalendarArea:
    """The calendar alone at its least width (narrower than a laptop leaves it)."""
    area = CalendarArea(ctx)
    area.refresh()
    return show_window(qtbot, area, 600, 600)


def test_the_week_title_wraps_between_whole_days_at_1024(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    """At 1024 the short title reads on one line (test_calendar_navigation_one_line); at the
    calendar's least width a week at the year's turn too, without the year, never torn."""
    _window, area = calendar_window(qtbot, ctx, 1024, 768)
    _go_to(qtbot, modals, area, "v. 49 2026")
    assert wrapped_lines(area.title) == ["v. 49 · 30 nov – 6 dec"]
    assert plain(area.title.toolTip()) == "Vecka 49, 2026 · mån 30 nov – sön 6 dec"
    area = _narrowest(qtbot, ctx)
    _go_to(qtbot, modals, area, "v. 53 2026")
    keep_shot(area, "calendar-week-title-narrowest")
    # The buttons beside it narrow to their text before the title wraps: one line at the
    # least width too (it broke between its parts there, "v. 53 ·" over "28 dec – 3 jan").
    assert wrapped_lines(area.title) == ["v. 53 · 28 dec – 3 jan"]


def test_the_month_title_keeps_its_weeks_whole_or_leaves_them_to_its_tooltip(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = calendar_window(qtbot, ctx, 1024, 768)
    _go_to(qtbot, modals, area, "december 2026")
    assert wrapped_lines(area.title) == ["December 2026 · v. 49–53"]
    area = _narrowest(qtbot, ctx)
    _go_to(qtbot, modals, area, "december 2026")
    keep_shot(area, "calendar-month-title-narrowest")
    assert wrapped_lines(area.title) == ["December 2026"]  # not "… · vecka" over "49–53"
    assert plain(area.title.toolTip()) == "December 2026 · vecka 49–53"


def _words(title: str) -> list[str]:
    """A title's words and marks, "v." read as the "Vecka" it shortens."""
    words = re.findall(r"v\.|\w+|[·–]", plain(title))
    return ["Vecka" if word == "v." else word for word in words]


def _said_in(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is ``long`` with words left out, in the same order."""
    rest = iter(long)
    return all(word in rest for word in short)


@pytest.mark.parametrize("width", [900, 1024])
def test_a_short_week_title_is_the_long_one_with_less(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver, width: int
) -> None:
    """The short titles said other things than the long one: "v. 50 · 7–13 dec 2026" beside
    "Vecka 50, 2026 · mån 7 dec – sön 13 dec", and at the year's turn "28 dec 2026 – 3 jan
    2027" where the long title names week 53 of 2026 alone. Whichever form the width holds,
    it is now the long one (the tooltip) with words left out, through the year's turn."""
    _window, area = calendar_window(qtbot, ctx, width, 768)
    _go_to(qtbot, modals, area, "v. 49 2026")
    for _step in range(7):  # weeks 49 to 53 of 2026, 1 and 2 of 2027
        qtbot.wait(50)  # layout requests are posted
        shown, whole = area.title.text(), area.title.toolTip() or area.title.text()
        assert _said_in(_words(shown), _words(whole)), (plain(shown), plain(whole))
        qtbot.mouseClick(area.next_button, Qt.MouseButton.LeftButton)
