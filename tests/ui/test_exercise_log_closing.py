"""A note typed in an exercise's conduct log and not entered is not lost when the window closes,
nor entered behind the coordinator's back (entering stamps the time): closing asks "För in
anteckningen nu", "Kasta anteckningen" or "Stanna kvar" (the default), and each does what it
says, also for a note kept in an exercise looked at before."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercise_reading, exercises
from samverkan_desktop.services.exercise_rows import LogRow
from tests.days import days_ago
from tests.ui.answers import CLOSE_ANYWAY, STAY, another_desk
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.crisis.exercise_log import ConductLogTab
from ui.main_window import MainWindow

NOTE = "Räddningstjänsten larmad"
ENTER = "För in anteckningen nu"
DISCARD = "Kasta anteckningen"


def _held(ctx: AppContext, title: str) -> int:
    day = days_ago(1)
    return ctx.call(
        exercises.create_exercise,
        exercises.ExerciseInput(
            title, ExerciseType.SIMULATION, day.year, date=day, status=ExerciseStatus.CONDUCTED
        ),
    )


def _log_tab(area: CrisisArea, exercise: int) -> ConductLogTab:
    area.open_exercise(exercise)
    view = area.exercise_view
    view.tabs.setCurrentWidget(view.log_tab)
    return view.log_tab


def _typed_in_log(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, ConductLogTab, int]:
    """Kris on a held exercise's log, a note typed in its field and Enter not pressed."""
    held = _held(ctx, "Stabsövning vid strömavbrott")
    window, area = area_in_window(qtbot, ctx, "crisis", CrisisArea, 1366, 768)
    tab = _log_tab(area, held)
    type_text(qtbot, tab.entry, NOTE)
    return window, tab, held


def _answering(qtbot: QtBot, button: str, seen: list[str]) -> Callable[[QWidget], None]:
    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        assert box.defaultButton().text() == STAY  # the safe choice, also Esc
        click_button(qtbot, box, button)

    return answer


def _close(qtbot: QtBot, modals: ModalDriver, window: MainWindow, *buttons: str) -> list[str]:
    """Close the window, answering its questions with ``buttons``: the questions' texts."""
    seen: list[str] = []
    modals.answer(*(_answering(qtbot, button, seen) for button in buttons))
    window.close()
    modals.check()
    return seen


def _log(ctx: AppContext, exercise: int) -> list[LogRow]:
    return list(ctx.call(exercise_reading.get_exercise, exercise).log)


def test_closing_with_a_note_typed_asks_and_staying_keeps_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, tab, held = _typed_in_log(qtbot, demo_ctx)
    (question,) = _close(qtbot, modals, window, STAY)
    assert question.startswith(
        "En anteckning skriven i övningsloggen för ”Stabsövning vid strömavbrott” har inte "
        f"förts in: ”{NOTE}”.\n\nFör in den nu (klockslaget "
    )
    assert question.endswith("läggs till), kasta den eller stanna kvar?")
    assert window.isVisible() and tab.isVisible()
    assert tab.entry.text() == NOTE
    assert _log(demo_ctx, held) == []
    _close(qtbot, modals, window, DISCARD)


def test_entering_the_note_on_closing_stamps_it_now(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, _tab, held = _typed_in_log(qtbot, demo_ctx)
    before = clock.utcnow()
    _close(qtbot, modals, window, ENTER)
    assert not window.isVisible()
    (entry,) = _log(demo_ctx, held)
    assert entry.text == NOTE
    logged = entry.logged_at.replace(tzinfo=entry.logged_at.tzinfo or dt.UTC)
    assert before - dt.timedelta(seconds=1) <= logged <= clock.utcnow()


def test_discarding_the_note_on_closing_closes_without_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, _tab, held = _typed_in_log(qtbot, demo_ctx)
    _close(qtbot, modals, window, DISCARD)
    assert not window.isVisible()
    assert _log(demo_ctx, held) == []


def test_a_note_typed_before_going_on_to_another_area_is_asked_about_in_view(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """Typed in an exercise's log, the list of exercises shown (another exercise opened asks
    at once: test_exercise_log_switching), then on to Grupper: the window comes back to the
    exercise's log with the note, and enters it there."""
    window, tab, held = _typed_in_log(qtbot, demo_ctx)
    other = _held(demo_ctx, "Larmprov krisledning")
    area = window.area("crisis")
    assert isinstance(area, CrisisArea)
    area.show_exercise_list()
    window.navigate("groups")
    (question,) = _close(qtbot, modals, window, STAY)
    assert "”Stabsövning vid strömavbrott”" in question
    assert window.current_area_key() == "crisis"
    assert area.exercise_view.detail is not None
    assert area.exercise_view.detail.exercise.id == held
    assert tab.isVisible() and tab.entry.text() == NOTE

    _close(qtbot, modals, window, ENTER)
    assert not window.isVisible()
    assert [e.text for e in _log(demo_ctx, held)] == [NOTE]
    assert _log(demo_ctx, other) == []


def test_a_note_refused_on_closing_says_why_and_staying_keeps_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """Another desk took the exercise back and moved it to tomorrow meanwhile: no note is
    entered before its day."""
    window, tab, held = _typed_in_log(qtbot, demo_ctx)
    tomorrow = clock.today() + dt.timedelta(days=1)
    moved = exercises.ExerciseInput(
        "Stabsövning vid strömavbrott", ExerciseType.SIMULATION, tomorrow.year, date=tomorrow
    )
    with another_desk(demo_ctx.db.url) as desk:
        desk.call(exercises.update_exercise, held, moved)
    questions = _close(qtbot, modals, window, ENTER, STAY)
    assert questions[1].startswith(
        "Anteckningen i övningsloggen kunde inte föras in: ”Stabsövning vid strömavbrott” är "
        f"planerad till {tomorrow.isoformat()}"
    )
    assert window.isVisible() and tab.entry.text() == NOTE
    _close(qtbot, modals, window, ENTER, CLOSE_ANYWAY)
    assert not window.isVisible()
    assert _log(demo_ctx, held) == []


def test_a_note_starting_with_its_time_is_asked_about_at_that_time(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """ "09.15 Larm" is entered at 09.15, not now: the question said the time now was added."""
    window, tab, held = _typed_in_log(qtbot, demo_ctx)
    tab.entry.clear()
    type_text(qtbot, tab.entry, f"09.15 {NOTE}")
    (question,) = _close(qtbot, modals, window, ENTER)
    assert question.endswith(
        "För in den nu (klockan 09.15, klockslaget den börjar med), kasta den eller stanna kvar?"
    )
    (entry,) = _log(demo_ctx, held)
    assert entry.text == NOTE and entry.logged_at.astimezone(clock.LOCAL_ZONE).hour == 9
