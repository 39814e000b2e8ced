"""A long agenda heading wraps in the agenda tab's list at 1280 × 800: no horizontal scroll bar,
the row grows to hold the whole heading (it ran off to the right, cut off, before)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import meeting_editor
from ui.context import AppContext
from ui.meetings.dialogs import AgendaItemDialog

LONG = (
    "Trygghetsskapande åtgärder kring Hötorgets tunnelbaneuppgång under vinterhalvåret "
    "med fokus på belysning, ordningsvakter och städning av gångtunnlarna"
)


def test_a_150_character_heading_wraps_and_is_shown_whole(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    assert len(LONG) >= 150
    editor = meeting_editor(qtbot, demo_ctx, tab="agenda_tab")
    tab = editor.agenda_tab

    def add_item(dialog: QWidget) -> None:
        assert isinstance(dialog, AgendaItemDialog)
        type_text(qtbot, dialog.title_edit, LONG)
        click_button(qtbot, dialog, "Lägg till punkt")

    modals.answer(add_item)
    click_button(qtbot, tab, "Ny punkt…")
    modals.check()
    qtbot.wait(50)

    items = tab.items
    last = items.item(items.count() - 1)
    assert LONG in last.text()
    assert not items.horizontalScrollBar().isVisible()
    row = items.visualItemRect(last)
    short = items.visualItemRect(items.item(0))
    assert row.height() >= 2 * short.height()  # wrapped onto more lines
    needed = items.fontMetrics().boundingRect(
        QRect(0, 0, items.viewport().width() - 8, 10_000), Qt.TextFlag.TextWordWrap, last.text()
    )
    assert needed.height() <= row.height()  # every line of it, in the list's width
