"""A picker's popup was only as wide as its field, so a person's "Name — Title, Organisation"
read "Anna Berglund — Trygghets- och säkerhetssamordnare, Os…". It is now as wide as its
longest item, up to the window's width, and kept within the window."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.clicks import line_edit, type_text
from tests.ui.windows import show_window
from ui.actions.action_dialog import ActionDialog
from ui.context import AppContext


def test_the_popup_shows_the_longest_name_whole(qtbot: QtBot, demo_ctx: AppContext) -> None:
    dialog = show_window(qtbot, ActionDialog(demo_ctx), 620, 480)
    type_text(qtbot, line_edit(dialog.person), "a")  # Ansvarig person
    completer = dialog.person.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    model = popup.model()
    texts = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    assert any(" — " in text for text in texts)
    widest = max(map(popup.fontMetrics().horizontalAdvance, texts))
    assert widest > dialog.person.width()  # cut in a popup as wide as the field
    assert popup.viewport().width() >= widest  # narrower than the window here
    shown, window = popup.geometry(), dialog.geometry()
    assert window.left() <= shown.left() and shown.right() <= window.right()
