"""A new district's contact list, kept in Excel, brought into the register in one step
(services.contact_import, ``samverkan contacts import``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.enums import OrganisationKind
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.services import contact_import, contacts
from tests.core.test_cli import run_cli
from tests.excel_lists import HEADINGS, write_csv, write_xlsx


def people(db: Database) -> dict[str, contacts.PersonRow]:
    return {row.name: row for row in db.call(contacts.list_people)}


@pytest.mark.parametrize("write", [write_csv, write_xlsx], ids=["csv", "xlsx"])
def test_the_excel_list_becomes_the_register(db: Database, tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path / ("kontakter" + (".csv" if write is write_csv else ".xlsx")))
    result = db.call(contact_import.import_contacts, path)
    found = people(db)
    assert set(found) == {"Åsa Öberg", "Björn Ängström", "Karin Ek"}  # once each, none blank
    assert found["Åsa Öberg"].organisation == "Polisen Norrmalm"
    assert found["Åsa Öberg"].phone == "070-123 45 67"
    assert found["Åsa Öberg"].email == "asa.oberg@polisen.se"
    assert found["Björn Ängström"].title == "Fältassistent"
    # The duplicate is named by its row as Excel numbers it; the blank row is not mentioned.
    assert [(d.line, d.name) for d in result.duplicates] == [(5, "Åsa Öberg")]
    assert result.refused == ()
    # A phone typed as words is not lost: Karin is in, her "number" in her notes, and said so.
    assert found["Karin Ek"].phone is None
    assert "ring växeln" in (found["Karin Ek"].notes or "")
    assert contact_import.skipped_lines(result) == [
        "Rad 6, Karin Ek: telefonnumret ”ring växeln” gick inte att läsa och ligger i "
        "anteckningarna"
    ]
    assert sorted(result.organisations_added) == [
        "Fastighets AB Stureplan",
        "Polisen Norrmalm",
        "Östermalms sdf",
    ]


def test_importing_the_list_again_adds_no_one_twice(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "kontakter.csv")
    db.call(contact_import.import_contacts, path)
    again = db.call(contact_import.import_contacts, path)
    assert again.added == 0 and len(people(db)) == 3
    assert contact_import.summary(again).startswith("0 personer har lagts till. 4 rader fanns")


def test_first_and_last_names_apart_and_a_row_without_a_name(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        [
            ["Förnamn", "Efternamn", "Mobil", "Mejl"],
            ["Lena", "Åkesson", "0701234567", "lena@example.se"],
            ["", "", "0709999999", ""],
        ],
    )
    result = db.call(contact_import.import_contacts, path)
    assert people(db)["Lena Åkesson"].phone == "0701234567"
    assert contact_import.skipped_lines(result) == ["Rad 3: namn saknas"]


def test_a_list_without_headings_is_refused_saying_what_the_first_row_needs(
    db: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "utan_rubriker.csv", [["Åsa Öberg", "070-123 45 67"]])
    with pytest.raises(ValidationError, match="Första raden ska ha rubrikerna"):
        db.call(contact_import.import_contacts, path)
    assert people(db) == {}


def test_the_command_line_imports_and_says_so(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "kontakter.csv")
    code, out, _err = run_cli(capsys, "--db", db_url, "contacts", "import", str(path), "--json")
    assert code == 0
    said = json.loads(out)
    assert said["added"] == 3
    assert [d["line"] for d in said["duplicates"]] == [5]
    assert said["refused"] == []
    assert [(n["line"], n["name"]) for n in said["noted"]] == [(6, "Karin Ek")]
    word = tmp_path / "kontakter.docx"
    word.write_text(";".join(HEADINGS))
    code, out, err = run_cli(capsys, "--db", db_url, "contacts", "import", str(word))
    assert code == 1
    assert "spara den från Excel som .xlsx eller .csv" in err


def test_an_imported_colleague_can_borrow_an_alarm_once_marked_as_staff(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The list marks no one as the district's staff: lending to an imported colleague says
    where to mark them, rather than that no such person exists."""
    run_cli(capsys, "--db", db_url, "contacts", "import", str(write_csv(tmp_path / "k.csv")))
    run_cli(capsys, "--db", db_url, "units", "add", "LARM-01", "--kind", "home-visit")
    lend = ("--db", db_url, "loans", "out", "LARM-01", "--to", "Björn Ängström")
    code, _out, err = run_cli(capsys, *lend)
    assert code == 1
    # The command line cannot mark anyone as staff: it names the window, and the command.
    assert err.strip().endswith(
        "Björn Ängström finns i kontakterna men är inte markerad som personal: öppna personen "
        "under Kontakter i fönstret och kryssa i ”Arbetar på stadsdelsförvaltningen”; sedan kan "
        "kommandot låna ut larmet till hen."
    )
    code, _out, err = run_cli(capsys, "--db", db_url, "loans", "out", "LARM-01", "--to", "Nils")
    assert code == 1 and "Ingen anställd heter ”Nils”." in err  # no one of that name at all
    row = people(db)["Björn Ängström"]  # ticked in his form, as the message says
    staff = contacts.PersonInput(
        row.name, row.title, row.organisation_id, phone=row.phone, is_staff=True
    )
    db.call(contacts.update_person, row.id, staff)
    code, _out, _err = run_cli(capsys, *lend)
    assert code == 0


