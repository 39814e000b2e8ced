"""Organisations taking part in a group without a named person ("MTR takes part"): added with
a note and removed, once per group (in the database too), kept by the group's form, shown once
beside the members' organisations, in the group's History, deleted with the group, and keeping
the organisation from being deleted (the refusal names the group). On SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.errors import (
    ConflictError,
    InUseError,
    StaleRecordError,
    ValidationError,
)
from samverkan_desktop.models import AuditAction, GroupType
from samverkan_desktop.reports import group_structure
from samverkan_desktop.services import (
    audit,
    contact_deletion,
    contacts,
    group_editing,
    group_organisations,
    group_rows,
    groups,
)
from tests.core.crisis_data import organisation
from tests.core.database_rules import refused, rows, sql
from tests.core.meeting_data import make_group
from tests.core.test_walks_cli import needs_pdftotext, pdf_text

PLACE = "Platssamverkan Hässelby torg"


def _place(db: Database) -> tuple[int, int, int, int]:
    """The place collaboration (two named members, the second of "Polisen …") and MTR, SL,
    and the police's organisation."""
    with db.session() as s:
        group_id = make_group(s, PLACE, type=GroupType.PLATSSAMVERKAN)
        mtr = organisation(s, "MTR Tunnelbanan")
        sl = organisation(s, "SL (Trafikförvaltningen)")
        police = next(o.id for o in contacts.list_organisations(s) if o.name.startswith("Polis"))
    return group_id, mtr, sl, police


def test_added_with_a_note_listed_once_and_removed(db: Database) -> None:
    group_id, mtr, sl, police = _place(db)
    with db.session() as s:
        mtr_row = group_organisations.add_organisation(s, group_id, mtr, "  vid behov ")
        group_organisations.add_organisation(s, group_id, sl)
        # The police has a named member: listed too, it is named once, with its note.
        group_organisations.add_organisation(s, group_id, police, "adjungerad")
        detail = groups.get_group(s, group_id)
    assert [(o.organisation, o.note) for o in detail.organisations] == [
        ("MTR Tunnelbanan", "vid behov"),
        (f"Polisen {PLACE}", "adjungerad"),
        ("SL (Trafikförvaltningen)", None),
    ]
    assert detail.participating_organisations() == (
        "MTR Tunnelbanan – vid behov",
        f"Polisen {PLACE} – adjungerad",
        "SL (Trafikförvaltningen)",
    )
    assert [o.organisation for o in detail.also_taking_part()] == [
        "MTR Tunnelbanan",
        "SL (Trafikförvaltningen)",
    ]
    with db.session() as s:
        group_organisations.remove_organisation(s, mtr_row)
        after = groups.get_group(s, group_id)
    assert [o.organisation for o in after.organisations] == [
        f"Polisen {PLACE}",
        "SL (Trafikförvaltningen)",
    ]
    assert len(after.members) == 2  # the members stay as they were


def test_an_organisation_takes_part_once_per_group(db: Database) -> None:
    group_id, mtr, _sl, _police = _place(db)
    with db.session() as s:
        group_organisations.add_organisation(s, group_id, mtr)
    with pytest.raises(ConflictError) as twice, db.session() as s:
        group_organisations.add_organisation(s, group_id, mtr, "igen")
    assert str(twice.value) == f"MTR Tunnelbanan deltar redan i {PLACE}."
    # The database says so too, to another tool.
    refused(
        db,
        "INSERT INTO group_organisations (group_id, organisation_id) VALUES (:g, :o)",
        g=group_id,
        o=mtr,
    )
    with pytest.raises(ValidationError, match="för lång"), db.session() as s:
        group_organisations.add_organisation(s, group_id, _sl, "x" * 201)
    with db.session() as s:
        assert [o.organisation for o in groups.get_group(s, group_id).organisations] == [
            "MTR Tunnelbanan"
        ]


def test_the_groups_form_keeps_changes_and_refuses_a_line_twice(db: Database) -> None:
    group_id, mtr, sl, _police = _place(db)
    with db.session() as s:
        before = groups.get_group(s, group_id)
        form = before.to_input()
        group_editing.update_group(
            s, group_id, dataclasses.replace(form, organisations=((mtr, None),))
        )
    with db.session() as s:
        saved = groups.get_group(s, group_id)
        # Saving the form again as read keeps them (a form without the list leaves them too).
        group_editing.update_group(s, group_id, saved.to_input())
        group_editing.update_group(
            s,
            group_id,
            dataclasses.replace(saved.to_input(), expected_version=None, organisations=None),
        )
    with db.session() as s:
        assert [o.organisation for o in groups.get_group(s, group_id).organisations] == [
            "MTR Tunnelbanan"
        ]
    # A change of the organisations alone moves the version: the form read before is refused.
    assert saved.version == before.version + 1
    with pytest.raises(StaleRecordError), db.session() as s:
        group_editing.update_group(
            s, group_id, dataclasses.replace(form, organisations=((sl, None),))
        )
    with pytest.raises(ValidationError) as twice, db.session() as s:
        group_editing.update_group(
            s,
            group_id,
            dataclasses.replace(
                saved.to_input(), organisations=((mtr, None), (sl, "vid behov"), (mtr, "x"))
            ),
        )
    assert twice.value.field == "organisations"
    assert str(twice.value) == "MTR Tunnelbanan står med två gånger."
    with db.session() as s:
        assert [o.organisation for o in groups.get_group(s, group_id).organisations] == [
            "MTR Tunnelbanan"
        ]


