"""A pane's bulleted lines hang: a remark under Brandskydd that wraps at 1024 px goes on under
its first word, not back under its bullet (where "Öppen" read as a point of its own), and so do
points typed with "- " in any pane's text. The text given stays as it was for copying."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QTabWidget
from pytestqt.qtbot import QtBot

from tests.ui.openers import area_in_window
from tests.ui.windows import keep_shot
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.widgets.detail import DetailPane


def _click_tab(qtbot: QtBot, tabs: QTabWidget, text: str) -> None:
    bar = tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == text)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def _line_starts(label: QLabel) -> list[list[float]]:
    """Per paragraph shown, where each of its lines starts, and (first) where its text after
    the bullet starts."""
    document = label.findChild(QTextDocument)
    assert document is not None  # selectable text: the label draws its document
    starts = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        first = layout.lineAt(0)
        # "•" and the space after it (PySide gives x and the position back)
        after_bullet = cast(tuple[float, int], first.cursorToX(2))[0]
        starts.append([after_bullet] + [layout.lineAt(i).x() for i in range(layout.lineCount())])
        block = block.next()
    return starts


def _hangs(starts: list[float]) -> bool:
    after_bullet, _first, *wrapped = starts
    return bool(wrapped) and all(abs(x - after_bullet) <= 1 for x in wrapped)


def test_a_wrapped_remark_goes_on_under_its_text_at_1024(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea, 1024, 768)
    _click_tab(qtbot, area.tabs, "Brandskydd")
    page = area.fire_page
    latest = page.table.visualRect(page.table.model().index(0, 0))  # the one with a remark
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=latest.center())
    qtbot.waitUntil(page.detail.showing_record)
    qtbot.wait(50)
    keep_shot(window, "fire-remark-hangs")
    remarks = page.detail.text_label("remarks")
    (starts,) = _line_starts(remarks)
    assert len(starts) >= 3, "the remark fits one line: nothing to look at"
    assert _hangs(starts), starts
    assert page.detail.text("remarks").startswith("• Utrymningsskylt saknas")


def test_points_typed_in_a_text_hang_and_other_lines_stay_as_typed(qtbot: QtBot) -> None:
    pane = DetailPane("")
    qtbot.addWidget(pane)
    pane.add_text("notes", "Anteckningar")
    notes = (
        "Inför mötet:\n"
        "- Boka lokal i Medborgarhuset och skicka kallelse till samtliga deltagare i gruppen\n"
        "Sedan något annat."
    )
    pane.show_record("Trygghetsgruppen")
    pane.set_text("notes", notes)
    pane.resize(320, 500)
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.wait(50)
    intro, point, after = _line_starts(pane.text_label("notes"))
    assert _hangs(point), point
    assert after[1] == intro[1] == 0  # a line without a bullet starts at the edge
    assert pane.text("notes") == notes
