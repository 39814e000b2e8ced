"""The week's title on a laptop, in the program's own style, never breaks its line beside the
dash of its days: at 1024 it broke as "Vecka 50, 2026 · mån 7 dec" over "– sön 13 dec", a line
starting with the dash. The span is held whole (formatting.span_held); the title wraps after
"·", between the week and its days. (At 1024 the short title now reads on one line:
test_calendar_navigation_one_line.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.own_style import LookAt
from tests.ui.text_fit import wrapped_lines
from tests.ui.windows import keep_shot, settle
from ui.calendar.area import CalendarArea
from ui.main_window import MainWindow

WEEKS = 12  # a quarter of weeks: short and long days and months ("mån 7 dec", "sön 31 jan")
DASH = "–"


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
def test_no_line_of_the_week_title_starts_or_ends_with_the_dash(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    def look(window: MainWindow) -> list[list[str]]:
        window.navigate("calendar")
        area = window.area("calendar")
        assert isinstance(area, CalendarArea)
        settle(qtbot)
        qtbot.keyClick(area, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
        seen = []
        for week in range(WEEKS):
            qtbot.wait(50)  # layout requests are posted
            seen.append(wrapped_lines(area.title))
            if week == 1:
                keep_shot(window, f"calendar-week-title-dash-{size[0]}")
            qtbot.mouseClick(area.next_button, Qt.MouseButton.LeftButton)
        return seen

    titles = look_at_demo(size, look)
    long_or_short = ("Vecka ", "v. ")
    assert all(" ".join(lines).startswith(long_or_short) for lines in titles), titles
    for lines in titles:
        for line in lines:
            assert not line.startswith(DASH) and not line.endswith(DASH), lines
        # the days' span whole on its line, wrapped or not ("7–13 dec" in the short title)
        assert any(DASH in line and line.count(" ") >= 2 for line in lines), lines
