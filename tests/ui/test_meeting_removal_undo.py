"""In the meeting editor an agenda item, a decision or an invitee removed by mistake comes back
with "Ångra" in the line under the tabs, or Ctrl+Z while it shows: in its place, chosen again,
with the decisions that stood under the item; the line is gone afterwards. An item moved down
(or up), once or several times in a row, goes back where it began."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import AttendanceStatus
from samverkan_desktop.services import agenda, meetings
from samverkan_desktop.services.meetings import MeetingDetail
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import meeting_editor
from tests.ui.tables import click_row, row_texts
from tests.ui.test_undo_key import _ctrl_z
from ui.context import AppContext
from ui.meetings.editor import MeetingEditor

CTRL = Qt.KeyboardModifier.ControlModifier


def _stored(editor: MeetingEditor) -> MeetingDetail:
    assert editor.meeting is not None
    return editor.ctx.call(meetings.get_meeting, editor.meeting.id)


def _remove(qtbot: QtBot, modals: ModalDriver, tab: object, button: str) -> None:
    modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))
    click_button(qtbot, tab, button)  # type: ignore[arg-type]
    modals.check()


def test_ctrl_z_brings_back_an_agenda_item_in_its_place_with_its_decision(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    editor = meeting_editor(qtbot, demo_ctx, tab="agenda_tab")
    tab = editor.agenda_tab
    shown = _stored(editor)
    second = shown.agenda[1]
    demo_ctx.call(agenda.add_decision, shown.id, "Polisen återkommer.", second.id)
    editor.reload()
    before = [(i.title, i.presenter, i.minutes) for i in _stored(editor).agenda]
    row = tab.items.item(1)
    qtbot.mouseClick(
        tab.items.viewport(), Qt.MouseButton.LeftButton, pos=tab.items.visualItemRect(row).center()
    )
    _remove(qtbot, modals, tab, "Ta bort…")
    assert second.title not in [i.title for i in _stored(editor).agenda]
    assert editor.notice.isVisible()
    assert editor.notice.label.text() == f"”{second.title}” togs bort från dagordningen."

    tab.items.setFocus()
    _ctrl_z(qtbot, editor.window())
    after = _stored(editor).agenda
    assert [(i.title, i.presenter, i.minutes) for i in after] == before
    assert tab.items.currentRow() == 1
    assert tab.item_title.text() == f"2. {second.title}"
    assert [d.agenda_item_id for d in _stored(editor).decisions] == [after[1].id]
    assert editor.notice.isHidden()
    editor.tabs.setCurrentWidget(editor.decisions_tab)
    assert row_texts(editor.decisions_tab.table, "1")["Dagordningspunkt"] == (f"2. {second.title}")


def test_angra_brings_back_a_decision_with_its_number(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    editor = meeting_editor(qtbot, demo_ctx, tab="decisions_tab")
    meeting_id = _stored(editor).id
    for text in ("Första beslutet.", "Andra beslutet.", "Tredje beslutet."):
        demo_ctx.call(agenda.add_decision, meeting_id, text)
    editor.reload()
    tab = editor.decisions_tab
    click_row(qtbot, tab.table, "2")
    _remove(qtbot, modals, tab, "Ta bort…")
    assert [d.text for d in _stored(editor).decisions] == ["Första beslutet.", "Tredje beslutet."]
    assert editor.notice.label.text() == "Beslutet ”Andra beslutet.” togs bort."

    click_button(qtbot, editor.notice, "Ångra")
    assert [d.text for d in _stored(editor).decisions] == [
        "Första beslutet.",
        "Andra beslutet.",
        "Tredje beslutet.",
    ]
    current = tab.table.current_row()
    assert current is not None and current.text == "Andra beslutet."
    assert editor.notice.isHidden()


def test_ctrl_z_puts_an_invitee_back_with_their_attendance(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    editor = meeting_editor(qtbot, demo_ctx, tab="attendance_tab")
    tab = editor.attendance_tab
    invitee = _stored(editor).invitees[0]
    click_row(qtbot, tab.table, invitee.name)
    click_button(qtbot, tab, "Frånvarande")
    _remove(qtbot, modals, tab, "Ta bort från listan…")
    assert invitee.name not in [i.name for i in _stored(editor).invitees]
    assert editor.notice.label.text() == f"{invitee.name} togs bort från listan över kallade."

    tab.table.setFocus()
    _ctrl_z(qtbot, editor.window())
    back = next(i for i in _stored(editor).invitees if i.name == invitee.name)
    assert back.status is AttendanceStatus.ABSENT
    assert row_texts(tab.table, invitee.name)["Närvaro"] == "Frånvarande"
    current = tab.table.current_row()
    assert current is not None and current.name == invitee.name
    assert editor.notice.isHidden()


def test_ctrl_z_puts_back_an_item_moved_down_twice_where_it_began(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    editor = meeting_editor(qtbot, demo_ctx, tab="agenda_tab")
    tab = editor.agenda_tab
    before = [i.title for i in _stored(editor).agenda]
    assert len(before) >= 3
    tab.items.setFocus()
    tab.select_item(_stored(editor).agenda[0].id)
    qtbot.keyClick(tab.items, Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(tab.items, Qt.Key.Key_Down, CTRL)
    assert [i.title for i in _stored(editor).agenda][2] == before[0]
    assert editor.notice.label.text() == f"”{before[0]}” flyttades till punkt 3."

    _ctrl_z(qtbot, editor.window())
    assert [i.title for i in _stored(editor).agenda] == before
    assert tab.items.currentRow() == 0
    assert editor.notice.isHidden()


def test_ctrl_z_in_the_minutes_undoes_the_typing_and_another_meeting_drops_the_offer(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    editor = meeting_editor(qtbot, demo_ctx, tab="agenda_tab")
    tab = editor.agenda_tab
    last = _stored(editor).agenda[-1]
    tab.select_item(last.id)
    _remove(qtbot, modals, tab, "Ta bort…")
    qtbot.mouseClick(tab.notes_edit.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.notes_edit, "Alla")
    qtbot.keyClick(tab.notes_edit, Qt.Key.Key_Z, CTRL)
    assert tab.notes_edit.toPlainText() == ""
    assert last.title not in [i.title for i in _stored(editor).agenda]
    assert editor.notice.isVisible()

    click_button(qtbot, editor, "Nästa möte ›")
    assert editor.notice.isHidden()


def test_an_undo_made_impossible_at_another_desk_says_why(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """The person invited again meanwhile: the refusal names them (it said only that someone
    had changed "this"), and the list keeps the one invitation."""
    editor = meeting_editor(qtbot, demo_ctx, tab="attendance_tab")
    tab = editor.attendance_tab
    invitee = _stored(editor).invitees[0]
    click_row(qtbot, tab.table, invitee.name)
    _remove(qtbot, modals, tab, "Ta bort från listan…")
    demo_ctx.call(meetings.add_invitee, _stored(editor).id, invitee.person_id)  # another desk

    said: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        click_button(qtbot, box, "OK")

    modals.answer(read)
    click_button(qtbot, editor.notice, "Ångra")
    modals.check()
    assert said == [f"{invitee.name} har kallats på nytt sedan dess; inget har ångrats."]
    assert [i.name for i in _stored(editor).invitees].count(invitee.name) == 1
