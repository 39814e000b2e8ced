"""The training sessions are one register shown in Larm → Utbildning and in Kris och övningar →
Utbildning: both tool bars hold the same actions, Delete asks the same question in both, and
"Redigera kurs…" follows the course shown. Before, Larm knew no Delete key, asked "Ta bort
tillfället 2021-03-12 och dess deltagarlista?" without the course, and offered "Redigera kurs…"
with no session chosen (it edited Larmutbildning whatever the list showed); Kris och övningar
said "Redigera kursen…" where Larm said "Redigera kurs…" (seen under Xvfb)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import training
from samverkan_desktop.services.training import SessionRow
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window, sessions_page
from tests.ui.tables import click_row
from tests.ui.windows import settle
from ui.context import AppContext
from ui.training.dialogs import CourseDialog
from ui.training.sessions import SessionsListPage

AREAS = ["alarms", "crisis"]

TOOL_BAR = [
    ("Nytt utbildningstillfälle…", "Ctrl+N"),
    ("Redigera tillfälle…", ""),
    ("Ta bort tillfälle…", "Del"),
    ("|", ""),
    ("Ny kurs…", ""),
    ("Redigera kurs…", ""),
]


def open_sessions(qtbot: QtBot, ctx: AppContext, key: str) -> SessionsListPage:
    """The sessions list of Larm → Utbildning or Kris och övningar → Utbildning, as a user
    reaches it by clicking the tabs."""
    window, _area = area_in_window(qtbot, ctx, key, QWidget, 1024, 768)
    return sessions_page(qtbot, window, key)


def tool_bar(page: SessionsListPage) -> list[tuple[str, str]]:
    return [
        ("|", "") if a.isSeparator() else (a.text(), a.shortcut().toString())
        for a in page.toolbar.actions()
    ]


def enabled(page: SessionsListPage, text: str) -> bool:
    return next(a for a in page.toolbar.actions() if a.text() == text).isEnabled()


def click_action(qtbot: QtBot, page: SessionsListPage, text: str) -> None:
    """Click the tool bar's button of the action ``text``."""
    action = next(a for a in page.toolbar.actions() if a.text() == text)
    button = page.toolbar.widgetForAction(action)
    assert button is not None and button.isVisible() and button.isEnabled(), text
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_session(qtbot: QtBot, page: SessionsListPage) -> SessionRow:
    """Click the newest session of the alarm training in the list (the table has the focus)."""
    row = next(r for r in page.model.rows() if r.course == "Larmutbildning")
    click_row(qtbot, page.table, page.model.index(page.model.rows().index(row), 0).data())
    assert page.current_row() == row
    return row


def edited_course(qtbot: QtBot, modals: ModalDriver, page: SessionsListPage) -> str:
    """Click "Redigera kurs…": the name in the course's form, which is then cancelled."""
    names: list[str] = []

    def read_and_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, CourseDialog)
        names.append(dialog.name_edit.text())
        dialog.reject()

    modals.answer(read_and_cancel)
    click_action(qtbot, page, "Redigera kurs…")
    qtbot.waitUntil(lambda: len(names) == 1)
    modals.check()
    return names[0]


def session_ids(ctx: AppContext) -> set[int]:
    return {r.id for r in ctx.call(training.list_sessions, None)}


def answer(qtbot: QtBot, seen: list[str], how: str) -> Callable[[QWidget], None]:
    """Read the question into ``seen`` and answer it: Esc, or click the button ``how``."""

    def handler(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(f"{box.windowTitle()}: {box.text()}")
        if how == "Esc":
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        else:
            click_button(qtbot, box, how)

    return handler


@pytest.mark.parametrize("key", AREAS)
def test_the_tool_bar_holds_the_same_actions_in_both_areas(
    qtbot: QtBot, demo_ctx: AppContext, key: str
) -> None:
    page = open_sessions(qtbot, demo_ctx, key)
    assert tool_bar(page) == TOOL_BAR
    assert not enabled(page, "Redigera tillfälle…")
    assert not enabled(page, "Ta bort tillfälle…")


@pytest.mark.parametrize("key", AREAS)
def test_delete_asks_the_same_question_and_esc_or_cancel_keeps_the_session(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, key: str
) -> None:
    page = open_sessions(qtbot, demo_ctx, key)
    row = choose_session(qtbot, page)
    question = (
        "Ta bort utbildningstillfälle: Ta bort tillfället Larmutbildning den "
        f"{row.held_on.isoformat()} och dess deltagarlista?"
    )
    seen: list[str] = []
    modals.answer(answer(qtbot, seen, "Esc"))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(seen) == 1)
    modals.answer(answer(qtbot, seen, "Avbryt"))
    click_action(qtbot, page, "Ta bort tillfälle…")
    qtbot.waitUntil(lambda: len(seen) == 2)
    modals.check()
    assert seen == [question, question]
    assert row.id in session_ids(demo_ctx)
    assert page.current_row() == row


@pytest.mark.parametrize("key", AREAS)
def test_delete_answered_with_ta_bort_removes_the_session(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, key: str
) -> None:
    page = open_sessions(qtbot, demo_ctx, key)
    row = choose_session(qtbot, page)
    seen: list[str] = []
    modals.answer(answer(qtbot, seen, "Ta bort"))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: row.id not in session_ids(demo_ctx))
    modals.check()
    assert len(seen) == 1
    settle(qtbot)
    assert row.id not in [r.id for r in page.model.rows()]


@pytest.mark.parametrize("key", AREAS)
def test_edit_course_follows_the_course_shown(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, key: str
) -> None:
    page = open_sessions(qtbot, demo_ctx, key)
    # No session chosen, all courses listed: which course would it edit?
    assert page.current_row() is None and page.course_filter.value() is None
    assert not enabled(page, "Redigera kurs…")
    choose_session(qtbot, page)
    assert enabled(page, "Redigera kurs…")
    assert edited_course(qtbot, modals, page) == "Larmutbildning"


@pytest.mark.parametrize("key", AREAS)
def test_edit_course_edits_the_course_chosen_in_the_filter(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, key: str
) -> None:
    page = open_sessions(qtbot, demo_ctx, key)
    combo = page.course_filter
    # Down from "Alla kurser" with the keyboard, as a user picks the first course.
    qtbot.mouseClick(page.search, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.search, Qt.Key.Key_Tab)
    assert combo.hasFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    course = combo.currentText()
    assert combo.value() is not None
    settle(qtbot)
    assert page.current_row() is None
    assert edited_course(qtbot, modals, page) == course
