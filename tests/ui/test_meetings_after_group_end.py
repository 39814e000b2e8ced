"""A meeting "End group…" kept after the end (it held work: here a workshop added by hand)
says so where the coordinator meets it: its line under the group's "Nästa möten" ends in
"· efter gruppens slut"; the meeting editor opened from there has the badge "Efter gruppens
slut" and says when the group ended and what to do; the calendar's list reads "Efter gruppens
slut" in its status column. Before, all read as any coming meeting of an active group. What
it cannot have is greyed with the core's refusal (the keys say it), "Nytt beslut…" and, once
cancelled, "Återställ mötet" too."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.formatting import long_date
from samverkan_desktop.models import AttendanceStatus
from samverkan_desktop.services import group_editing, groups
from samverkan_desktop.services import meetings as meeting_service
from tests.core.meeting_data import at
from tests.ui.answers import acknowledge
from tests.ui.clicks import click_tab
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row, column_texts, hover_tooltip
from tests.ui.text_fit import plain
from tests.ui.windows import area_of, settle, show_window
from ui.calendar.area import CalendarArea
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.main_window import MainWindow
from ui.meetings.editor import MeetingEditor

GROUP = "Lokal beredningsgrupp Östermalm"
OTHER = "Säkerhetssamordnarnätverket (SLK)"


def _shown(link: QLabel) -> str:
    return plain(QTextDocumentFragment.fromHtml(link.text()).toPlainText())


def _click(qtbot: QtBot, link: QLabel) -> None:
    """On the link's first line (at 1024 px a line may wrap)."""
    first_line = QPoint(6, link.fontMetrics().height() // 2 + 1)
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=first_line)


def test_a_meeting_kept_after_the_end_says_so(qtbot: QtBot, demo_ctx: AppContext) -> None:
    ids = {g.name: g.id for g in demo_ctx.call(groups.list_groups)}
    today = clock.today()
    day = today + dt.timedelta(days=10)
    workshop = meeting_service.MeetingInput(at(day, 13), at(day, 15), title="Workshop")
    demo_ctx.call(meeting_service.add_meeting, ids[GROUP], workshop)
    demo_ctx.call(group_editing.end_group, ids[GROUP], today, today=today)

    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1024, 768)
    window.navigate("groups", ids[GROUP])
    settle(qtbot)
    pane = area_of(window, "groups", GroupsArea).next_meetings
    lines = [_shown(link) for link in pane.links]
    assert lines and all(line.endswith(" · efter gruppens slut") for line in lines), lines
    link = next(link for link in pane.links if "Workshop" in _shown(link))
    assert link.accessibleName().endswith(" · efter gruppens slut")

    _click(qtbot, link)
    editor = area_of(window, "calendar", CalendarArea).editor
    assert editor.title.text() == f"Workshop – {GROUP}"
    assert editor.status_badge.text() == "Efter gruppens slut"
    assert editor.warning.isVisible()
    assert editor.warning.text().startswith(
        f"Gruppen avslutades {long_date(today)}, så mötet kan inte hållas"
    )

    # The calendar's list: "Tillbaka" left it on the workshop's month, whichever month today
    # is in (in late December the workshop is in January).
    qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
    window.navigate("calendar")
    calendar = area_of(window, "calendar", CalendarArea)
    qtbot.keyClick(calendar, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    listed = calendar.list_view
    row = next(
        n
        for n, label in enumerate(column_texts(listed, "Grupp, vandring, övning"))
        if label.startswith("Workshop")
    )
    assert column_texts(listed, "Status")[row] == "Efter gruppens slut"
    assert hover_tooltip(qtbot, listed, row, 5) == f"Efter gruppens slut ({today.isoformat()})"

    # A group still meeting reads as before.
    window.navigate("groups", ids[OTHER])
    settle(qtbot)
    assert pane.links
    assert not any("gruppens slut" in _shown(link) for link in pane.links)
    _click(qtbot, pane.links[0])
    assert "gruppens slut" not in editor.warning.text()


def _kept_workshop(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, MeetingEditor, str]:
    """A workshop planned in ten days, kept by ending its group today, opened from Grupper at
    1024x768; with the start of the refusals' texts ("”…” avslutades …, efter det,")."""
    ids = {g.name: g.id for g in ctx.call(groups.list_groups)}
    today = clock.today()
    day = today + dt.timedelta(days=10)
    workshop = meeting_service.MeetingInput(at(day, 13), at(day, 15), title="Workshop")
    meeting_id = ctx.call(meeting_service.add_meeting, ids[GROUP], workshop)
    ctx.call(group_editing.end_group, ids[GROUP], today, today=today)

    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1024, 768)
    window.navigate("groups", ids[GROUP])
    settle(qtbot)
    pane = area_of(window, "groups", GroupsArea).next_meetings
    _click(qtbot, next(link for link in pane.links if "Workshop" in _shown(link)))
    editor = area_of(window, "calendar", CalendarArea).editor
    assert editor.meeting is not None and editor.meeting.id == meeting_id
    ended = f"”{GROUP}” avslutades {today.isoformat()}: dess möte den {day.isoformat()}, efter det,"
    return window, editor, ended


