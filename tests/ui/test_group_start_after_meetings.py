"""Grupper → Redigera: a 'Startar' typed later than a meeting the group held is refused beside
the field, naming the meeting (its day and title) and the start that fits; the form stays open
with what was typed, and nothing is saved. A later start that removes the rule's planned
meetings before it asks first, naming their days; declined, nothing is saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import calendar, groups, meeting_rules
from samverkan_desktop.services import meetings as meeting_service
from tests.core.meeting_data import at, make_group
from tests.days import days_ago, days_ahead
from tests.ui.answers import answer_nested_question, cancel_typed
from tests.ui.clicks import click_button, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog

GROUP = "Trygghetsråd Södermalm"
FORMED_DAYS_AGO = 200  # the group formed this many days before the test runs


def test_a_start_after_a_held_meeting_is_refused_beside_the_field_as_typed(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    formed = days_ago(FORMED_DAYS_AGO)
    held = formed + dt.timedelta(days=30)
    group = ctx.call(make_group, GROUP, starts_on=formed)
    meeting = ctx.call(
        meeting_service.add_meeting,
        group,
        meeting_service.MeetingInput(at(held, 9), at(held, 11), title="Workshop"),
    )
    ctx.call(meeting_service.mark_held, meeting)
    area = GroupsArea(ctx)
    show_window(qtbot, area)
    area.refresh()
    click_row(qtbot, area.page.table, GROUP)
    later = held + dt.timedelta(days=10)
    seen: dict[str, object] = {}

    def move_start(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        type_date(qtbot, dialog.starts_edit, later)
        dialog.purpose_edit.setFocus()
        type_text(qtbot, dialog.purpose_edit, "Samordna tryggheten i Södermalm")
        click_button(qtbot, dialog, "Spara")
        seen["error"] = dialog.error_text("starts_on")
        seen["open"] = (
            dialog.isVisible(),
            dialog.starts_edit.text(),
            dialog.purpose_edit.toPlainText(),
        )
        cancel_typed(qtbot, dialog)

    modals.answer(move_start)
    qtbot.keyClick(area.page.table, Qt.Key.Key_Return)
    modals.check()
    assert seen["error"] == (
        f"Mötet ”Workshop” den {held} hölls före {later}: låt gruppen starta senast {held}."
    )
    assert seen["open"] == (True, later.isoformat(), "Samordna tryggheten i Södermalm")
    detail = ctx.call(groups.get_group, group)
    assert (detail.starts_on, detail.purpose) == (formed, None)


def test_a_later_start_asks_before_it_removes_the_planned_meetings_before_it(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    group = ctx.call(make_group, GROUP, starts_on=days_ago(FORMED_DAYS_AGO))
    ctx.call(meeting_rules.set_rule_from_phrase, group, "varannan vecka")
    later = days_ahead(45)
    going = [day for day in _meeting_days(ctx, group) if day < later]
    assert len(going) >= 3
    area = GroupsArea(ctx)
    show_window(qtbot, area)
    area.refresh()
    click_row(qtbot, area.page.table, GROUP)
    seen: dict[str, object] = {}
    questions: list[str] = []

    def move_start(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        type_date(qtbot, dialog.starts_edit, later)
        # Asked; Enter, the default answer, removes nothing.
        answer_nested_question(questions, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
        click_button(qtbot, dialog, "Spara")
        seen["declined"] = (dialog.isVisible(), dialog.error_text("starts_on"))
        seen["kept"] = _meeting_days(ctx, group)[: len(going)]
        answer_nested_question(
            questions, lambda box: click_button(qtbot, box, "Spara och ta bort möten")
        )
        click_button(qtbot, dialog, "Spara")

    modals.answer(move_start)
    qtbot.keyClick(area.page.table, Qt.Key.Key_Return)
    modals.check()
    lead = f"Med start {later} förlorar gruppen {len(going)} planerade möten före den dagen:"
    assert questions[0].startswith(lead)
    assert all(day.isoformat() in questions[0] for day in going)
    assert seen["declined"] == (
        True,
        f"Inget sparades: de planerade mötena före {later} finns kvar.",
    )
    assert seen["kept"] == going
    assert ctx.call(groups.get_group, group).starts_on == later
    days = _meeting_days(ctx, group)
    assert days and min(days) >= later


def _meeting_days(ctx: AppContext, group: int) -> list[dt.date]:
    rows = ctx.call(
        calendar.list_calendar,
        days_ago(FORMED_DAYS_AGO),
        days_ahead(400),
        calendar.CalendarFilter(group_ids=(group,)),
    )
    return [row.starts_at.date() for row in rows]
