"""Clicking the Actions list's "Ansvarig" header lists the responsible in Swedish order
("…, Zetterberg, Åberg, Ängby, Öberg", case aside), and back on a second click: from the
in-memory index and, in the first seconds at city scale, from the database. Both sorted in
byte order: Ä before Å, both after "z", "Éva" after "Öberg"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import ui.actions.area as area_module
from samverkan_desktop.services import actions, contacts
from samverkan_desktop.services.actions import ActionInput
from tests.ui.tables import click_header, column_texts
from tests.ui.windows import show_window
from ui.actions.area import ActionsArea
from ui.context import AppContext

CREATED = ["Öberg", "eva", "Zetterberg", "Éva", "Ängby", "adam", "Åberg"]  # "eva" first: ties by id
SWEDISH = ["adam", "eva", "Éva", "Zetterberg", "Åberg", "Ängby", "Öberg"]


@pytest.mark.parametrize("index_ready", [True, False], ids=["in memory", "from the database"])
def test_clicking_the_responsible_header_lists_them_in_swedish_order(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, index_ready: bool
) -> None:
    def fill(session) -> None:  # type: ignore[no-untyped-def]
        for n, name in enumerate(CREATED):
            person = contacts.create_person(session, contacts.PersonInput(name))
            actions.create_action(session, ActionInput(f"Åtgärd {n}", responsible_person_id=person))

    ctx.call(fill)
    if not index_ready:  # as on a large register: the index is not built yet
        monkeypatch.setattr(area_module, "SYNC_INDEX_LIMIT", 0)
        monkeypatch.setattr(area_module, "INDEX_START_DELAY_MS", 600_000)
    area = show_window(qtbot, ActionsArea(ctx), 1280, 800)
    qtbot.waitUntil(lambda: len(column_texts(area.table, "Ansvarig")) == len(CREATED))
    seen = set()
    for _ in range(2):
        order = click_header(qtbot, area.table, "Ansvarig")
        shown = column_texts(area.table, "Ansvarig")
        ascending = order == Qt.SortOrder.AscendingOrder
        assert shown == (SWEDISH if ascending else SWEDISH[::-1])
        seen.add(ascending)
    assert seen == {True, False}
    assert (area._index is not None) == index_ready
