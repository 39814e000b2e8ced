"""One meeting in the editor, driven by clicks and keys on the demo district: attendance with a
substitute, a free agenda item moved up, minutes, a decision, an action and the follow-up of an
earlier one, the details with errors beside the field, and the printouts in the preview."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import ActionStatus, AttendanceStatus, MeetingStatus
from samverkan_desktop.models.meetings import STANDING_ACTIONS
from samverkan_desktop.services import action_reading, calendar, meetings
from samverkan_desktop.services.meetings import MeetingDetail
from tests.ui.clicks import click_button, line_edit, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row, row_texts
from tests.ui.text_fit import plain
from tests.ui.windows import show_window, shown_previews, wait_for_preview
from ui.calendar.area import CalendarArea
from ui.context import AppContext
from ui.meetings.action_dialog import ActionDialog
from ui.meetings.dialogs import AgendaItemDialog, DecisionDialog, SubstituteDialog
from ui.meetings.editor import MeetingEditor

CTRL = Qt.KeyboardModifier.ControlModifier


def _meeting_with_open_actions(ctx: AppContext) -> int:
    """An upcoming demo meeting with invitees and actions still open from earlier meetings."""
    today = clock.today()
    with ctx.db.session() as s:
        for row in calendar.list_calendar(s, today, today + dt.timedelta(days=90)):
            detail = meetings.get_meeting(s, row.id)
            if detail.carried_actions and len(detail.invitees) >= 2:
                return row.id
    raise AssertionError("the demo has no upcoming meeting with open actions")


@pytest.fixture
def editor(qtbot: QtBot, demo_ctx: AppContext) -> MeetingEditor:
    area = CalendarArea(demo_ctx)
    show_window(qtbot, area)
    area.show_record(_meeting_with_open_actions(demo_ctx))
    assert area.stack.currentWidget() is area.editor
    return area.editor


def stored(editor: MeetingEditor) -> MeetingDetail:
    assert editor.meeting is not None
    with editor.ctx.db.session() as s:
        return meetings.get_meeting(s, editor.meeting.id)


def test_attendance_present_and_a_substitute_by_name(
    qtbot: QtBot, editor: MeetingEditor, modals: ModalDriver
) -> None:
    editor.tabs.setCurrentWidget(editor.attendance_tab)
    first, second = stored(editor).invitees[:2]
    table = editor.attendance_tab.table
    click_row(qtbot, table, first.name)
    click_button(qtbot, editor.attendance_tab, "Närvarande")
    assert row_texts(table, first.name)["Närvaro"] == "Närvarande"

    def substitute(dialog: QWidget) -> None:
        assert isinstance(dialog, SubstituteDialog)
        click_button(qtbot, dialog, "Spara")  # no name: refused beside the field
        assert dialog.isVisible() and dialog.error_text("substitute_name")
        type_text(qtbot, dialog.name_edit, "Örjan Lind, Polisen")
        click_button(qtbot, dialog, "Spara")

    click_row(qtbot, table, second.name)
    modals.answer(substitute)
    click_button(qtbot, editor.attendance_tab, "Ersättare…")
    modals.check()
    by_id = {i.id: i for i in stored(editor).invitees}
    assert by_id[first.id].status is AttendanceStatus.PRESENT
    assert by_id[second.id].status is AttendanceStatus.SUBSTITUTE
    assert by_id[second.id].substitute_name == "Örjan Lind, Polisen"
    assert row_texts(table, second.name)["Närvaro"] == "Ersättare: Örjan Lind, Polisen"
    assert editor.tabs.tabText(1) == f"Närvaro (2/{len(by_id)})"


def test_free_agenda_item_minutes_and_a_decision_are_kept(
    qtbot: QtBot, editor: MeetingEditor, modals: ModalDriver
) -> None:
    tab = editor.agenda_tab
    editor.tabs.setCurrentWidget(tab)
    before = [i.title for i in stored(editor).agenda]

    def add_item(dialog: QWidget) -> None:
        assert isinstance(dialog, AgendaItemDialog)
        type_text(qtbot, dialog.title_edit, "Nattvandring i Humlegården")
        type_text(qtbot, dialog.presenter_edit, "Fältassistenterna")
        click_button(qtbot, dialog, "Lägg till punkt")

    modals.answer(add_item)
    click_button(qtbot, tab, "Ny punkt…")
    modals.check()
    assert [i.title for i in stored(editor).agenda] == [*before, "Nattvandring i Humlegården"]
    assert tab.item_title.text() == f"{len(before) + 1}. Nattvandring i Humlegården"
    click_button(qtbot, tab, "↑")
    titles = [i.title for i in stored(editor).agenda]
    assert titles.index("Nattvandring i Humlegården") == len(before) - 1

    # Minutes typed for the item are saved when another item is chosen.
    type_text(qtbot, tab.notes_edit, "Tolv vuxna gick fredag kväll.")
    type_text(qtbot, tab.next_edit, "Fortsätter varje fredag i december.")
    tab.items.setFocus()
    qtbot.keyClick(tab.items, Qt.Key.Key_Up)
    item = next(i for i in stored(editor).agenda if i.title == "Nattvandring i Humlegården")
    assert item.notes == "Tolv vuxna gick fredag kväll."
    assert item.next_steps == "Fortsätter varje fredag i december."
    # Back on the item the minutes are there; Ctrl+S saves a change at once.
    qtbot.keyClick(tab.items, Qt.Key.Key_Down)
    assert tab.notes_edit.toPlainText() == "Tolv vuxna gick fredag kväll."
    editor.window().activateWindow()  # as after the dialog closed in a real session
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor.window())
    tab.notes_edit.setFocus()
    qtbot.keyClick(tab.notes_edit, Qt.Key.Key_End, CTRL)
    type_text(qtbot, tab.notes_edit, " Lugnt.")
    qtbot.keyClick(tab.notes_edit, Qt.Key.Key_S, CTRL)
    item = next(i for i in stored(editor).agenda if i.id == item.id)
    assert item.notes == "Tolv vuxna gick fredag kväll. Lugnt."

    def decide(dialog: QWidget) -> None:
        assert isinstance(dialog, DecisionDialog)
        assert dialog.item_combo.value() == item.id  # made under the item shown
        type_text(qtbot, dialog.text_edit, "Stadsdelen bjuder på fika.")
        click_button(qtbot, dialog, "Lägg till beslut")

    modals.answer(decide)
    click_button(qtbot, tab, "Beslut under punkten…")
    modals.check()
    decisions = stored(editor).decisions
    assert [(d.text, d.agenda_item_id) for d in decisions][-1] == (
        "Stadsdelen bjuder på fika.",
        item.id,
    )
    assert editor.tabs.tabText(3) == f"Beslut ({len(decisions)})"


def test_open_actions_from_earlier_meetings_stand_under_the_follow_up_item(
    qtbot: QtBot, editor: MeetingEditor
) -> None:
    tab = editor.agenda_tab
    editor.tabs.setCurrentWidget(tab)
    detail = stored(editor)
    follow_up = next(i for i in detail.agenda if i.standing_key == STANDING_ACTIONS)
    tab.select_item(follow_up.id)
    assert tab.carried.isVisible()
    lines = [tab.carried.item(i).text() for i in range(tab.carried.count())]
    assert len(lines) == len(detail.carried_actions)
    assert any(detail.carried_actions[0].title in line for line in lines)


def test_an_action_with_who_and_due_date_and_an_earlier_one_followed_up(
    qtbot: QtBot, editor: MeetingEditor, modals: ModalDriver
) -> None:
    tab = editor.actions_tab
    editor.tabs.setCurrentWidget(tab)
    meeting = stored(editor)
    due = meeting.starts_at.date() + dt.timedelta(days=30)

    def new_action(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        type_text(qtbot, dialog.title_edit, "Se över belysningen vid Karlaplan")
        click_button(qtbot, dialog, "Lägg till åtgärd")  # nobody responsible yet
        assert dialog.isVisible() and "ansvarig" in dialog.error_text("responsible")
        assert dialog.title_edit.text() == "Se över belysningen vid Karlaplan"
        type_text(qtbot, line_edit(dialog.organisation), "Trafikkontoret")
        type_date(qtbot, dialog.due_edit, due)
        click_button(qtbot, dialog, "Lägg till åtgärd")

    modals.answer(new_action)
    click_button(qtbot, tab, "Ny åtgärd…")
    modals.check()
    raised = stored(editor).actions
    action = next(a for a in raised if a.title == "Se över belysningen vid Karlaplan")
    assert action.responsible_organisation == "Trafikkontoret"
    assert action.due_on == due and action.status is ActionStatus.OPEN
    assert action.group_id == meeting.group_id and action.source_id == meeting.id
    assert row_texts(tab.raised, action.title)["Vem"] == "Trafikkontoret"

    earlier = stored(editor).carried_actions[0]

    def follow_up(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        type_text(qtbot, dialog.note_edit, "Klart, rapporterat på mötet.")
        type_text(qtbot, dialog.status_combo, "Klar")
        click_button(qtbot, dialog, "Spara")

    click_row(qtbot, tab.earlier, earlier.title)
    modals.answer(follow_up)
    click_button(qtbot, tab, "Följ upp…")
    modals.check()
    with editor.ctx.db.session() as s:
        after = action_reading.get_action(s, earlier.id)
    assert after.status is ActionStatus.DONE
    assert after.notes[-1].text == "Klart, rapporterat på mötet."
    assert after.notes[-1].meeting_id == meeting.id


def test_details_error_beside_the_field_keeps_what_was_typed(
    qtbot: QtBot, editor: MeetingEditor
) -> None:
    tab = editor.details_tab
    editor.tabs.setCurrentWidget(tab)
    tab.place_edit.clear()
    type_text(qtbot, tab.place_edit, "Östermalms stadsdelsförvaltning, rum 3")
    tab.end_edit.setTime(tab.start_edit.time().addSecs(-3600))  # ends before it starts
    qtbot.keyClick(tab.place_edit, Qt.Key.Key_S, CTRL)
    assert "sluta efter" in tab.error_text("ends_at")
    assert tab.place_edit.text() == "Östermalms stadsdelsförvaltning, rum 3"
    assert stored(editor).place != "Östermalms stadsdelsförvaltning, rum 3"
    tab.end_edit.setTime(tab.start_edit.time().addSecs(5400))
    click_button(qtbot, tab, "Spara uppgifterna")
    detail = stored(editor)
    assert detail.place == "Östermalms stadsdelsförvaltning, rum 3" and not tab.error_text(
        "ends_at"
    )
    assert detail.ends_at - detail.starts_at == dt.timedelta(minutes=90)
    assert plain(editor.subtitle.text()).endswith("Östermalms stadsdelsförvaltning, rum 3")


def test_a_refused_date_stands_under_the_date_as_a_refused_time_under_the_time(
    qtbot: QtBot, editor: MeetingEditor, today: dt.date
) -> None:
    """A date typed that is none ("2027-02-30") was said at the top of the form, while a time
    refused stood under its field."""
    tab = editor.details_tab
    editor.tabs.setCurrentWidget(tab)
    tab.date_edit.setFocus()
    qtbot.keyClick(tab.date_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(tab.date_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(tab.date_edit, "2027-02-30")
    qtbot.keyClick(tab.date_edit, Qt.Key.Key_S, CTRL)
    assert tab.error_text("date") == f"”2027-02-30” är inget datum; skriv det som {today}."
    assert tab.general_error.isHidden()
    assert tab.date_edit.hasFocus()
    error = tab.field_rows()["date"][1]
    assert error.y() > tab.date_edit.y()  # under the field, in its row
    assert stored(editor).starts_at == editor.meeting.starts_at  # type: ignore[union-attr]


def test_agenda_and_minutes_open_in_the_preview(qtbot: QtBot, editor: MeetingEditor) -> None:
    # Minutes are of a meeting held (greyed before: test_printouts_not_held_greyed).
    assert editor.meeting is not None
    editor.ctx.call(meetings.set_meeting_status, editor.meeting.id, MeetingStatus.HELD)
    editor.ctx.bus.announce("meetings")
    qtbot.waitUntil(editor.minutes_button.isEnabled)
    for button, title in (
        ("Kallelse och dagordning…", "Kallelse och dagordning"),
        ("Minnesanteckningar…", "Minnesanteckningar"),
    ):
        click_button(qtbot, editor, button)
        preview = wait_for_preview(qtbot)
        assert preview.windowTitle().startswith(title)
        assert preview.document.pageCount() >= 1 and preview.pdf.startswith(b"%PDF")
        assert preview.file_name.endswith(".pdf")
        preview.close()
        qtbot.waitUntil(lambda: not shown_previews(), timeout=5_000)
