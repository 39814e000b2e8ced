"""Typing in the Actions list before its in-memory index is ready (the first seconds at city
scale): the database answers through its trigram index, with the same result, and an edit shows
up in the next search."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

import ui.actions.area as area_module
from samverkan_desktop.services import action_list, action_reading, actions
from samverkan_desktop.services.action_filter import ActionFilter
from samverkan_desktop.services.action_list_rows import action_list_rows
from samverkan_desktop.services.actions import input_of
from tests.ui.clicks import type_text
from tests.ui.tables import column_texts
from tests.ui.windows import show_window
from ui.actions.area import ActionsArea
from ui.context import AppContext


@pytest.fixture
def sql_area(qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> ActionsArea:
    """The area as on a large register, its index not built yet (nor started here)."""
    monkeypatch.setattr(area_module, "SYNC_INDEX_LIMIT", 0)
    monkeypatch.setattr(area_module, "INDEX_START_DELAY_MS", 600_000)
    view = ActionsArea(demo_ctx)
    show_window(qtbot, view, 1500, 900)
    return view


def _expected_titles(ctx: AppContext, term: str) -> list[str]:
    ids = ctx.call(action_list.action_ids, ActionFilter(open_only=True, search=term))
    return [row.title for row in ctx.call(action_list_rows, ids)]


def _search(qtbot: QtBot, area: ActionsArea, term: str) -> list[str]:
    area.search.clear()
    type_text(qtbot, area.search, term)
    qtbot.waitUntil(lambda: not area._searching.pause.isActive())
    return column_texts(area.table, "Åtgärd")


def test_a_search_typed_before_the_index_is_ready_lists_what_the_index_would(
    qtbot: QtBot, sql_area: ActionsArea
) -> None:
    ctx = sql_area.ctx
    shown = _search(qtbot, sql_area, "BELYS")
    assert sql_area._index is None  # answered by the database
    assert shown == _expected_titles(ctx, "BELYS")
    assert shown and all("belys" in title.lower() for title in shown)
    assert _search(qtbot, sql_area, "50%_") == []  # typed text, not wildcards
    assert _search(qtbot, sql_area, "be") == _expected_titles(ctx, "be")  # too short to index

    first = ctx.call(action_list.first_ids, ActionFilter(open_only=True))[0]
    action = ctx.call(action_reading.get_action, first)
    renamed = replace(
        input_of(action), title="Skotta trappan vid Årstabadet", expected_version=action.version
    )
    ctx.call(actions.update_action, first, renamed)
    assert _search(qtbot, sql_area, "ÅRSTABAD") == ["Skotta trappan vid Årstabadet"]
    assert sql_area._index is None
