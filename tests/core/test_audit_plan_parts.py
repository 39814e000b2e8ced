"""The History of an agreement holds its action plan's changes (each priority area's goal and the
situation picture's figures, named by the area and by measure, place and year), and the History
of a week's summary its items' (named by their number and heading). A row taken out of its
owner's list (an item, a party, a group's organisation in the form) shows as deleted. On SQLite
and PostgreSQL."""

from __future__ import annotations

import dataclasses

from samverkan_desktop.db import Database
from samverkan_desktop.models import AuditAction, BriefSource, Group
from samverkan_desktop.services import (
    agreements,
    audit,
    contacts,
    group_editing,
    group_organisations,
    groups,
    weekly_briefs,
)
from samverkan_desktop.services.action_plan import FigureInput, save_area_plan
from samverkan_desktop.services.agreements import AgreementInput
from samverkan_desktop.services.weekly_briefs import BriefWeek, ItemInput
from tests.core.test_action_plan import HASSELBY, _agreement
from tests.core.test_group_organisations import _place

FIGURE = "Siffra i lägesbilden ”Anmälda brott: skadegörelse, Hässelby torg, 2019”"
WEEK = BriefWeek(2026, 48)


def _summaries(db: Database, table: str, record_id: int) -> list[str]:
    with db.session() as s:
        return [row.summary for row in audit.history(s, table, record_id)]


def _area_name(db: Database, area_id: int) -> str:
    return next(a.name for a in db.call(groups.list_priority_areas) if a.id == area_id)


def test_a_figures_new_value_and_a_goal_show_in_the_agreements_history(db: Database) -> None:
    agreement, area, _other = _agreement(db)
    db.call(save_area_plan, agreement, area, "Allmänna platser är trygga", HASSELBY)
    changed = [HASSELBY[0], dataclasses.replace(HASSELBY[1], value="190"), *HASSELBY[2:]]
    db.call(save_area_plan, agreement, area, "Allmänna platser är trygga och välskötta", changed)

    with db.session() as s:
        newest = audit.history(s, "agreements", agreement)[:2]
    goal = f"Mål för ett prioriterat område ”{_area_name(db, area)}”"
    assert {row.summary for row in newest} == {
        f"{FIGURE}: Värde: 142 → 190",
        f"{goal}: Övergripande mål: Allmänna platser är trygga → "
        "Allmänna platser är trygga och välskötta",
    }
    assert all(row.action is AuditAction.UPDATE for row in newest)
    with db.session() as s:
        history = audit.history(s, "agreements", agreement)
    added = next(r for r in history if r.part == FIGURE and r.action is AuditAction.INSERT)
    assert added.summary == (
        f"{FIGURE}: Prioriterat område: {_area_name(db, area)}; "
        "Mått: Anmälda brott: skadegörelse; Plats: Hässelby torg; År: 2019; Värde: 142; "
        "Enhet: antal; Källa: Polisens anmälningsstatistik"
    )  # in Swedish, the area by its name; not the figure's link to its agreement


def test_a_percentage_keeps_its_decimals_and_a_removed_area_stays_in_the_history(
    db: Database,
) -> None:
    agreement, area, other = _agreement(db)
    share = FigureInput("Andel otrygga", "Vällingby centrum", "2019", "23,5", "procent")
    db.call(save_area_plan, agreement, area, "Trygga platser", [share])
    current = db.call(agreements.get_agreement, agreement)
    # The area taken out of the agreement in its form: its goal and figures go with it.
    kept = AgreementInput(current.title, current.valid_from, priority_area_ids=(other,))
    db.call(
        agreements.update_agreement,
        agreement,
        dataclasses.replace(kept, expected_version=current.version),
    )
    with db.session() as s:
        history = audit.history(s, "agreements", agreement)
    removed = [row for row in history if row.action is AuditAction.DELETE]
    assert {row.part for row in removed} == {
        f"Mål för ett prioriterat område ”{_area_name(db, area)}”",
        "Siffra i lägesbilden ”Andel otrygga, Vällingby centrum, 2019”",
    }
    figure = next(row for row in removed if row.part.startswith("Siffra"))
    assert "Värde: 23,5; Enhet: procent" in figure.summary
    # The agreement's own change names the area taken out.
    own = next(row for row in history if not row.part and row.action is AuditAction.UPDATE)
    assert _area_name(db, area) in own.summary


