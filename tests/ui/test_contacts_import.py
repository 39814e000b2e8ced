"""A new coordinator's first step on an empty register: the empty people list points to
"Importera från Excel…", and the button brings the Excel list in, saying which rows to look at."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.excel_lists import write_xlsx
from tests.ui.conftest import ModalDriver
from tests.ui.helpers import acknowledge, click_button, column_texts, show_window
from ui.contacts import list_import
from ui.contacts.area import ContactsArea
from ui.context import AppContext


def test_the_empty_list_points_to_the_import_and_the_list_comes_in(
    qtbot: QtBot,
    ctx: AppContext,
    modals: ModalDriver,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    area = show_window(qtbot, ContactsArea(ctx), 1280, 800)
    table = area.people.table
    qtbot.waitUntil(lambda: table.empty_label.isVisible())
    assert "”Importera från Excel” tar in er lista" in table.empty_label.text()

    chosen = write_xlsx(tmp_path / "Kontakter 2026.xlsx")
    monkeypatch.setattr(list_import, "choose_list", lambda _parent: chosen)  # the file dialog
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    click_button(qtbot, area.people, "Importera från Excel")
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10000)
    qtbot.waitUntil(lambda: table.model().rowCount() == 3)
    assert sorted(column_texts(table, "Namn")) == ["Björn Ängström", "Karin Ek", "Åsa Öberg"]
    assert "3 personer har lagts till och 3 nya organisationer." in seen[0]
    assert "Rad 6, Karin Ek: telefonnumret ”ring växeln”" in seen[0]
    assert not table.empty_label.isVisible()
    modals.check()