def _open_other_group(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    """The first coming meeting of a group still meeting, from Grupper."""
    ids = {g.name: g.id for g in ctx.call(groups.list_groups)}
    window.navigate("groups", ids[OTHER])
    settle(qtbot)
    _click(qtbot, area_of(window, "groups", GroupsArea).next_meetings.links[0])


def test_what_a_meeting_after_the_end_cannot_have_is_greyed_with_why(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """ "Alla närvarande", "Ny åtgärd…" and the minutes were offered, then refused; "Använd
    dagordningen för kommande möten…" was offered for a group without coming meetings."""
    window, editor, ended = _kept_workshop(qtbot, demo_ctx)
    greyed = {
        "Alla närvarande": editor.attendance_tab.all_present_button,
        "Ny åtgärd…": editor.actions_tab.new_button,
        "Spara anteckningar": editor.agenda_tab.save_button,
        "Beslut under punkten…": editor.agenda_tab.decision_button,
        "Nytt beslut…": editor.decisions_tab.add_button,
    }
    for text, button in greyed.items():
        assert button.text().startswith(text)
        assert not button.isEnabled(), text
        assert button.toolTip().startswith(ended), (text, button.toolTip())
    assert editor.agenda_tab.notes_edit.toolTip().endswith("kan inte ha minnesanteckningar.")
    assert editor.attendance_tab.all_present_button.toolTip().endswith("få närvaron antecknad.")
    assert editor.actions_tab.new_button.toolTip().endswith("kan inte få nya åtgärder.")
    assert editor.decisions_tab.add_button.toolTip().endswith("kan inte ha minnesanteckningar.")
    assert not editor.more_menu.standing_action.isVisible()

    # Cancelled, it cannot be reinstated after the end: "Återställ mötet" greyed, saying why.
    assert editor.meeting is not None
    demo_ctx.call(meeting_service.cancel_meeting, editor.meeting.id)
    demo_ctx.bus.announce("meetings")
    qtbot.waitUntil(editor.more_menu.reinstate_action.isVisible)
    assert not editor.more_menu.reinstate_action.isEnabled()
    assert editor.more_menu.reinstate_action.toolTip() == f"{ended} kan inte återställas."

    # A group still meeting: offered, with their own tooltips.
    _open_other_group(qtbot, window, demo_ctx)
    assert editor.attendance_tab.all_present_button.isEnabled()
    assert editor.actions_tab.new_button.isEnabled()
    assert "avslutades" not in editor.actions_tab.new_button.toolTip()
    assert editor.more_menu.standing_action.isVisible()


def test_marking_one_person_is_greyed_with_why_after_the_end(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """Närvarande, Frånvarande and Ersättare… were greyed once a person was chosen, saying
    nothing (a click was refused); "Ej markerad" stays offered, as the core allows it."""
    window, editor, ended = _kept_workshop(qtbot, demo_ctx)
    tab = editor.attendance_tab
    click_tab(qtbot, editor.tabs, tab)
    assert tab.table.model().rowCount() > 0
    click_row(qtbot, tab.table, tab.table.model().index(0, 0).data())
    for button in (tab.present_button, tab.absent_button, tab.substitute_button):
        assert not button.isEnabled(), button.text()
        assert button.toolTip() == tab.all_present_button.toolTip(), button.text()
        assert button.toolTip().startswith(ended)
        assert button.toolTip().endswith("kan inte få närvaron antecknad.")
    assert tab.unmark_button.isEnabled()

    # A group still meeting: a person chosen can be marked, the key named in the tooltip.
    _open_other_group(qtbot, window, demo_ctx)
    click_tab(qtbot, editor.tabs, tab)
    click_row(qtbot, tab.table, tab.table.model().index(0, 0).data())
    assert tab.present_button.isEnabled()
    assert tab.present_button.toolTip().startswith("Närvarande (")


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _press(qtbot: QtBot, widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A key with the focus in ``widget``, its window in front (back from a message before)."""
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())
    widget.setFocus()
    qtbot.keyClick(widget, key, modifiers)


def test_the_keys_of_what_is_greyed_say_why_and_do_nothing_else(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """Ctrl+N opened "Ny åtgärd" (or "Nytt beslut") and Ctrl+Shift+P marked the person
    chosen, for the core to refuse what was typed or clicked: each key now only says the
    reason its greyed button shows."""
    _window, editor, ended = _kept_workshop(qtbot, demo_ctx)
    told: list[str] = []

    decisions = editor.decisions_tab
    click_tab(qtbot, editor.tabs, decisions)
    modals.answer(acknowledge(qtbot, told))
    _press(qtbot, decisions.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert told == [decisions.add_button.toolTip()]
    assert told.pop().startswith(ended)
    assert editor.meeting is not None and editor.meeting.decisions == ()

    click_tab(qtbot, editor.tabs, editor.actions_tab)
    modals.answer(acknowledge(qtbot, told))
    _press(qtbot, editor.actions_tab.raised, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert told == [editor.actions_tab.new_button.toolTip()]
    assert told[0].startswith(ended) and told[0].endswith("kan inte få nya åtgärder.")

    tab = editor.attendance_tab
    click_tab(qtbot, editor.tabs, tab)
    person = tab.table.model().index(0, 0).data()
    click_row(qtbot, tab.table, person)
    modals.answer(acknowledge(qtbot, told))
    _press(qtbot, tab.table, Qt.Key.Key_P, CTRL_SHIFT)
    modals.check()
    assert told[1:] == [tab.present_button.toolTip()]
    assert told[1].endswith("kan inte få närvaron antecknad.")
    assert editor.meeting is not None
    assert {row.status for row in editor.meeting.invitees} == {AttendanceStatus.INVITED}
