"""Historik of a record with no history (the example data's, or one made before the history was
kept) says so in a sentence, as an empty list does, in place of two empty tables under their
headers ("När, Vem, Vad, Ändringar" over nothing, "Fält, Före, Efter" over nothing)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from tests.ui.windows import keep_shot
from ui.contacts.area import ContactsArea
from ui.context import AppContext
from ui.widgets.history import HistoryDialog

EMPTY = (
    "Inga ändringar finns registrerade för posten (den skapades innan historiken fördes, eller "
    "med exempeldata)."
)


def test_a_record_without_history_shows_a_sentence_not_empty_tables(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "contacts", ContactsArea, 1024, 768)
    page = area.people
    name = page.table.rows()[0].name
    click_row(qtbot, page.table, name)
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, HistoryDialog)
        qtbot.wait(50)
        keep_shot(dialog, "history-empty")
        seen["title"] = dialog.windowTitle()
        seen["texts"] = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
        seen["tables"] = [
            view for view in dialog.findChildren(QAbstractItemView) if view.isVisible()
        ]
        seen["height"] = dialog.height()
        click_button(qtbot, dialog, "Stäng")

    modals.answer(look)
    qtbot.keyClick(page.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "title" in seen)
    modals.check()
    assert seen["title"] == f"Historik: Person – {name}"
    assert seen["texts"] == [EMPTY]
    assert seen["tables"] == []
    assert isinstance(seen["height"], int) and seen["height"] < 400
