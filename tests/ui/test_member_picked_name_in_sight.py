"""A member picked from the popup of names reads from the start of the name: the field showed
the end of "Helena Wikström — Sekreterare pensionärs- och funktionshinderråden, Östermalms
stadsdelsförvaltning", her name out of sight to the left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import groups
from tests.ui.clicks import line_edit, type_text
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.member_dialog import MemberDialog

GROUP = "Krisstödsgruppen"


def test_the_name_picked_from_the_popup_is_in_sight(qtbot: QtBot, demo_ctx: AppContext) -> None:
    (row,) = [g for g in demo_ctx.call(groups.list_groups) if g.name == GROUP]
    group = demo_ctx.call(groups.get_group, row.id)
    dialog = show_window(qtbot, MemberDialog(demo_ctx, group), 560, 240)
    field = line_edit(dialog.person_combo)
    type_text(qtbot, field, "helena")
    completer = dialog.person_combo.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    QApplication.processEvents()  # as the window goes on after the key
    assert field.text().startswith("Helena Wikström — ")
    assert field.fontMetrics().horizontalAdvance(field.text()) > field.width()  # it must scroll
    assert field.cursorPosition() == 0, "the field shows the end of the text, not the name"
