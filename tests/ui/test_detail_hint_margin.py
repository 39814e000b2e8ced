"""Åtgärder at 1280 × 800 with no action chosen: the pane's hint ("Välj en åtgärd i listan för
att följa upp den.") keeps some room from the list's scroll bar and the window's edge. It ran
from the splitter's edge to the window's, "Välj en åtgärd i listan" touching the list."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from pytestqt.qtbot import QtBot

from tests.ui.openers import actions_with_rows
from tests.ui.windows import settle
from ui.context import AppContext


def test_the_empty_panes_hint_keeps_off_the_list(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = actions_with_rows(qtbot, demo_ctx, 1280, 800)
    settle(qtbot)
    hint = area.detail.placeholder
    assert hint.isVisible() and hint.text() == "Välj en åtgärd i listan för att följa upp den."
    room = hint.contentsRect()
    assert room.left() >= 8 and hint.width() - room.right() >= 8
    flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    lines = hint.fontMetrics().boundingRect(QRect(0, 0, room.width(), 10_000), flags, hint.text())
    assert lines.width() <= room.width()  # wrapped between words inside that room
