"""A walk's Checklistsvar at 1024 × 768: each point's note field has room for its hint, "Vad ni
såg, var exakt", and for a note typed. The stops' list (up to 280 px) and the points' titles
(240 px at least) left the notes 75 px: "Vad ni så…"; then the stops' list kept Qt's 256 px for
names of 200 and the notes had 143 px, a typed note showing as "…en, mörkt under träden". The
stops now take a fifth of the tab, a long name wrapping between its words onto a second line;
at 1440 × 900 they read on one line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from tests.ui.clicks import type_text
from tests.ui.record_tabs import walk_tab
from tests.ui.text_fit import line_edit_text_room
from tests.ui.windows import keep_shot
from ui.context import AppContext

TEXT_WRAP = int(Qt.TextFlag.TextWordWrap)


NOTE = "Lampan trasig, mörkt under träden"


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1440, 900)])
def test_the_notes_have_room_for_their_hint_and_a_note(
    qtbot: QtBot, demo_ctx: AppContext, width: int, height: int
) -> None:
    tab = walk_tab(qtbot, demo_ctx, "checklist_tab", width, height).checklist_tab
    keep_shot(tab, f"walk-checklist-{width}")
    assert tab.rows, "the walk has checklist points"
    for row in tab.rows:
        hint = row.note.placeholderText()
        assert hint == "Vad ni såg, var exakt"
        assert row.note.fontMetrics().horizontalAdvance(hint) <= line_edit_text_room(row.note)
        # each point's title still shows whole, on as many lines as it takes
        title = row.title
        assert title.heightForWidth(title.width()) <= title.height(), title.text()
    # a note typed in the first point shows whole, not its end alone
    note = tab.rows[0].note
    note.setFocus()
    type_text(qtbot, note, NOTE)
    assert note.text() == NOTE
    assert note.fontMetrics().horizontalAdvance(NOTE) <= line_edit_text_room(note)
    # the stops read whole beside them, a long name on two lines at 1024 and on one at 1440
    stops = tab.stops
    room = stops.viewport().width() - 8
    lines = []
    for index in range(stops.count()):
        item = stops.item(index)
        text, rect = item.text(), stops.visualItemRect(item)
        words = text.split()
        assert max(map(stops.fontMetrics().horizontalAdvance, words)) <= room, text
        needed = stops.fontMetrics().boundingRect(0, 0, room, 1000, TEXT_WRAP, text).height()
        assert needed <= rect.height(), text
        lines.append(round(needed / stops.fontMetrics().lineSpacing()))
    assert max(lines) == (2 if width == 1024 else 1), lines
    # and the points do not scroll sideways
    scroll = tab.findChild(QScrollArea)
    assert scroll is not None and scroll.horizontalScrollBar().maximum() == 0
