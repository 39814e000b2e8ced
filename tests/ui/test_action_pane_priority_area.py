"""An action without a priority area of its own is listed under its group's: the detail pane
beside the list says the same (it said nothing, so the two disagreed)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from samverkan_desktop.services import actions, contacts, groups
from samverkan_desktop.services.actions import ActionInput
from tests.core.meeting_data import make_group
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import show_window
from ui.actions.area import ActionsArea
from ui.context import AppContext

TITLE = "Se över belysningen i gångtunneln vid Älvsjö station"


def _raise_for_a_group(session: Session) -> str:
    area = groups.list_priority_areas(session)[0]
    group = make_group(session, "Trygghetsrådet Älvsjö", priority_area_ids=(area.id,))
    actions.create_action(
        session,
        ActionInput(
            TITLE,
            responsible_organisation_id=contacts.list_organisations(session)[0].id,
            group_id=group,
        ),
    )
    return area.name


def test_the_pane_shows_the_groups_priority_area_as_the_list_does(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area_name = demo_ctx.call(_raise_for_a_group)
    area = ActionsArea(demo_ctx)
    show_window(qtbot, area, 1280, 800)
    listed = dict(
        zip(
            column_texts(area.table, "Åtgärd"),
            column_texts(area.table, "Prioriterat område"),
            strict=True,
        )
    )
    assert listed[TITLE] == area_name
    click_row(qtbot, area.table, TITLE)
    qtbot.waitUntil(lambda: area.detail.title.text() == TITLE)
    assert area.detail.facts.fact("priority_area") == area_name
