"""``contacts edit-organisation ID``: an organisation's fields changed from a script as its form
changes them (the fields given, the others as they were; a number given without its hyphen
saved with it); a wrong id, an empty name, a number that is no organisation number or a name
another organisation has: one Swedish line, exit 1, nothing changed; saved against the version
read, as the form is. SQLite and PostgreSQL."""

from __future__ import annotations

import json
from typing import Any

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.services import contacts
from samverkan_desktop.services.contacts import OrganisationInput
from tests.core.test_cli import run_cli


def _organisations(db: Database, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    code, out, err = run_cli(capsys, "--db", db.url, "contacts", "organisations", "--json")
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


@pytest.fixture
def org(db: Database) -> int:
    with db.session() as s:
        contacts.create_organisation(s, OrganisationInput("City i samverkan"))
        return contacts.create_organisation(
            s, OrganisationInput("Stockholmshem", phone="08-508 390 00", notes="Bovärdar")
        )


def test_the_fields_given_change_and_the_others_stay(
    db: Database, org: int, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(
        capsys, "--db", db.url, "contacts", "edit-organisation", str(org),
        "--name", "Stockholmshem AB", "--org-number", "5560005158", "--kind", "fastighetsägare",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == f"Organisation {org} har sparats: Stockholmshem AB\n"
    [edited] = [o for o in _organisations(db, capsys) if o["id"] == org]
    assert edited == {
        "id": org,
        "name": "Stockholmshem AB",
        "kind": "property_owner",
        "org_number": "556000-5158",
        "phone": "08-508 390 00",
        "people_count": 0,
        "notes": "Bovärdar",
    }
    # Emptied on purpose with --clear; --json says what was saved, as the list's keys.
    code, out, err = run_cli(
        capsys, "--db", db.url, "contacts", "edit-organisation", str(org),
        "--clear", "phone,notes", "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert json.loads(out) == {**edited, "phone": None, "notes": None}
    code, out, err = run_cli(capsys, "--db", db.url, "audit", "history", "organisations", str(org))
    assert "Namn: Stockholmshem → Stockholmshem AB" in out


@pytest.mark.parametrize(
    ("given", "said"),
    [
        (["987654", "--phone", "08-1"], "Det finns ingen organisation med nummer 987654."),
        (["{org}", "--name", " "], "--name är tomt."),
        (
            ["{org}", "--org-number", "12345"],
            "”12345” är inget organisationsnummer; skriv det som 212000-0142.",
        ),
        (
            ["{org}", "--org-number", "556000-5157"],  # the check digit wrong (Luhn)
            "Organisationsnumret ”556000-5157” stämmer inte: sista siffran, kontrollsiffran, "
            "går inte ihop med de nio före den. Se efter om någon siffra blivit fel.",
        ),
        (["{org}", "--name", "city i samverkan"], "Det finns redan en organisation som heter ”City i samverkan”."),
        (["{org}"], "Inget att ändra: ange de uppgifter som ska ändras (”contacts edit-organisation --help” visar dem)."),
    ],
    ids=["wrong id", "empty name", "short number", "check digit", "name taken", "nothing given"],
)  # fmt: skip
def test_wrong_input_is_one_line_and_nothing_changes(
    db: Database, org: int, given: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _organisations(db, capsys)
    argv = [word.format(org=org) for word in given]
    code, out, err = run_cli(capsys, "--db", db.url, "contacts", "edit-organisation", *argv)
    assert (code, out) == (1, "")
    assert err == f"Fel: {said}\n"
    assert _organisations(db, capsys) == before


def test_a_change_saved_meanwhile_is_not_overwritten(
    db: Database, org: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another save between the command's read and its own (the row's version moved): refused
    as the form is, and the other save stays."""
    read = contacts.get_organisation

    def read_then_another_save(session: Any, organisation_id: int) -> Any:
        row = read(session, organisation_id)
        monkeypatch.setattr(contacts, "get_organisation", read)
        contacts.update_organisation(
            session, organisation_id, OrganisationInput(row.name, phone="08-123 45 67")
        )
        return row

    monkeypatch.setattr(contacts, "get_organisation", read_then_another_save)
    code, out, err = run_cli(
        capsys, "--db", db.url, "contacts", "edit-organisation", str(org), "--notes", "Mina"
    )
    assert (code, out) == (1, "")
    assert err == (
        "Fel: Någon vid en annan dator ändrade posten i samma ögonblick, så kommandot utfördes "
        "inte. Kör det igen.\n"
    )
    [kept] = [o for o in _organisations(db, capsys) if o["id"] == org]
    assert (kept["phone"], kept["notes"]) == ("08-508 390 00", "Bovärdar")