@pytest.mark.parametrize("content", [b"", b"not a workbook", b"PK\x03\x04 broken zip"])
def test_a_damaged_workbook_is_named_and_nothing_is_imported(
    db: Database, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "kontakter.xlsx"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match="kontakter.xlsx går inte att läsa som en Excel-fil"):
        db.call(contact_import.import_contacts, path)
    assert people(db) == {}


def test_colleagues_at_the_own_administration_come_in_as_staff_who_can_borrow(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Once "Ange er egen förvaltning" is done, the list's colleagues there are its staff: the
    reception can lend them an alarm at once; the police officer in the same list cannot."""
    ours = db.call(
        contacts.create_organisation,
        contacts.OrganisationInput("Östermalms sdf", kind=OrganisationKind.DISTRICT),
    )
    result = db.call(contact_import.import_contacts, write_csv(tmp_path / "k.csv"))
    found = people(db)
    assert found["Björn Ängström"].organisation_id == ours and found["Björn Ängström"].is_staff
    assert not found["Åsa Öberg"].is_staff  # Polisen Norrmalm
    assert result.staff == 1
    assert "1 av dem arbetar på stadsdelsförvaltningen och kan låna larm." in (
        contact_import.summary(result)
    )
    run_cli(capsys, "--db", db_url, "units", "add", "LARM-01", "--kind", "home-visit")
    code, _out, _err = run_cli(
        capsys, "--db", db_url, "loans", "out", "LARM-01", "--to", "Björn Ängström"
    )
    assert code == 0


def test_phone_numbers_excel_kept_as_numbers_come_back_with_their_0(
    db: Database, tmp_path: Path
) -> None:
    """A workbook's number cells (the 0 gone, "+46" taken as a plus sign) and a CSV's
    scientific notation: read back where sure, kept in the notes where not."""
    workbook = write_xlsx(
        tmp_path / "lista.xlsx",
        [
            ["Namn", "Mobil"],
            ["Lena Åkesson", "701234567"],  # typed 0701234567
            ["Omar Said", "850810000"],  # typed 08-50810000
            ["Eva Lind", "46731234567"],  # typed +46731234567
            ["Ola Berg", "31123456"],  # 031-12 34 56, or a Norwegian number
        ],
    )
    result = db.call(contact_import.import_contacts, workbook)
    found = people(db)
    assert found["Lena Åkesson"].phone == "0701234567"
    assert found["Omar Said"].phone == "0850810000"
    assert found["Eva Lind"].phone == "+46731234567"
    assert found["Ola Berg"].phone is None
    assert "Telefon i den importerade listan: 31123456" in (found["Ola Berg"].notes or "")
    assert contact_import.skipped_lines(result) == [
        "Rad 5, Ola Berg: telefonnumret ”31123456” kan ha tappat sin inledande nolla i Excel "
        "och ligger i anteckningarna"
    ]
    csv = write_csv(
        tmp_path / "lista.csv",
        [["Namn", "Telefon"], ["Pia Holm", "4,6701234567E+10"], ["Sven Ek", "4,67012E+10"]],
    )
    result = db.call(contact_import.import_contacts, csv)
    found = people(db)
    assert found["Pia Holm"].phone == "+46701234567"
    assert found["Sven Ek"].phone is None
    assert [(line.name, "har kortats av Excel" in line.reason) for line in result.noted] == [
        ("Sven Ek", True)
    ]


def test_the_own_administration_spelled_otherwise_in_the_list_is_its_staff(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Skärholmen SDF" or plain "SDF" in a colleague's list is the register's "Skärholmens
    stadsdelsförvaltning": its staff, no second organisation; a neighbour or the place is not."""
    ours = db.call(
        contacts.create_organisation,
        contacts.OrganisationInput(
            "Skärholmens stadsdelsförvaltning", kind=OrganisationKind.DISTRICT
        ),
    )
    path = write_csv(
        tmp_path / "kollegor.csv",
        [
            ["Namn", "Organisation"],
            ["Anna Berg", "Skärholmen SDF"],
            ["Nils Ek", "SDF"],
            ["Britt Lund", "Östermalms sdf"],
            ["Anna Berg", "Skärholmens stadsdelsförvaltning"],  # the same colleague again
            ["Eva Ström", "Skärholmen"],
        ],
    )
    code, out, _err = run_cli(capsys, "--db", db_url, "contacts", "import", str(path), "--json")
    assert code == 0
    said = json.loads(out)
    assert (said["added"], said["staff"]) == (4, 2)
    assert said["organisations_added"] == ["Östermalms sdf", "Skärholmen"]
    assert [(d["line"], d["name"]) for d in said["duplicates"]] == [(5, "Anna Berg")]
    found = people(db)
    assert {name for name, row in found.items() if row.is_staff} == {"Anna Berg", "Nils Ek"}
    assert found["Anna Berg"].organisation_id == ours == found["Nils Ek"].organisation_id
    assert found["Britt Lund"].organisation == "Östermalms sdf"
