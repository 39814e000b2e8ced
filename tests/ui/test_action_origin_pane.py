"""The Actions area's detail pane names where the selected action came from as the list beside it
does: the exercise and the walk with their day and name, the meeting with its group, day and
time (09.00, as the area writes times)."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from samverkan_desktop.models import ActionSource
from samverkan_desktop.services import actions, contacts, meetings
from samverkan_desktop.services.actions import ActionInput
from tests.core.meeting_data import at, make_group
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import show_window
from ui.actions.area import ActionsArea
from ui.context import AppContext

MEETING = "Kartlägga otrygga platser vid Älvsjö station"
WALK = "Beskära buskagen längs passagen"
EXERCISE = "Ta fram en reservrutin för kommunikation (RAKEL, satellittelefon) i kontinuitetsplanen"


def _raise_at_a_meeting(session: Session) -> None:
    group = make_group(session, "Trygghetsrådet Älvsjö")
    day = dt.date(2026, 12, 3)
    meeting = meetings.add_meeting(
        session, group, meetings.MeetingInput(at(day, 9), at(day, 11), "Älvsjö bibliotek")
    )
    actions.create_action(
        session,
        ActionInput(
            MEETING,
            responsible_organisation_id=contacts.list_organisations(session)[0].id,
            source_type=ActionSource.MEETING,
            source_id=meeting,
        ),
        day,
    )


def test_the_detail_names_the_exercise_walk_or_meeting_the_action_came_from(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    demo_ctx.call(_raise_at_a_meeting)
    area = ActionsArea(demo_ctx)
    show_window(qtbot, area, 1280, 800)
    titles, origins = column_texts(area.table, "Åtgärd"), column_texts(area.table, "Ursprung")
    listed = dict(zip(titles, origins, strict=True))
    expected = {
        EXERCISE: "Övning 2021-02-17, Övning för krisledningen: strömavbrott i kyla",
        WALK: "Trygghetsvandring 2021-05-18, Gyllenstiernsgatan",
        MEETING: "Möte 2026-12-03 09.00, Trygghetsrådet Älvsjö",
    }
    for title, origin in expected.items():
        click_row(qtbot, area.table, title)
        qtbot.waitUntil(lambda t=title: area.detail.title.text() == t)  # type: ignore[misc]
        assert area.detail.facts.fact("source") == origin, title
        # Said once: not also under the title.
        assert not area.detail.subtitle.isVisible(), title
    # The list names them the same, the meeting by its day only (its column is narrow).
    assert listed[EXERCISE] == expected[EXERCISE]
    assert listed[WALK] == expected[WALK]
    assert listed[MEETING] == "Möte 2026-12-03, Trygghetsrådet Älvsjö"
