"""A new action raised at a meeting: "Klart senast" starts on the group's next meeting (where it
is followed up), a brand-new action offers no follow-up note, and the dialog is as tall as its
rows (some 200 px of nothing stood above its buttons). The actions tab then says in words what it
counts: "Åtgärder (1 ny, 2 öppna sedan tidigare)" (it read "Åtgärder (1 + 2 öppna)")."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button, line_edit, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import calendar_window, first_coming_meeting, open_meeting
from ui.context import AppContext
from ui.meetings.action_dialog import ActionDialog


def _visible_labels(dialog: QWidget) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]


def test_a_new_action_is_due_by_the_next_meeting_and_the_tab_says_what_it_counts(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = calendar_window(qtbot, demo_ctx, 1100, 700)
    meeting_id = first_coming_meeting(  # a next meeting, two or more actions open from earlier
        area,
        lambda d: d.next_meeting is not None and sum(a.is_open for a in d.carried_actions) >= 2,
    )
    editor = open_meeting(qtbot, area, meeting_id, "actions_tab")
    detail = editor.meeting
    assert detail is not None and detail.next_meeting is not None and not detail.actions
    still_open = sum(a.is_open for a in detail.carried_actions)
    assert editor.tabs.tabText(4) == f"Åtgärder ({still_open} öppna sedan tidigare)"
    next_day = detail.next_meeting.starts_at.date()
    seen: dict[str, object] = {}
    labels: list[str] = []

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        seen["due"] = dialog.due_edit.value()
        labels.extend(_visible_labels(dialog))
        last = dialog.description_edit  # the last row, as in Åtgärder's form
        last_row = last.mapTo(dialog, last.rect().bottomLeft()).y()
        seen["gap"] = dialog.buttons.geometry().top() - last_row
        type_text(qtbot, dialog.title_edit, "Se över belysningen vid Karlaplan")
        type_text(qtbot, line_edit(dialog.organisation), "Trafikkontoret")
        click_button(qtbot, dialog, "Lägg till åtgärd")

    modals.answer(add)
    click_button(qtbot, editor.actions_tab, "Ny åtgärd…")
    modals.check()

    assert seen["due"] == next_day
    assert "Uppföljningsanteckning" not in labels
    assert "Klart senast" in labels
    assert isinstance(seen["gap"], int) and seen["gap"] < 60  # no blank band above the buttons
    stored = editor.meeting
    assert stored is not None
    action = next(a for a in stored.actions if a.title == "Se över belysningen vid Karlaplan")
    assert action.due_on == next_day
    assert editor.tabs.tabText(4) == f"Åtgärder (1 ny, {still_open} öppna sedan tidigare)"
    tab_bar = editor.tabs.tabBar()
    assert tab_bar.tabRect(4).right() <= tab_bar.width()  # whole at a laptop's 1100 px


def test_following_up_an_action_still_offers_the_note(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = calendar_window(qtbot, demo_ctx)
    editor = open_meeting(qtbot, area, tab="actions_tab")
    assert editor.meeting is not None
    earlier = editor.meeting.carried_actions[0]
    seen: list[str] = []

    def follow_up(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        seen.extend(_visible_labels(dialog))
        assert dialog.due_edit.value() == earlier.due_on  # its own, not the next meeting's
        dialog.discard()

    modals.answer(follow_up)
    editor.actions_tab.follow_up(earlier.id)
    modals.check()
    assert "Uppföljningsanteckning" in seen
