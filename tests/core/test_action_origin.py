"""Where an action came from, as the Actions area's detail pane and every ``ActionRow`` name it:
the exercise, the walk or the meeting with its day (and the meeting's time, written 09.00), the
way the list beside it names them; the agenda's plain SQL reader names them the same."""

from __future__ import annotations

import datetime as dt
import re

from samverkan_desktop import demo
from samverkan_desktop.db import Database
from samverkan_desktop.models import ActionSource
from samverkan_desktop.notice_sqlite import read_notice
from samverkan_desktop.services import action_reading, actions, contacts, meetings
from samverkan_desktop.services.action_filter import ActionFilter
from samverkan_desktop.services.action_list_rows import action_list_rows
from samverkan_desktop.services.action_rows import ActionRow
from samverkan_desktop.services.actions import ActionInput
from tests.core.meeting_data import at, make_group

WALK = "Beskära buskagen längs passagen"
EXERCISE = "Ta fram en reservrutin för kommunikation (RAKEL, satellittelefon) i kontinuitetsplanen"


def _by_title(rows: list[ActionRow], title: str) -> ActionRow:
    return next(r for r in rows if r.title == title)


def test_an_action_names_its_exercise_walk_or_meeting_as_the_list_does(
    demo_db: Database, today: dt.date
) -> None:
    with demo_db.session() as s:
        group = make_group(s, "Trygghetsrådet Älvsjö")
        meeting = meetings.add_meeting(
            s,
            group,
            meetings.MeetingInput(at(dt.date(2026, 12, 3), 9), at(dt.date(2026, 12, 3), 11)),
        )
        org = contacts.list_organisations(s)[0].id
        raised = actions.create_action(
            s,
            ActionInput(
                "Kartlägga otrygga platser vid Älvsjö station",
                responsible_organisation_id=org,
                source_type=ActionSource.MEETING,
                source_id=meeting,
            ),
            today,
        )
        rows = action_reading.list_actions(s, ActionFilter(), today)
        listed = {r.id: r.source_text for r in action_list_rows(s, [r.id for r in rows], today)}
        single = action_reading.get_action(s, raised)  # what the detail pane shows
    assert single.source_text == "Möte 2026-12-03 09.00, Trygghetsrådet Älvsjö"
    assert listed[raised] == "Möte 2026-12-03, Trygghetsrådet Älvsjö"
    assert (
        _by_title(rows, EXERCISE).source_text
        == "Övning 2021-02-17, Övning för krisledningen: strömavbrott i kyla"
    )
    assert _by_title(rows, WALK).source_text == "Trygghetsvandring 2021-05-18, Gyllenstiernsgatan"
    kinds = set()
    for row in rows:
        kinds.add(row.source_type)
        if row.source_type is ActionSource.MEETING:
            # The list's day and group, with the time between them.
            day, group_name = re.fullmatch(r"Möte (\S+), (.+)", listed[row.id]).groups()  # type: ignore[union-attr]
            assert re.fullmatch(rf"Möte {day} \d\d\.\d\d, {re.escape(group_name)}", row.source_text)
        else:
            assert row.source_text == listed[row.id], row.title
    assert {
        ActionSource.MEETING,
        ActionSource.WALK_OBSERVATION,
        ActionSource.EXERCISE_LESSON,
    } <= kinds


def test_the_agendas_plain_reader_names_a_walks_or_exercises_action_the_same(
    sqlite_db: Database,
    today: dt.date,
) -> None:
    """An action from a walk or an exercise given to a group stands on the group's agenda:
    ``samverkan print agenda`` (notice_sqlite) names its origin as the services do."""
    with sqlite_db.session() as s:
        demo.load(s, today)
        rows = action_reading.list_actions(s, ActionFilter(open_only=True), today)
        group = make_group(s, "Trygghetsrådet Älvsjö")
        day = today + dt.timedelta(days=10)
        meeting = meetings.add_meeting(s, group, meetings.MeetingInput(at(day, 9), at(day, 10)))
        for title in (WALK, EXERCISE):
            row = _by_title(rows, title)
            actions.update_action(
                s,
                row.id,
                ActionInput(
                    row.title,
                    responsible_person_id=row.responsible_person_id,
                    responsible_organisation_id=row.responsible_organisation_id,
                    due_on=row.due_on,
                    description=row.description,
                    priority_area_id=row.priority_area_id,
                    group_id=group,
                    source_type=row.source_type,
                    source_id=row.source_id,
                ),
            )
    expected = sqlite_db.call(meetings.get_notice, meeting)  # also prepares the meeting
    carried = {a.title: a for a in expected.carried_actions}
    assert carried[WALK].source_text == "Trygghetsvandring 2021-05-18, Gyllenstiernsgatan"
    assert carried[EXERCISE].source_text.startswith("Övning 2021-02-17, Övning för krisledningen")
    plain = read_notice(str(sqlite_db.engine.url), meeting)
    assert plain is not None
    assert plain == expected
