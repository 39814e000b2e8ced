"""Hjälp → Kortkommandon's search finds a word pasted decomposed ("å" as "a" + a combining ring,
as a Mac's clipboard may hold it), as every other list search does."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.tables import column_texts
from tests.ui.test_search_pasted_letters import paste
from ui.shortcuts_dialog import Shortcut, ShortcutsDialog


def test_a_pasted_word_with_a_swedish_letter_finds_its_shortcut(qtbot: QtBot) -> None:
    dialog = ShortcutsDialog(
        [
            Shortcut("Överallt", "Avsluta", "Ctrl+Q", 0),
            Shortcut("Larm", "Låna ut…", "Ctrl+L", 1),
            Shortcut("Larm", "Lämna tillbaka…", "Ctrl+R", 1),
        ]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    paste(qtbot, dialog.search, "låna")
    assert column_texts(dialog.table, "Vad") == ["Låna ut…"]
    dialog.search.clear()
    paste(qtbot, dialog.search, "överallt q")
    assert column_texts(dialog.table, "Vad") == ["Avsluta"]
