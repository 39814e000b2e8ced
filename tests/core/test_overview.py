"""The Overview gathers what needs the coordinator soon."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.db import Database
from samverkan_desktop.models import GroupStatus, GroupType
from samverkan_desktop.services import contacts, group_editing, groups, overview
from samverkan_desktop.services.group_rows import GroupInput

TODAY = dt.date(2026, 11, 22)


def test_groups_starting_or_ending_soon_and_stale_contacts(db: Database) -> None:
    with db.session() as s:
        group_editing.create_group(
            s, GroupInput("Startar snart", GroupType.ARBETSGRUPP, starts_on=TODAY + dt.timedelta(5))
        )
        group_editing.create_group(
            s,
            GroupInput(
                "Slutar snart",
                GroupType.ARBETSGRUPP,
                starts_on=dt.date(2025, 1, 1),
                term_until=TODAY + dt.timedelta(10),
            ),
        )
        group_editing.create_group(
            s,
            GroupInput(
                "Löpte ut",
                GroupType.ARBETSGRUPP,
                starts_on=dt.date(2025, 1, 1),
                term_until=TODAY - dt.timedelta(3),
            ),
        )
        group_editing.create_group(s, GroupInput("Tillsvidare", GroupType.NATVERK))
        contacts.create_person(
            s, contacts.PersonInput("Ny kontakt", last_verified=dt.date(2025, 1, 1)), today=TODAY
        )
    with db.session() as s:
        sections = {section.key: section for section in overview.gather(s, TODAY)}
    changing = sections["groups_changing"]
    assert [i.title for i in changing.items] == ["Löpte ut", "Startar snart", "Slutar snart"]
    assert changing.items[0].urgency is overview.Urgency.OVERDUE
    assert changing.items[1].detail == "Startar 2026-11-27 (v. 48)"  # weeks, as the other cards
    verify = sections["contacts_to_verify"]
    assert verify.total == 1 and verify.items[0].title == "Ny kontakt"


def test_a_planned_group_past_its_start_is_no_reminder_as_it_reads_active(db: Database) -> None:
    """It reads "Aktiv" from its start day on its own (group_standing): "make the group
    active" asked for what was already shown."""
    with db.session() as s:
        for name, status in (
            ("Vällingby centrum", GroupStatus.PLANNED),
            ("Gång", GroupStatus.ACTIVE),
        ):
            group_editing.create_group(
                s,
                GroupInput(
                    name, GroupType.PLATSSAMVERKAN, status=status, starts_on=dt.date(2026, 9, 1)
                ),
            )
    with db.session() as s:
        changing = {section.key: section for section in overview.gather(s, TODAY)}[
            "groups_changing"
        ]
        shown = groups.list_groups(s)
    assert changing.items == ()
    assert [(row.name, row.standing(TODAY).label()) for row in shown] == [
        ("Gång", "Aktiv"),
        ("Vällingby centrum", "Aktiv"),
    ]


def test_cards_with_nothing_to_show_come_after_those_that_need_someone(db: Database) -> None:
    """On an empty database every card but "Get started" is empty and keeps PROVIDERS' order;
    a contact never verified brings its card (the last provider) before every empty one."""
    today = dt.date(2026, 12, 1)
    with db.session() as s:
        empty = [section.key for section in overview.gather(s, today)]
        assert empty.pop(0) == "getting_started"
        eva = contacts.create_person(s, contacts.PersonInput("Eva Strand"), today=None)
        contacts.update_person(s, eva, contacts.PersonInput("Eva Strand"))  # date cleared
    with db.session() as s:
        sections = overview.gather(s, today)
        # A reminder of its days only (the Friday summary) leaves no empty card on a Tuesday.
        in_order = [provider(s, today).key for provider in overview.PROVIDERS]
        in_order = [key for key in in_order if key not in overview.ONLY_WHEN_DUE]
    assert in_order == empty
    assert sections[0].key == "getting_started"  # no group yet
    assert sections[1].key == "contacts_to_verify" and sections[1].items
    assert [section.key for section in sections[2:]] == [k for k in empty if k != sections[1].key]
    assert not any(section.items for section in sections[2:])


def test_a_group_set_to_end_is_no_reminder_to_end_it_or_extend_its_term(db: Database) -> None:
    """Its term ran out, and "Avsluta grupp…" set its end for a later day: "Löptiden slutade …:
    avsluta gruppen eller förläng löptiden" asked for what was already done."""
    with db.session() as s:
        for name in ("Satt att sluta", "Löpte ut"):
            group_editing.create_group(
                s,
                GroupInput(
                    name,
                    GroupType.ARBETSGRUPP,
                    starts_on=dt.date(2025, 1, 1),
                    term_until=TODAY - dt.timedelta(3),
                ),
            )
        ending = groups.list_groups(s, "Satt att sluta")[0].id
        group_editing.end_group(s, ending, TODAY + dt.timedelta(60), today=TODAY)
    with db.session() as s:
        sections = {section.key: section for section in overview.gather(s, TODAY)}
    changing = sections["groups_changing"]
    assert [i.title for i in changing.items] == ["Löpte ut"]
    assert changing.items[0].detail.startswith("Löptiden slutade 2026-11-19")
