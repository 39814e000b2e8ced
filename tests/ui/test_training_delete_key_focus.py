"""Delete acts on the list that has the focus in Utbildning (Larm and Kris och övningar): with an
attendee chosen in the session's attendee list it removes that attendee, as "Ta bort" under the
list does, and leaves the session; in the sessions list it asks, as before, to delete the
session. Before, Delete anywhere on the page asked to delete the whole session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row, column_texts
from tests.ui.test_training_session_actions_alike import (
    AREAS,
    answer,
    choose_session,
    open_sessions,
    session_ids,
)
from tests.ui.windows import settle
from ui.context import AppContext
from ui.training.sessions import SessionsListPage


def attendees(page: SessionsListPage) -> list[str]:
    return column_texts(page.detail.attendees.table, "Deltagare")


@pytest.mark.parametrize("key", AREAS)
def test_delete_in_the_attendee_list_removes_the_attendee_not_the_session(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, key: str
) -> None:
    page = open_sessions(qtbot, demo_ctx, key)
    row = choose_session(qtbot, page)
    before = attendees(page)
    assert len(before) >= 2
    table = page.detail.attendees.table
    click_row(qtbot, table, before[1])
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    settle(qtbot)
    modals.check()  # no question about the session
    assert attendees(page) == [name for name in before if name != before[1]]
    assert row.id in session_ids(demo_ctx)
    current = page.current_row()
    assert current is not None and current.id == row.id
    assert current.attendee_count == len(before) - 1


@pytest.mark.parametrize("key", AREAS)
def test_delete_in_the_sessions_list_asks_about_the_session(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, key: str
) -> None:
    page = open_sessions(qtbot, demo_ctx, key)
    row = choose_session(qtbot, page)
    before = attendees(page)
    click_row(qtbot, page.detail.attendees.table, before[0])
    # Back in the sessions list, with the attendee still chosen beside it.
    click_row(qtbot, page.table, page.model.index(page.model.rows().index(row), 0).data())
    assert page.table.hasFocus()
    seen: list[str] = []
    modals.answer(answer(qtbot, seen, "Esc"))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(seen) == 1)
    modals.check()
    assert seen[0].startswith("Ta bort utbildningstillfälle: Ta bort tillfället Larmutbildning")
    assert row.id in session_ids(demo_ctx)
    assert attendees(page) == before


@pytest.mark.parametrize("how", ["Delete", "Ta bort"])
def test_after_a_removal_the_next_attendee_is_chosen_until_none_is_left(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, how: str
) -> None:
    """Removed, the attendee's row makes way for the next one, chosen: Delete (or "Ta bort")
    again removes attendee after attendee. With the last one gone "Ta bort" is greyed (it
    stayed enabled beside a list with no row chosen)."""
    page = open_sessions(qtbot, demo_ctx, "alarms")
    choose_session(qtbot, page)
    panel = page.detail.attendees
    before = attendees(page)
    click_row(qtbot, panel.table, before[0])
    for at, name in enumerate(before):
        chosen = panel.table.current_row()
        assert chosen is not None and chosen.name == name
        assert panel.remove_button.isEnabled()
        if how == "Delete":
            assert panel.table.hasFocus()
            qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
        else:
            qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        modals.check()
        assert attendees(page) == before[at + 1 :]
    assert panel.table.current_row() is None  # no row highlighted ...
    assert not panel.remove_button.isEnabled()  # ... and nothing to remove
