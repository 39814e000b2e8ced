"""Kalender at 1024 × 768 and 1280 × 800, in the program's own style: the group, type and
priority area filters stand on one line, each reading its "all" text whole, and all the filters
take two lines at 1024 px and at 1280 px, nothing cut nor under "Nytt möte…", "Skriv ut…" and
the export. As wide as their longest choices, the three took a line each beside the buttons at
1024 px: five lines of filters above the month; then, the check boxes kept out from under the
buttons, three lines."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.own_style import LookAt
from tests.ui.windows import settle
from ui.calendar.area import CalendarArea
from ui.main_window import MainWindow
from ui.widgets.combo_widths import combo_width


def _text(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return widget.text() if isinstance(widget, QAbstractButton) else widget.objectName()


@pytest.mark.parametrize(("size", "lines"), [((1024, 768), 2), ((1280, 800), 2)])
def test_filters_on_few_lines(
    qtbot: QtBot,
    look_at_demo: LookAt[MainWindow],
    size: tuple[int, int],
    lines: int,
) -> None:
    def look(window: MainWindow) -> tuple[set[int], list[str], int, list[str]]:
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
        buttons = (area.new_button, area.print_button, area.export_button)
        checks = (bar.entries_check, bar.cancelled_check, bar.not_held.check)
        cut += [w.text() for w in (*checks, *buttons) if w.width() < w.sizeHint().width()]
        under = [
            f"{_text(w)} / {b.text()}"
            for w in shown
            for b in buttons
            if QRect(w.mapTo(page, QPoint()), w.size()).intersects(
                QRect(b.mapTo(page, QPoint()), b.size())
            )
        ]
        return tops, cut, len({w.mapTo(page, w.rect().topLeft()).y() for w in shown}), under

    combo_tops, cut, shown_lines, under = look_at_demo(size, look)
    assert len(combo_tops) == 1
    assert cut == []
    assert under == []
    assert shown_lines <= lines
