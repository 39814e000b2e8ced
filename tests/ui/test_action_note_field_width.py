"""A chosen action's follow-up note is typed across the pane beside the list: beside its button
the field had 85 px ("Skriv en uppfölj…") in a laptop's window and at 1366 × 768 alike; its
placeholder reads whole."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.openers import actions_with_rows
from tests.ui.tables import click_row, column_texts
from tests.ui.text_fit import line_edit_text_room
from tests.ui.windows import settle
from ui.context import AppContext


@pytest.mark.parametrize("size", [(1100, 700), (1280, 800), (1366, 768)])
def test_the_note_field_has_the_panes_width(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    area = actions_with_rows(qtbot, demo_ctx, *size)
    click_row(qtbot, area.table, column_texts(area.table, "Åtgärd")[0])
    settle(qtbot)
    detail = area.detail
    assert detail.note_edit.isVisible() and detail.note_button.isVisible()
    assert detail.note_edit.width() >= detail.notes.width() - 2
    assert detail.note_edit.width() >= 200
    # its placeholder whole (at 1280 it read "Skriv en uppföljningsanteckning, d…")
    placeholder = detail.note_edit.placeholderText()
    assert placeholder == "Ny anteckning, daterad i dag …"
    needed = detail.note_edit.fontMetrics().horizontalAdvance(placeholder)
    assert needed <= line_edit_text_room(detail.note_edit)
    # the button whole, under the field
    button = detail.note_button
    assert button.width() >= button.sizeHint().width()
    assert (
        button.mapTo(detail, button.rect().topLeft()).y()
        > detail.note_edit.mapTo(detail, detail.note_edit.rect().bottomLeft()).y()
    )
