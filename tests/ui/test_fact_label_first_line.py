"""A fact's label stands beside the first line of its value, as in a form: "Mötesregel" beside
"Första måndagen varje månad …", not halfway down the rule's lines (the label was centred in
the height the form gave it, "Möts" between "1 gång/månad (ej juni–" and "aug)")."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.helpers import click_row, settle, show_window
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
    click_row(qtbot, area.page.table, "Arbetsgrupp skolan som brottsplats")
    settle(qtbot)
    facts = area.detail.facts
    value = facts.value_label("rule")
    label = facts._form.labelForField(value)
    assert isinstance(label, QLabel) and label.text() == "Mötesregel"
    assert value.text().count("\n") >= 1  # lines enough to show where the label stands
    value_top = value.y() + _first_ink_row(value)
    label_top = label.y() + _first_ink_row(label)
    assert abs(label_top - value_top) <= 1, (label_top, value_top)
