"""The window's print entries for minutes and an exercise's evaluation report are greyed for a
meeting or an exercise not held, their tooltip saying why in the core's words (the command line
refuses with the same line, naming the exercise: tests/core/test_exercise_report_not_held.py);
they printed "Närvarande –", "Inga beslut fattades." and an evaluation of an exercise yet to
come. Once held, they are offered again. The key of a greyed entry says the reason and nothing
else, as the entry beside the exercise's title does ("Övningen …"): it asked the core, which
refused in its own words, the title repeated."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ExerciseStatus, MeetingStatus
from samverkan_desktop.services import exercise_reading, exercises, meetings
from tests.ui.answers import acknowledge
from tests.ui.conftest import ModalDriver
from tests.ui.openers import (
    calendar_window,
    crisis_tab,
    first_coming_meeting,
    open_first_exercise,
    open_meeting,
)
from ui.context import AppContext
from ui.crisis.exercise_view import ExerciseView

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
NOT_HELD = (
    "Mötet är inte markerat som genomfört: markera det som genomfört först, skriv sedan ut "
    "minnesanteckningarna."
)


def _entries(view: ExerciseView) -> dict[str, QAction]:
    """The "Skriv ut ▾" entries by their names, the key at a line's end left out."""
    menu = view.print_button.menu()
    return {action.text().partition("\t")[0]: action for action in menu.actions()}


def test_the_minutes_of_a_meeting_not_held_are_greyed_with_the_reason(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = calendar_window(qtbot, demo_ctx)
    meeting_id = first_coming_meeting(area)
    editor = open_meeting(qtbot, area, meeting_id)
    button = editor.minutes_button
    assert not button.isEnabled()
    assert button.toolTip() == NOT_HELD
    assert editor.agenda_button.isEnabled()  # the notice is what comes before the meeting
    # Its key asks all the same, and is told why (no preview of such minutes opens).
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    editor.agenda_tab.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_M, CTRL_SHIFT)
    qtbot.waitUntil(lambda: seen != [])
    assert seen == [NOT_HELD]
    demo_ctx.call(meetings.cancel_meeting, meeting_id)
    demo_ctx.bus.announce("meetings")
    qtbot.waitUntil(
        lambda: editor.meeting is not None and editor.meeting.status is MeetingStatus.CANCELLED
    )
    assert not button.isEnabled()
    assert button.toolTip() == "Mötet är inställt: det har inga minnesanteckningar."
    demo_ctx.call(meetings.set_meeting_status, meeting_id, MeetingStatus.HELD)
    demo_ctx.bus.announce("meetings")
    qtbot.waitUntil(button.isEnabled)
    keys = QKeySequence("Ctrl+Shift+M").toString(QKeySequence.SequenceFormat.NativeText)
    assert button.toolTip() == f"Minnesanteckningar… ({keys})"  # its key again


def test_the_evaluation_report_of_an_exercise_not_held_is_greyed_with_the_reason(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "exercises_stack")
    view = open_first_exercise(qtbot, area)
    assert view.detail is not None
    row = view.detail.exercise
    assert row.status is ExerciseStatus.PLANNED
    entries = _entries(view)
    report = entries["Utvärderingsrapport…"]
    assert not report.isEnabled()
    reason = (
        "Övningen är ännu inte markerad som genomförd: utvärderingsrapporten skrivs ut efter "
        "övningen."
    )
    assert report.toolTip() == reason
    # Its key says why, and nothing else.
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    qtbot.keyClick(view.tabs, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: seen != [])
    assert seen == [reason]
    # What is printed before an exercise stays offered.
    assert entries["Deltagarnas checklista…"].isEnabled()
    assert entries["Årets övningsplan…"].isEnabled()
    evaluated = next(
        e.id
        for e in demo_ctx.call(exercise_reading.list_exercises)
        if e.status is ExerciseStatus.EVALUATED
    )
    view.show_exercise(evaluated)
    assert report.isEnabled() and report.toolTip() != reason


def test_the_checklist_of_a_cancelled_exercise_is_greyed_with_the_reason(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """A cancelled exercise will not happen: "Deltagarnas checklista" is greyed as its
    evaluation report is, and its key (Ctrl+P) is told why; a planned one's is offered."""
    _window, area = crisis_tab(qtbot, demo_ctx, "exercises_stack")
    view = open_first_exercise(qtbot, area)
    assert view.detail is not None
    row = view.detail.exercise
    entries = _entries(view)
    checklist = entries["Deltagarnas checklista…"]
    assert checklist.isEnabled()
    demo_ctx.call(exercises.set_status, row.id, ExerciseStatus.CANCELLED)
    view.show_exercise(row.id)
    assert not checklist.isEnabled()
    reason = "Övningen är inställd: den har ingen checklista för deltagarna."
    assert checklist.toolTip() == reason
    report = entries["Utvärderingsrapport…"]
    assert report.toolTip() == "Övningen är inställd: den har ingen utvärderingsrapport."
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    qtbot.keyClick(view.tabs, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: seen != [])
    assert seen == [reason]
    assert entries["Årets övningsplan…"].isEnabled()
