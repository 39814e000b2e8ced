"""Minutes typed during a meeting are not lost when the coordinator, without pressing "Save",
goes to another area or closes the window: what was typed is saved as when going back to the
calendar."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.services import agenda, meetings
from tests.ui.answers import CLOSE_ANYWAY, STAY, another_desk, answer_close_question
from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import calendar_window, first_coming_meeting, open_meeting
from ui.calendar.area import CalendarArea
from ui.context import AppContext
from ui.main_window import MainWindow


def _typed_minutes(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, int, int]:
    window, area = calendar_window(qtbot, ctx)
    meeting_id = first_coming_meeting(area)
    tab = open_meeting(qtbot, area, meeting_id, "agenda_tab").agenda_tab
    item = tab.current_item()
    assert item is not None and not item.notes
    type_text(qtbot, tab.notes_edit, "Lugnt i centrum, två nya platsvärdar.")
    assert tab.dirty_item_id == item.id
    return window, meeting_id, item.id


def _notes(ctx: AppContext, meeting_id: int, item_id: int) -> str | None:
    detail = ctx.call(meetings.get_meeting, meeting_id)
    return next(i.notes for i in detail.agenda if i.id == item_id)


def test_minutes_typed_are_saved_when_the_window_closes(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, meeting_id, item_id = _typed_minutes(qtbot, demo_ctx)
    window.close()
    assert _notes(demo_ctx, meeting_id, item_id) == "Lugnt i centrum, två nya platsvärdar."


def test_closing_asks_when_the_minutes_are_refused_and_staying_keeps_them(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, meeting_id, item_id = _typed_minutes(qtbot, demo_ctx)
    # Meanwhile the secretary at another desk saves minutes for the same item.
    with another_desk(demo_ctx.db.url) as desk:
        desk.call(agenda.record_minutes, item_id, "Polisen redovisade läget.", shown=(None, None))
    seen: list[str] = []
    modals.answer(answer_close_question(qtbot, STAY, seen))
    window.close()
    modals.check()
    assert seen[0] == (
        "Anteckningarna kunde inte sparas: någon annan ändrade mötet medan du skrev.\n\n"
        "Stänga fönstret ändå, eller stanna kvar och kopiera det du skrivit?"
    )
    assert window.isVisible()
    tab = window.area("calendar").editor  # type: ignore[attr-defined]
    assert tab.agenda_tab.notes_edit.toPlainText() == "Lugnt i centrum, två nya platsvärdar."
    assert _notes(demo_ctx, meeting_id, item_id) == "Polisen redovisade läget."  # not overwritten

    modals.answer(answer_close_question(qtbot, CLOSE_ANYWAY, seen))
    window.close()
    modals.check()  # asked once, and nothing more when the editor hides
    assert not window.isVisible()
    assert _notes(demo_ctx, meeting_id, item_id) == "Polisen redovisade läget."


def test_a_close_with_nothing_refused_asks_nothing(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, meeting_id, item_id = _typed_minutes(qtbot, demo_ctx)
    window.close()
    modals.check()  # no dialog appeared
    assert not window.isVisible()
    assert _notes(demo_ctx, meeting_id, item_id) == "Lugnt i centrum, två nya platsvärdar."


def test_minutes_typed_are_saved_when_going_to_another_area(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, meeting_id, item_id = _typed_minutes(qtbot, demo_ctx)
    window.navigate("actions")
    assert _notes(demo_ctx, meeting_id, item_id) == "Lugnt i centrum, två nya platsvärdar."
    # Back in the calendar, the meeting shows what was saved and nothing is left unsaved.
    window.navigate("calendar")
    area = window.area("calendar")
    assert isinstance(area, CalendarArea)
    assert area.editor.agenda_tab.dirty_item_id is None
    assert area.editor.agenda_tab.notes_edit.toPlainText().startswith("Lugnt i centrum")


def test_the_printout_buttons_name_their_keys(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, meeting_id, _item_id = _typed_minutes(qtbot, demo_ctx)
    area = window.area("calendar")
    assert isinstance(area, CalendarArea)
    assert area.editor.agenda_button.toolTip() == "Kallelse och dagordning… (Ctrl+P)"
    # The minutes are offered once the meeting is held (greyed with the reason before).
    demo_ctx.call(meetings.set_meeting_status, meeting_id, MeetingStatus.HELD)
    demo_ctx.bus.announce("meetings")
    qtbot.waitUntil(area.editor.minutes_button.isEnabled)
    # The keys as the platform names them: "Ctrl+Skift+M" once Qt's Swedish texts are loaded
    # (as in the window, and in a test run after one that loaded them).
    keys = QKeySequence("Ctrl+Shift+M").toString(QKeySequence.SequenceFormat.NativeText)
    assert area.editor.minutes_button.toolTip() == f"Minnesanteckningar… ({keys})"


def test_closing_asks_when_the_details_are_refused(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    from samverkan_desktop.services.meeting_editing import save_details
    from samverkan_desktop.services.meetings import MeetingInput

    window, area = calendar_window(qtbot, demo_ctx)
    meeting_id = first_coming_meeting(area)
    tab = open_meeting(qtbot, area, meeting_id, "details_tab").details_tab
    type_text(qtbot, tab.place_edit, ", rum 12")
    with another_desk(demo_ctx.db.url) as desk:
        theirs = desk.call(meetings.get_meeting, meeting_id)
        data = MeetingInput(
            theirs.starts_at, theirs.ends_at, "Polishuset", expected_version=theirs.version
        )
        desk.call(save_details, meeting_id, data, "Sara Holm")
    seen: list[str] = []
    modals.answer(answer_close_question(qtbot, STAY, seen))
    window.close()
    modals.check()
    assert seen[0].startswith(
        "Mötets uppgifter kunde inte sparas: någon annan ändrade mötet medan du skrev."
    )
    assert window.isVisible() and tab.place_edit.text().endswith(", rum 12")
    assert area.editor.tabs.currentWidget() is tab
    modals.answer(answer_close_question(qtbot, CLOSE_ANYWAY, seen))
    window.close()
    modals.check()
    assert not window.isVisible()
    assert demo_ctx.call(meetings.get_meeting, meeting_id).place == "Polishuset"
