"""Grupper → a group's details say its start in the tense of the day: "Startade" for a group
started before today, "Startar" for one still to start (it read "Startar 2020-02-29" for a
group started years ago, as if to come). Choosing one after the other turns the label back."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.formatting import date_with_week
from tests.core.meeting_data import make_group
from tests.days import days_ago, days_ahead
from tests.ui.tables import click_row
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.area import GroupsArea

STARTED = "Trygghetsråd Södermalm"
COMING = "Platssamverkan Hötorget"


def _start_line(qtbot: QtBot, area: GroupsArea, name: str) -> tuple[str, str]:
    click_row(qtbot, area.page.table, name)
    facts = area.detail.facts
    return facts.label_of("starts_on").text(), facts.fact("starts_on")


def test_a_past_start_reads_startade_and_a_coming_one_startar(
    qtbot: QtBot, ctx: AppContext
) -> None:
    began, begins = days_ago(800), days_ahead(20)
    ctx.call(make_group, STARTED, starts_on=began)
    ctx.call(make_group, COMING, starts_on=begins)
    area = GroupsArea(ctx)
    show_window(qtbot, area)
    area.refresh()
    assert _start_line(qtbot, area, STARTED) == ("Startade", date_with_week(began))
    assert _start_line(qtbot, area, COMING) == ("Startar", date_with_week(begins))
    assert _start_line(qtbot, area, STARTED)[0] == "Startade"
