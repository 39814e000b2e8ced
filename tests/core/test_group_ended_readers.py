"""The council report, the linked rule's group choices and the Overview read "ended" as the
groups list's Status column does (group_standing): a group with an end set for a later day
still works until that day; one whose end day has come, or that was ended before it started,
has ended. Both databases."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.models import GroupType, Person
from samverkan_desktop.services import group_editing, linked_meetings, overview
from samverkan_desktop.services.council_report import Signatory, council_report
from samverkan_desktop.services.group_rows import GroupInput
from samverkan_desktop.services.group_standing import Standing

DAY = dt.date(2026, 6, 10)
LATER = DAY + dt.timedelta(days=20)


def _person(session: Session, name: str) -> int:
    person = Person(name=name, title="Trygghetssamordnare")
    session.add(person)
    session.flush()
    return person.id


def _group(
    session: Session,
    name: str,
    *,
    contact: int | None = None,
    starts_on: dt.date | None = None,
    ends_on: dt.date | None = None,
) -> int:
    group = group_editing.create_group(
        session,
        GroupInput(
            name,
            GroupType.NATVERK,
            district_contact_id=contact,
            starts_on=starts_on or dt.date(2025, 1, 1),
        ),
        today=DAY,
    )
    if ends_on is not None:
        group_editing.end_group(session, group, ends_on, today=DAY)
    return group


def _council_groups(session: Session) -> None:
    olle = _person(session, "Olle Ek")
    karin = _person(session, "Karin Sjö")
    _group(session, "Nätverk Gärdet", contact=olle)
    _group(session, "Nätverk Tessinparken", contact=karin, ends_on=LATER)
    _group(session, "Nätverk Hjorthagen", contact=karin, ends_on=LATER + dt.timedelta(days=9))
    _group(session, "Nätverk Lärkstaden", contact=karin, ends_on=DAY - dt.timedelta(days=30))
    called_off = DAY + dt.timedelta(days=5)
    _group(session, "Nätverk Ropsten", starts_on=called_off, ends_on=called_off)


def test_the_council_report_leaves_out_a_group_called_off_before_its_start(
    db: Database,
) -> None:
    """The period runs past today: a group ended at its start day, still to come, never
    worked; one ended ahead still works, one whose end day came in the period reads ended."""
    with db.session() as s:
        _council_groups(s)
    with db.session() as s:
        report = council_report(s, dt.date(2026, 1, 1), dt.date(2026, 12, 31), today=DAY)
    told = {g.name: g.standing.standing for g in report.networks}
    assert told == {
        "Nätverk Gärdet": Standing.ACTIVE,
        "Nätverk Hjorthagen": Standing.ACTIVE,
        "Nätverk Lärkstaden": Standing.ENDED,
        "Nätverk Tessinparken": Standing.ACTIVE,
    }


def test_the_contact_of_groups_ended_ahead_signs_the_council_report(db: Database) -> None:
    with db.session() as s:
        _council_groups(s)
    with db.session() as s:
        report = council_report(s, dt.date(2026, 1, 1), DAY, today=DAY)
    # Two groups still working against one: she is the district's contact of the most.
    assert report.signatory == Signatory("Karin Sjö", "Trygghetssamordnare")


def test_a_rule_cannot_meet_before_a_group_whose_end_day_has_come(db: Database) -> None:
    with db.session() as s:
        own = _group(s, "Arbetsgrupp Tessinparken")
        _group(s, "Chefsamråd trygghet", ends_on=DAY)
        _group(s, "Chefsamråd skola", ends_on=LATER)
    with db.session() as s:
        choices = [name for _id, name in linked_meetings.group_choices(s, own, DAY)]
        found = [name for _id, name in linked_meetings.find_groups(s, "chefsamråd", DAY)]
        found_later = linked_meetings.find_groups(s, "chefsamråd", LATER)
    assert choices == ["Chefsamråd skola"]
    assert found == ["Chefsamråd skola"]
    assert found_later == []


def test_the_overview_tells_a_group_ending_soon_in_date_order(db: Database) -> None:
    with db.session() as s:
        _group(s, "Nätverk Tessinparken", ends_on=DAY + dt.timedelta(days=12))
        _group(s, "Nätverk Gärdet", starts_on=DAY + dt.timedelta(days=3))
        _group(s, "Nätverk Hjorthagen", starts_on=DAY + dt.timedelta(days=20))
        _group(s, "Nätverk Ropsten", ends_on=DAY + dt.timedelta(days=40))  # past the horizon
        _group(s, "Nätverk Lärkstaden", ends_on=DAY)  # ended today: the list reads Avslutad
    with db.session() as s:
        changing = overview.groups_starting_or_ending(s, DAY)
    assert [(item.title, item.detail) for item in changing.items] == [
        ("Nätverk Gärdet", "Startar 2026-06-13 (v. 24)"),
        ("Nätverk Tessinparken", "Slutar 2026-06-22 (v. 26)"),
        ("Nätverk Hjorthagen", "Startar 2026-06-30 (v. 27)"),
    ]
    assert changing.total == 3
