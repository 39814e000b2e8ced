"""The meeting-rule editor reads "4 gånger/år inför chefsamråd" (the papers' preparation group):
the fields show the group it meets before, the read-back says so in Swedish, and the next
meetings listed are a week before each of that group's, as saving plans them."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.recurrence import Frequency, working_day_before
from samverkan_desktop.services import calendar, groups
from tests.core.meeting_data import make_group
from tests.ui.clicks import click_button
from tests.ui.openers import read_rule, rule_dialog
from tests.ui.test_rule_dialog import GROUP, meetings_of
from ui.context import AppContext

COUNCIL = "Chefsamråd trygghet"


@pytest.fixture
def group_id(demo_ctx: AppContext) -> int:
    return demo_ctx.call(make_group, GROUP, starts_on=clock.today())


def days_before_council(ctx: AppContext) -> list[dt.date]:
    """A week before each of the council's coming meetings (the working day before, if need be)."""
    today = clock.today()
    council = next(g.id for g in ctx.call(groups.list_groups) if g.name == COUNCIL)
    rows = ctx.call(
        calendar.list_calendar,
        today,
        today + dt.timedelta(days=800),
        calendar.CalendarFilter(group_ids=(council,)),
    )
    days = [
        working_day_before(r.starts_at.date() - dt.timedelta(days=7))
        for r in rows
        if r.status is MeetingStatus.PLANNED
    ]
    return [day for day in days if day >= today]


def test_the_phrase_before_the_council_lists_the_days_a_week_before_its_meetings(
    qtbot: QtBot, demo_ctx: AppContext, group_id: int
) -> None:
    dialog = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    read_rule(qtbot, dialog, "4 gånger/år inför chefsamråd, samt vid behov")
    assert not dialog.phrase_error.isVisible()
    fields = dialog.fields
    assert fields.frequency.currentData() is Frequency.BEFORE_GROUP
    assert fields.before.group.currentText() == COUNCIL
    assert fields.before.lead_days.value() == 7
    assert not fields.months_part.isVisible() and not fields.holidays.isVisible()
    # no blank row under the group's two lines: the stack is as tall as its page, not the
    # weekly page
    qtbot.waitUntil(lambda: fields.pattern.height() <= fields.before.sizeHint().height() + 4)
    qtbot.waitUntil(
        lambda: dialog.read_back_text().startswith(f"En vecka före varje möte i {COUNCIL}")
    )
    assert "närmaste vardag före" in dialog.holiday_text.text()
    wanted = days_before_council(demo_ctx)
    assert wanted
    assert [text.split()[1] for text in dialog.date_texts()] == [d.isoformat() for d in wanted[:12]]

    click_button(qtbot, dialog, "Spara")
    assert not dialog.isVisible()
    planned = [r.starts_at.date() for r in meetings_of(demo_ctx, group_id)]
    assert planned == wanted

    again = rule_dialog(qtbot, demo_ctx, group_id, GROUP)  # the saved rule, as it was read
    assert again.fields.frequency.currentData() is Frequency.BEFORE_GROUP
    assert again.fields.before.group.currentText() == COUNCIL
    assert again.date_texts() == dialog.date_texts()
