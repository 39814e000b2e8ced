"""Kalender at 1024 × 768 and 1280 × 800, in the program's own style: the group, type and
priority area filters stand on one line, each reading its "all" text whole, and all the filters
take at most three lines at 1024 px (two at 1280 px). As wide as their longest choices, the
three took a line each beside "Nytt möte…", "Skriv ut…" and the export at 1024 px: five lines
of filters above the month."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import settle
from tests.ui.own_style import LookAt
from ui.calendar.area import CalendarArea
from ui.main_window import MainWindow
from ui.widgets.list_page import combo_width


@pytest.mark.parametrize(("size", "lines"), [((1024, 768), 3), ((1280, 800), 2)])
def test_filters_on_few_lines(
    qtbot: QtBot,
    look_at_demo: LookAt[MainWindow],
    size: tuple[int, int],
    lines: int,
) -> None:
    def look(window: MainWindow) -> tuple[set[int], list[str], int]:
        window.navigate("calendar")
        area = window.area("calendar")
        assert isinstance(area, CalendarArea)
        settle(qtbot)
        bar = area.filter_bar
        combos = (bar.group_filter, bar.type_filter, bar.area_filter)
        shown: list[QWidget] = [*combos, bar.entries_check, bar.cancelled_check]
        shown.append(bar.not_held.check)
        page = area.page
        tops = {c.mapTo(page, c.rect().topLeft()).y() for c in combos}
        cut = [c.currentText() for c in combos if c.width() < combo_width(c, [c.currentText()])]
        return tops, cut, len({w.mapTo(page, w.rect().topLeft()).y() for w in shown})

    combo_tops, cut, shown_lines = look_at_demo(size, look)
    assert len(combo_tops) == 1
    assert cut == []
    assert shown_lines <= lines
