"""A fact's label stands beside the first line of its value, as in a form: "Prioriterade
områden" beside the first of a group's three areas, not halfway down their lines (the label was
centred in the height the form gave it, "Möts" between "1 gång/månad (ej juni–" and "aug));
a long value under its label ("Mötesregel") starts on the line below it."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.tables import click_row
from tests.ui.windows import settle, show_window
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.main_window import MainWindow


def _first_ink_row(label: QLabel) -> int:
    """The topmost row of ``label`` with text drawn on it (a pixel darker than the page)."""
    image = label.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    for y in range(image.height()):
        if any(image.pixelColor(x, y).lightness() < 160 for x in range(image.width())):
            return y
    raise AssertionError(f"nothing drawn in {label.text()!r}")


def test_a_label_beside_its_values_first_line(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    window.navigate("groups")
    area = window.area("groups")
    assert isinstance(area, GroupsArea)
    settle(qtbot)
    click_row(qtbot, area.page.table, "Lokal beredningsgrupp Östermalm")
    settle(qtbot)
    facts = area.detail.facts
    value = facts.value_label("priority_areas")
    label = facts.label_of("priority_areas")
    assert label.text() == "Prioriterade områden"
    assert value.text().count("\n") >= 1  # lines enough to show where the label stands
    value_top = value.y() + _first_ink_row(value)
    label_top = label.y() + _first_ink_row(label)
    assert abs(label_top - value_top) <= 1, (label_top, value_top)
    rule, over = facts.value_label("rule"), facts.label_of("rule")
    assert over.text() == "Mötesregel"
    assert rule.y() >= over.y() + over.height()  # under it
    assert rule.x() == over.x()  # from the pane's left, as a paragraph
