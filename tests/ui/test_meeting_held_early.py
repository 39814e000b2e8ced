"""Marking a meeting held before it has begun asks first ("Mötet har inte ägt rum ännu (3 dec).
Markera som genomfört ändå?"), No the default: a click meant for last week's meeting marked the
coming one held without a word, and it counted in the group's follow-up."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.formatting import short_date
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.menus import choose_in_menu
from tests.ui.openers import meeting_editor
from ui.context import AppContext
from ui.meetings.editor import MeetingEditor

HELD = "Genomfört"


def _editor_at(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, after_start: dt.timedelta
) -> MeetingEditor:
    editor = meeting_editor(qtbot, ctx)
    assert editor.meeting is not None
    now = editor.meeting.starts_at + after_start
    monkeypatch.setattr(clock, "now", lambda: now)
    monkeypatch.setattr(clock, "today", lambda: now.date())
    return editor


def _answer(qtbot: QtBot, button: str, seen: list[str]):  # type: ignore[no-untyped-def]
    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        assert box.defaultButton().text() == "Nej"  # the safe choice
        click_button(qtbot, box, button)

    return answer


def test_a_coming_meeting_is_marked_held_only_when_the_user_says_so(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = _editor_at(qtbot, demo_ctx, monkeypatch, -dt.timedelta(days=2))
    assert editor.meeting is not None
    day = short_date(editor.meeting.starts_at.date(), clock.today())
    seen: list[str] = []
    modals.answer(_answer(qtbot, "Nej", seen), _answer(qtbot, "Markera som genomfört", seen))
    choose_in_menu(editor.more_menu, "Markera som genomfört")
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen == [f"Mötet har inte ägt rum ännu ({day}). Markera som genomfört ändå?"]
    assert editor.status_badge.text() != HELD
    choose_in_menu(editor.more_menu, "Markera som genomfört")
    qtbot.waitUntil(lambda: editor.status_badge.text() == HELD)
    modals.check()


def test_a_meeting_that_has_begun_is_marked_held_without_a_question(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = _editor_at(qtbot, demo_ctx, monkeypatch, dt.timedelta(minutes=5))
    editor.show_meeting(editor.meeting.id)  # type: ignore[union-attr]  # its start has passed
    click_button(qtbot, editor, "Markera som genomfört")  # the step beside the status
    assert editor.status_badge.text() == HELD
    modals.check()  # no dialog
