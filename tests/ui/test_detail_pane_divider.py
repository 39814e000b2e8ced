"""Åtgärder at 1024 × 768: the divider between an action's facts and its follow-up notes, once
the user drags it, stays where they put it while the action is shown (the window resized, a
note added); another action is fitted to its own facts again. It went back to the fit at every
resize of the window. And a window made only taller does not measure the facts again (their
lines wrap as before): the pane shares the new height by the need it measured."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.ui.clicks import type_text
from tests.ui.openers import actions_with_rows, choose_action
from tests.ui.tables import column_texts
from tests.ui.windows import settle
from ui.actions.area import ActionsArea
from ui.actions.detail import ActionDetailPane
from ui.context import AppContext

SCREEN = (1024, 768)


def _drag_divider(qtbot: QtBot, pane: ActionDetailPane, down: int) -> None:
    """Drag the divider above the notes ``down`` pixels with the mouse."""
    handle = pane._splitter.handle(1)
    start = handle.rect().center()
    left = Qt.MouseButton.LeftButton
    QTest.mousePress(handle, left, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 5):
        QTest.mouseMove(handle, start + QPoint(0, down * step // 4))
    QTest.mouseRelease(handle, left, Qt.KeyboardModifier.NoModifier, start + QPoint(0, down))
    settle(qtbot)


def _resized(qtbot: QtBot, area: ActionsArea, width: int, height: int) -> None:
    area.window().resize(width, height)
    settle(qtbot)


def test_a_dragged_divider_stays_until_another_action_is_chosen(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = actions_with_rows(qtbot, demo_ctx, *SCREEN)
    titles = column_texts(area.table, "Åtgärd")
    pane = choose_action(qtbot, area, titles[0])
    fitted = pane._splitter.sizes()
    _drag_divider(qtbot, pane, 60)
    dragged = pane._splitter.sizes()
    assert dragged[0] >= fitted[0] + 50  # the facts' part is taller, the notes' shorter

    width = pane.width()
    _resized(qtbot, area, 1440, SCREEN[1])  # a wider pane: the facts wrap anew
    assert pane.width() > width
    assert pane._splitter.sizes() == dragged
    _resized(qtbot, area, *SCREEN)
    assert pane._splitter.sizes() == dragged

    qtbot.mouseClick(pane.note_edit, Qt.MouseButton.LeftButton)  # a note: the action shown again
    qtbot.waitUntil(pane.note_edit.hasFocus)
    type_text(qtbot, pane.note_edit, "Ringt fastighetsägaren")
    qtbot.keyClick(pane.note_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any("Ringt fastighetsägaren" in t for t in pane.note_texts()))
    settle(qtbot)
    assert pane.title.text() == titles[0]
    assert pane._splitter.sizes() == dragged

    choose_action(qtbot, area, titles[1])  # another action: fitted to its own facts
    top, below = pane._splitter.sizes()
    total, least = top + below, pane.bottom_need()
    assert least is not None
    assert top == min(pane.sections_need(), max(2 * total // 3, total - least))
    choose_action(qtbot, area, titles[0])
    assert pane._splitter.sizes() == fitted  # and the first too, when chosen again


def _counting(pane: ActionDetailPane) -> list[int]:
    """How often the pane measures its sections from now on."""
    calls: list[int] = []
    measure: Callable[[], int] = pane.sections_need

    def counted() -> int:
        calls.append(1)
        return measure()

    pane.sections_need = counted  # type: ignore[method-assign]
    return calls


def test_a_taller_window_shares_the_height_without_measuring_the_facts_again(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = actions_with_rows(qtbot, demo_ctx, *SCREEN)
    pane = choose_action(qtbot, area, column_texts(area.table, "Åtgärd")[0])
    need = pane.sections_need()
    calls = _counting(pane)
    _resized(qtbot, area, SCREEN[0], SCREEN[1] + 120)
    assert calls == []
    top, below = pane._splitter.sizes()
    assert top == need and below > 0  # the facts whole, the notes the rest of the height
    assert not pane._scroll.verticalScrollBar().isVisible()
    _resized(qtbot, area, 1440, SCREEN[1] + 120)  # wider: measured anew
    assert calls != []
    assert pane._splitter.sizes()[0] == pane.sections_need()
