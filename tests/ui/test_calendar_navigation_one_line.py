"""Kalender's navigation row on a laptop (1024 × 768, the program's own style) is one line in
the week, month and list views: the week's title, "Vecka 49, 2026 · mån 30 nov – sön 6 dec",
wanted about 900 px of the row's 790 and took two lines, the row twice as tall as its buttons.
Where the long title does not fit, a shorter one reads, "Vecka 50, 2026 · 7–13 dec" (and
"December 2026 · v. 49–53"); at 1280 × 800 the long one. At 900 × 700, the least window, the
week's shortest, "v. 50 · 7–13 dec", took two lines beside buttons 80 px wide for "Lista": they
now give up their spare room first."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.own_style import LookAt
from tests.ui.text_fit import plain, wrapped_lines
from tests.ui.windows import keep_shot, settle
from ui.calendar.area import CalendarArea
from ui.main_window import MainWindow

WEEKS = 12  # a quarter of weeks: short and long days and months, a year's turn
ALT = Qt.KeyboardModifier.AltModifier


def _titles(qtbot: QtBot, area: CalendarArea, mode_key: Qt.Key, steps: int) -> list[list[str]]:
    """The title's lines in each period, stepped on with ›, and its tooltip last (the
    navigation row's own height checked against its buttons on the way)."""
    qtbot.keyClick(area, mode_key, ALT)
    seen = []
    for _step in range(steps):
        qtbot.wait(50)  # layout requests are posted
        seen.append([*wrapped_lines(area.title), plain(area.title.toolTip())])
        button = area.today_button
        assert area.title.height() < 2 * button.height(), (seen[-1], area.title.height())
        qtbot.mouseClick(area.next_button, Qt.MouseButton.LeftButton)
    return seen


@pytest.mark.parametrize(
    "size", [(900, 700), (1024, 768), (1280, 800)], ids=["900", "1024", "1280"]
)
def test_the_navigation_row_is_one_line_on_a_laptop(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    def look(window: MainWindow) -> dict[str, list[list[str]]]:
        window.navigate("calendar")
        area = window.area("calendar")
        assert isinstance(area, CalendarArea)
        settle(qtbot)
        weeks = _titles(qtbot, area, Qt.Key.Key_W, WEEKS)
        keep_shot(window, f"calendar-navigation-week-{size[0]}")
        months = _titles(qtbot, area, Qt.Key.Key_M, 12)  # "September 2027 · v. 35–39"
        keep_shot(window, f"calendar-navigation-month-{size[0]}")
        return {"week": weeks, "month": months, "list": _titles(qtbot, area, Qt.Key.Key_L, 3)}

    seen = look_at_demo(size, look)
    for mode, titles in seen.items():
        for *lines, _tooltip in titles:
            assert len(lines) == 1, (mode, lines)
    weeks = seen["week"]
    if size[0] < 1280:  # the short title, the long one in its tooltip
        for title, tooltip in weeks:
            assert " mån " not in title and tooltip.startswith("Vecka "), (title, tooltip)
            week = title.split(" · ")[0].split(",")[0].split(" ")[1]
            assert week == tooltip.split(",")[0].split(" ")[1], (title, tooltip)
    if size[0] == 1024:
        # the year where it fits ("Vecka 50, 2026 · 7–13 dec"), whichever year the clock reads
        assert any(re.search(r", \d{4} · ", title) for title, _tooltip in weeks), weeks
    if size[0] == 1280:  # the long title
        for title, tooltip in weeks:
            assert title.startswith("Vecka ") and " mån " in title and not tooltip, title
