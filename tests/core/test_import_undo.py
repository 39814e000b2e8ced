"""A contact list imported by mistake, taken back (services.import_undo): what the import added
goes, whoever was worked on since stays and is named."""

from __future__ import annotations

from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.models import GroupType, MemberRole
from samverkan_desktop.services import (
    contact_deletion,
    contact_import,
    contacts,
    group_editing,
    group_rows,
    import_undo,
    membership_changes,
)
from tests.excel_lists import write_csv


def test_the_import_is_taken_back_but_not_what_was_worked_on_since(
    db: Database, tmp_path: Path
) -> None:
    before = db.call(contacts.create_organisation, contacts.OrganisationInput("Polisen Norrmalm"))
    result = db.call(contact_import.import_contacts, write_csv(tmp_path / "k.csv"))
    assert len(result.records.people) == 3
    found = {row.name: row for row in db.call(contacts.list_people)}
    # Åsa's title corrected, Björn put in a group: both are work done since the import.
    asa = found["Åsa Öberg"]
    db.call(
        contacts.update_person,
        asa.id,
        contacts.PersonInput(asa.name, "Kommunpolis Östermalm", asa.organisation_id),
    )
    with db.session() as s:
        group = group_editing.create_group(
            s, group_rows.GroupInput("Platssamverkan Stureplan", GroupType.ARBETSGRUPP)
        )
        membership_changes.add_member(s, group, found["Björn Ängström"].id, MemberRole.MEMBER)

    removal = db.call(import_undo.remove_imported, result.records)

    assert sorted(row.name for row in db.call(contacts.list_people)) == [
        "Björn Ängström",
        "Åsa Öberg",
    ]
    # Karin's company went with her; the police (in the register before) and Björn's stay.
    assert sorted(row.name for row in db.call(contacts.list_organisations)) == [
        "Polisen Norrmalm",
        "Östermalms sdf",
    ]
    assert before in {row.id for row in db.call(contacts.list_organisations)}
    assert (removal.people, removal.organisations) == (1, 1)
    assert import_undo.removal_summary(removal) == (
        "1 importerad person har tagits bort och 1 organisation. Kvar: Åsa Öberg har ändrats "
        "sedan importen. " + removal.kept[1]
    )
    assert "Platssamverkan Stureplan" in removal.kept[1]


def test_taking_back_twice_or_after_a_deletion_removes_nothing_more(
    db: Database, tmp_path: Path
) -> None:
    result = db.call(contact_import.import_contacts, write_csv(tmp_path / "k.csv"))
    karin = {row.name: row.id for row in db.call(contacts.list_people)}["Karin Ek"]
    db.call(contact_deletion.delete_person, karin)
    first = db.call(import_undo.remove_imported, result.records)
    again = db.call(import_undo.remove_imported, result.records)
    assert (first.people, first.organisations, first.kept) == (2, 3, ())
    assert (again.people, again.organisations, again.kept) == (0, 0, ())
    assert db.call(contacts.list_people) == []
