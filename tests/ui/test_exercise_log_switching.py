"""Another exercise opened while a note is typed in the shown one's conduct log and not entered
asks at once, as closing the window does: "För in anteckningen nu", "Kasta anteckningen" or
"Stanna kvar" (the default). Before, the note was kept silently for its exercise and asked
about only when the window closed, the coordinator long on to another exercise."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.answers import STAY
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.test_exercise_log_closing import (
    DISCARD,
    ENTER,
    NOTE,
    _close,
    _held,
    _log,
    _typed_in_log,
)
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.main_window import MainWindow

OTHER = "Larmprov krisledning"


def _answering(qtbot: QtBot, button: str, seen: list[str]) -> Callable[[QWidget], None]:
    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert box.windowTitle() == "Öppna en annan övning?"
        assert box.defaultButton().text() == STAY  # the safe choice, also Esc
        seen.append(box.text())
        click_button(qtbot, box, button)

    return answer


def _open_other(
    qtbot: QtBot, modals: ModalDriver, window: MainWindow, other: int, button: str | None
) -> list[str]:
    """Back to all exercises, the other one chosen in the list and opened with Enter; the
    question answered with ``button`` (None: no question expected). The questions' texts."""
    area = window.area("crisis")
    assert isinstance(area, CrisisArea)
    window.activateWindow()  # (after a question: keys go to the window's focus again)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    click_button(qtbot, area.exercise_view, "← Alla övningar")
    table = area.exercises_page.table
    assert table.select_id(other)
    seen: list[str] = []
    if button is not None:
        modals.answer(_answering(qtbot, button, seen))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    modals.check()
    return seen


def _shown_exercise(window: MainWindow) -> int | None:
    area = window.area("crisis")
    assert isinstance(area, CrisisArea)
    view = area.exercise_view
    if area.exercises_stack.currentWidget() is not view or view.detail is None:
        return None
    return view.detail.exercise.id


def test_staying_keeps_the_note_in_its_exercise_in_view(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, tab, held = _typed_in_log(qtbot, demo_ctx)
    other = _held(demo_ctx, OTHER)
    (question,) = _open_other(qtbot, modals, window, other, STAY)
    assert question.startswith(
        "En anteckning skriven i övningsloggen för ”Stabsövning vid strömavbrott” har inte "
        f"förts in: ”{NOTE}”.\n\nFör in den nu (klockslaget "
    )
    assert _shown_exercise(window) == held
    assert tab.isVisible() and tab.entry.text() == NOTE
    assert _log(demo_ctx, held) == []
    _close(qtbot, modals, window, DISCARD)


def test_entering_the_note_then_opens_the_other_exercise(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, tab, held = _typed_in_log(qtbot, demo_ctx)
    other = _held(demo_ctx, OTHER)
    _open_other(qtbot, modals, window, other, ENTER)
    assert [entry.text for entry in _log(demo_ctx, held)] == [NOTE]
    assert _shown_exercise(window) == other
    assert tab.entry.text() == ""
    # nothing left to ask about, here nor on closing
    _open_other(qtbot, modals, window, held, None)
    assert _shown_exercise(window) == held and tab.entry.text() == ""
    window.close()
    assert not window.isVisible()


def test_discarding_the_note_then_opens_the_other_exercise(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, tab, held = _typed_in_log(qtbot, demo_ctx)
    other = _held(demo_ctx, OTHER)
    _open_other(qtbot, modals, window, other, DISCARD)
    assert _shown_exercise(window) == other
    assert _log(demo_ctx, held) == [] and _log(demo_ctx, other) == []
    _open_other(qtbot, modals, window, held, None)
    assert tab.entry.text() == ""
    window.close()
    assert not window.isVisible()
