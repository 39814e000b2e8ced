"""History: a change too long for the lower pane (a note of a page or more) can be scrolled
to its end; the table scrolled by whole rows, and a single row taller than the pane had no
scroll bar, so the rest of the text could not be read."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QAbstractSlider
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import GroupType
from samverkan_desktop.services import group_editing, groups
from samverkan_desktop.services.group_rows import GroupInput
from ui.context import AppContext
from ui.widgets.history import HistoryDialog

NOTE = "Samverkan med fastighetsägarna kring belysningen i parken och vid tunnelbanan. " * 30


def test_a_long_note_in_the_history_scrolls_to_its_last_line(qtbot: QtBot, ctx: AppContext) -> None:
    group_id = ctx.call(
        group_editing.create_group,
        GroupInput("Platssamverkan Stureplan", GroupType.PLATSSAMVERKAN),
    )
    detail = ctx.call(groups.get_group, group_id)
    noted = dataclasses.replace(detail.to_input(), notes=NOTE.strip())
    ctx.call(group_editing.update_group, group_id, noted)  # a change of the note alone
    dialog = HistoryDialog(ctx, "groups", group_id, "Platssamverkan Stureplan")
    qtbot.addWidget(dialog)
    dialog.resize(900, 560)  # its own size, as on a 1024 × 768 screen
    dialog.show()
    qtbot.waitExposed(dialog)
    fields = dialog.fields
    assert [texts[0] for texts in dialog.field_texts()] == ["Anteckningar"]  # the newest
    row = 0
    assert fields.rowHeight(row) > fields.viewport().height()  # taller than the pane
    scroll = fields.verticalScrollBar()
    scroll.triggerAction(QAbstractSlider.SliderAction.SliderToMaximum)
    assert scroll.isVisible()
    bottom = fields.rowViewportPosition(row) + fields.rowHeight(row)
    assert bottom <= fields.viewport().height()  # the note's last line is in view