def test_an_organisation_taking_part_is_not_deleted_and_the_refusal_names_the_groups(
    db: Database,
) -> None:
    group_id, mtr, _sl, _police = _place(db)
    with db.session() as s:
        group_organisations.add_organisation(s, group_id, mtr)
        other = make_group(s, "Platssamverkan Vällingby centrum")
        group_organisations.add_organisation(s, other, mtr)
    with pytest.raises(InUseError) as in_use, db.session() as s:
        contact_deletion.delete_organisation(s, mtr)
    assert str(in_use.value) == (
        "”MTR Tunnelbanan” kan inte tas bort: den deltar i 2 grupper: "
        f"{PLACE} och Platssamverkan Vällingby centrum. Ta först bort den ur grupperna."
    )
    # The database refuses it to another tool too (RESTRICT).
    refused(db, "DELETE FROM organisations WHERE id = :o", o=mtr)
    with db.session() as s:
        group_editing.delete_group(s, other)
    alone = "den deltar i gruppen Platssamverkan Hässelby torg. Ta först bort den ur gruppen."
    with pytest.raises(InUseError, match=alone), db.session() as s:
        contact_deletion.delete_organisation(s, mtr)


def test_deleting_the_group_deletes_its_rows_and_the_database_cascades(db: Database) -> None:
    group_id, mtr, sl, _police = _place(db)
    with db.session() as s:
        group_organisations.add_organisation(s, group_id, mtr)
        group_editing.delete_group(s, group_id)
        contact_deletion.delete_organisation(s, mtr)  # free again
    assert rows(db, "SELECT id FROM group_organisations") == []
    # Another tool deleting a group: the database takes its rows with it.
    with db.session() as s:
        other = make_group(s, "Platssamverkan Vällingby centrum")
        group_organisations.add_organisation(s, other, sl)
    sql(db, "DELETE FROM memberships WHERE group_id = :g", g=other)
    sql(db, "DELETE FROM groups WHERE id = :g", g=other)
    assert rows(db, "SELECT id FROM group_organisations") == []


def test_the_groups_history_shows_each_change(db: Database) -> None:
    group_id, mtr, _sl, _police = _place(db)
    with db.session() as s:
        row = group_organisations.add_organisation(s, group_id, mtr)
    with db.session() as s:
        group_organisations.set_note(s, row, "vid behov")
    with db.session() as s:
        group_organisations.remove_organisation(s, row)
    with db.session() as s:
        shown = [
            (r.action, r.summary)
            for r in audit.history(s, "groups", group_id)
            if r.part == "Deltagande organisation ”MTR Tunnelbanan”"
        ]
    part = "Deltagande organisation ”MTR Tunnelbanan”"
    assert shown == [
        (AuditAction.DELETE, f"{part}: Organisation: MTR Tunnelbanan; Anteckning: vid behov"),
        (AuditAction.UPDATE, f"{part}: Anteckning: – → vid behov"),
        (AuditAction.INSERT, f"{part}: Organisation: MTR Tunnelbanan"),
    ]


@needs_pdftotext
def test_the_printouts_say_who_else_takes_part(db: Database, tmp_path: Path) -> None:
    group_id, mtr, sl, police = _place(db)
    with db.session() as s:
        group_organisations.add_organisation(s, group_id, mtr, "vid behov")
        group_organisations.add_organisation(s, group_id, sl)
        group_organisations.add_organisation(s, group_id, police)  # a member names it already
        # As of today: the members were added today, and the structure of yesterday had none.
        structure = group_structure.build_structure(s, today=clock.today())
        members = group_structure.build_members(s, group_id, today=dt.date(2026, 12, 2))
    texts = []
    for name, pdf in (("struktur.pdf", structure), ("medlemmar.pdf", members)):
        out = tmp_path / name
        out.write_bytes(pdf)
        texts.append(" ".join(pdf_text(out).split()))
    structure_text, members_text = texts
    assert "Deltar också MTR Tunnelbanan – vid behov, SL (Trafikförvaltningen)" in structure_text
    assert "Deltar också: MTR Tunnelbanan – vid behov, SL (Trafikförvaltningen)" in members_text
    assert structure_text.count(f"Polisen {PLACE}") == 1  # among the participants only


def test_a_new_group_is_made_with_its_organisations(db: Database) -> None:
    with db.session() as s:
        mtr = organisation(s, "MTR Tunnelbanan")
        group_id = group_editing.create_group(
            s,
            group_rows.GroupInput(
                "Platssamverkan Vällingby centrum",
                GroupType.PLATSSAMVERKAN,
                organisations=((mtr, "vid behov"),),
            ),
        )
    with db.session() as s:
        detail = groups.get_group(s, group_id)
        history = audit.history(s, "groups", group_id)
    assert detail.participating_organisations() == ("MTR Tunnelbanan – vid behov",)
    assert "Deltagande organisation ”MTR Tunnelbanan”" in [r.part for r in history]