def test_an_edited_item_of_the_week_shows_its_old_and_new_heading(db: Database) -> None:
    with db.session() as s:
        weekly_briefs.add_item(s, WEEK, ItemInput(BriefSource.SLK, "Demonstration", None))
        item = weekly_briefs.add_item(
            s, WEEK, ItemInput(BriefSource.SSR, "Bedrägerier", "Mot äldre.")
        )
    with db.session() as s:
        weekly_briefs.update_item(
            s, item, ItemInput(BriefSource.POLICE, "Bedrägerier mot äldre", "Mot äldre.", True)
        )
    brief = db.call(weekly_briefs.get_brief, WEEK).id
    assert brief is not None

    texts = _summaries(db, "weekly_briefs", brief)
    assert texts[0] == (
        "Punkt i veckosammanställningen 2 ”Bedrägerier mot äldre”: "
        "Ursprung: SSR → Polisen; Rubrik: Bedrägerier → Bedrägerier mot äldre; "
        "Får delas vidare: nej → ja"
    )
    assert "Punkt i veckosammanställningen 1 ”Demonstration”" in texts[-2]  # numbered from 1
    assert not any("Veckosammanställning:" in text for text in texts)  # the item's link

    with db.session() as s:
        weekly_briefs.remove_item(s, item)
    # Removed from the list (an orphan the flush deletes): still in the week's History.
    with db.session() as s:
        removed = audit.history(s, "weekly_briefs", brief)[0]
    assert removed.action is AuditAction.DELETE
    assert removed.summary.startswith(
        "Punkt i veckosammanställningen 2 ”Bedrägerier mot äldre”: Ordning: 2; Ursprung: Polisen"
    )


def test_a_party_taken_out_of_the_agreement_shows_in_its_history(db: Database) -> None:
    agreement, _area, _other = _agreement(db)
    with db.session() as s:
        police = contacts.create_organisation(s, contacts.OrganisationInput("Polisen"))
    current = db.call(agreements.get_agreement, agreement)
    data = AgreementInput(current.title, current.valid_from, parties=((police, "A-12"),))
    db.call(
        agreements.update_agreement,
        agreement,
        dataclasses.replace(data, expected_version=current.version),
    )
    current = db.call(agreements.get_agreement, agreement)
    db.call(
        agreements.update_agreement,
        agreement,
        dataclasses.replace(data, parties=(), expected_version=current.version),
    )

    with db.session() as s:
        history = audit.history(s, "agreements", agreement)
    removed = next(row for row in history if row.action is AuditAction.DELETE)
    assert (
        removed.summary
        == "Part i överenskommelsen ”Polisen”: Organisation: Polisen; Diarienummer: A-12"
    )


def test_an_organisation_taken_out_in_the_groups_form_shows_in_its_history(
    db: Database,
) -> None:
    group_id, mtr, _sl, _police = _place(db)
    with db.session() as s:
        group_organisations.add_organisation(s, group_id, mtr, "vid behov")
    with db.session() as s:
        data = groups.get_group(s, group_id).to_input()
        group_editing.update_group(s, group_id, dataclasses.replace(data, organisations=()))

    with db.session() as s:
        newest = audit.history(s, "groups", group_id)
    removed = [row for row in newest if row.action is AuditAction.DELETE]
    assert [row.summary for row in removed] == [
        "Deltagande organisation ”MTR Tunnelbanan”: Organisation: MTR Tunnelbanan; "
        "Anteckning: vid behov"
    ]


def test_a_member_taken_out_of_the_groups_list_changes_its_members(db: Database) -> None:
    """A LIST_PARTS row removed as an orphan (not by session.delete) is a change of the list."""
    group_id, _mtr, _sl, _police = _place(db)
    with db.session() as s:
        before = groups.get_group(s, group_id).members
        group = s.get(Group, group_id)
        assert group is not None
        group.memberships.remove(group.memberships[0])
    with db.session() as s:
        newest = audit.history(s, "groups", group_id)[0]
    assert newest.action is AuditAction.UPDATE and newest.changes[0].label == "Medlemmar"
    assert newest.changes[0].old.count(", ") == len(before) - 1
    assert newest.changes[0].new.count(", ") == len(before) - 2
