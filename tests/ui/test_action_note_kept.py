"""A follow-up note typed in Åtgärder and not added is not lost to an interruption: another
action clicked keeps it for its own action (it comes back when that action is chosen again, and
the other action's field is empty), and closing the window asks "Lägg till anteckningen nu",
"Kasta anteckningen" or "Stanna kvar" (the default), each doing what it says. It was cleared
by the click, and gone without a word with the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import action_reading, actions
from tests.ui.answers import CLOSE_ANYWAY, STAY, another_desk, answer_close_question
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import actions_with_rows, choose_action
from tests.ui.tables import column_texts
from ui.actions.area import ActionsArea
from ui.context import AppContext
from ui.main_window import MainWindow

NOTE = "Ringde parkenheten, svar på fredag"
ADD = "Lägg till anteckningen nu"
DISCARD = "Kasta anteckningen"


def _typed(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, ActionsArea, str, str]:
    """Åtgärder with the list's first action chosen and a note typed, Enter not pressed; the
    first action's title and the second's."""
    area = actions_with_rows(qtbot, ctx)
    window = area.window()
    assert isinstance(window, MainWindow)
    first, second = column_texts(area.table, "Åtgärd")[:2]
    detail = choose_action(qtbot, area, first)
    qtbot.mouseClick(detail.note_edit, Qt.MouseButton.LeftButton)
    type_text(qtbot, detail.note_edit, NOTE)
    return window, area, first, second


def _notes(ctx: AppContext, action_id: int) -> list[str]:
    return [note.text for note in ctx.call(action_reading.get_action, action_id).notes]


def _shown_id(area: ActionsArea) -> int:
    action = area.detail.action
    assert action is not None
    return action.id


def _close(qtbot: QtBot, modals: ModalDriver, window: MainWindow, *buttons: str) -> list[str]:
    """Close the window (its close button, Arkiv → Avsluta), answering its questions with
    ``buttons``."""
    seen: list[str] = []
    modals.answer(*(answer_close_question(qtbot, button, seen) for button in buttons))
    window.close()
    modals.check()
    return seen


def test_a_note_typed_stays_with_its_action_when_another_is_clicked(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, area, first, second = _typed(qtbot, demo_ctx)
    typed_for = _shown_id(area)
    before = _notes(demo_ctx, typed_for)
    detail = choose_action(qtbot, area, second)
    assert detail.note_edit.text() == ""  # not the other action's note
    detail = choose_action(qtbot, area, first)
    assert detail.note_edit.text() == NOTE
    click_button(qtbot, detail, "Lägg till anteckning")
    assert _notes(demo_ctx, typed_for) == [*before, NOTE]
    assert detail.note_edit.text() == ""
    assert _close(qtbot, modals, window) == []  # nothing left to ask about
    assert not window.isVisible()


def test_closing_with_a_note_typed_asks_and_staying_keeps_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, area, first, second = _typed(qtbot, demo_ctx)
    typed_for = _shown_id(area)
    before = _notes(demo_ctx, typed_for)
    choose_action(qtbot, area, second)
    window.navigate("groups")  # on to other work: the window comes back to the note
    (question,) = _close(qtbot, modals, window, STAY)
    assert question == (
        f"En uppföljningsanteckning skriven till ”{first}” har inte lagts till: ”{NOTE}”."
        "\n\nLägg till den nu (daterad i dag), kasta den eller stanna kvar?"
    )
    assert window.isVisible() and window.current_area_key() == "actions"
    assert area.detail.title.text() == first and area.detail.note_edit.text() == NOTE
    assert _notes(demo_ctx, typed_for) == before

    _close(qtbot, modals, window, ADD)
    assert not window.isVisible()
    assert _notes(demo_ctx, typed_for) == [*before, NOTE]


def test_discarding_the_note_on_closing_closes_without_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, area, _first, _second = _typed(qtbot, demo_ctx)
    typed_for = _shown_id(area)
    before = _notes(demo_ctx, typed_for)
    _close(qtbot, modals, window, DISCARD)
    assert not window.isVisible()
    assert _notes(demo_ctx, typed_for) == before


def test_a_note_refused_on_closing_says_why_and_staying_keeps_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """Another desk deleted the action meanwhile: the note cannot be added, and the user may
    stay to copy it."""
    window, area, first, _second = _typed(qtbot, demo_ctx)
    with another_desk(demo_ctx.db.url) as desk:
        desk.call(actions.delete_action, _shown_id(area))
    questions = _close(qtbot, modals, window, ADD, STAY)
    assert f"”{first}” har inte lagts till: ”{NOTE}”." in questions[0]
    assert questions[1].startswith(
        f"Uppföljningsanteckningen ”{NOTE}” kunde inte läggas till: åtgärden finns inte längre."
    )
    assert window.isVisible()
    again = _close(qtbot, modals, window, ADD, CLOSE_ANYWAY)
    assert f"”{NOTE}”" in again[0]  # still asked about: not lost by staying
    assert not window.isVisible()
