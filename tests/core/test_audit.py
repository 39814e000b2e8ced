"""The audit trail: every insert, update and delete, in the same transaction, readable as a
record's history and exportable – never keeping more personal data than the record itself."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from samverkan_desktop import clock
from samverkan_desktop.audit_entries import os_user
from samverkan_desktop.cli import main as cli_main
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError
from samverkan_desktop.models import AuditAction, AuditEntry, GroupStatus, GroupType
from samverkan_desktop.services import (
    alarm_loans,
    alarm_usage,
    audit,
    contact_deletion,
    contacts,
    group_editing,
)
from samverkan_desktop.services.alarm_loans import LendInput
from samverkan_desktop.services.contacts import PersonInput
from samverkan_desktop.services.group_rows import GroupInput
from tests.core.alarm_data import at, make


def _trail_text(db: Database) -> str:
    with db.session() as s:
        return " ".join(repr(e.changes) for e in s.scalars(select(AuditEntry)))


def test_create_change_and_delete_of_a_group_are_in_its_history(db: Database) -> None:
    with db.session() as s:
        person = contacts.create_person(s, PersonInput("Anna Berg"))
        group_id = group_editing.create_group(
            s, GroupInput("Trygghetsrådet", GroupType.TRYGGHETSRAD, priority_area_ids=(1,))
        )
    with db.session() as s:
        group_editing.update_group(
            s,
            group_id,
            GroupInput(
                "Trygghetsrådet Östermalm",
                GroupType.TRYGGHETSRAD,
                status=GroupStatus.PLANNED,
                priority_area_ids=(1, 2),
                convener_id=person,
            ),
        )
    with db.session() as s:
        rows = audit.history(s, "groups", group_id)
    assert [r.action for r in rows] == [AuditAction.UPDATE, AuditAction.INSERT]
    change = rows[0]
    assert change.who.startswith(os_user())
    if not db.is_sqlite:
        assert change.who == f"{os_user()} (app)"  # the PostgreSQL role the desk logged in as
    assert clock.utcnow() - change.at < dt.timedelta(minutes=1)
    # One save is one entry, even when it flushed twice; labels and values as people read them.
    fields = {c.label: (c.old, c.new) for c in change.changes}
    assert fields["Namn"] == ("Trygghetsrådet", "Trygghetsrådet Östermalm")
    assert fields["Status"] == ("Aktiv", "Planerad")
    assert fields["Sammankallande"] == ("", "Anna Berg")
    old_areas, new_areas = fields["Prioriterade områden"]
    assert old_areas.count(",") == 0 and new_areas.count(",") == 1
    assert "Namn: Trygghetsrådet → Trygghetsrådet Östermalm" in change.summary

    with db.session() as s:
        group_editing.delete_group(s, group_id)
    with db.session() as s:
        rows = audit.history(s, "groups", group_id)
    assert rows[0].action is AuditAction.DELETE
    assert ("Namn", "Trygghetsrådet Östermalm", "") in [
        (c.label, c.old, c.new) for c in rows[0].changes
    ]


def test_a_change_that_fails_leaves_no_trail(db: Database) -> None:
    with db.session() as s:
        group_editing.create_group(s, GroupInput("A", GroupType.NATVERK))
        second = group_editing.create_group(s, GroupInput("B", GroupType.NATVERK))
    with pytest.raises(ConflictError), db.session() as s:
        group_editing.update_group(s, second, GroupInput("a", GroupType.NATVERK))
    with db.session() as s:
        assert [r.action for r in audit.history(s, "groups", second)] == [AuditAction.INSERT]


def test_threat_reason_is_never_kept_and_borrower_follows_pseudonymisation(db: Database) -> None:
    with db.session() as s:
        data = make(s)
    with db.session() as s:
        old = alarm_loans.lend(
            s,
            LendInput(
                data.units["LARM-13"],
                data.people["lena"],
                due_at=at(17, day=20, month=11, year=2024),
                approved_by_id=data.people["karin"],
                reason="Hotad av brukare i ärende Ropsten",
                initials="NH",
            ),
            now=at(9, day=1, month=11, year=2024),
        )
    with db.session() as s:
        alarm_loans.return_unit(s, data.units["LARM-13"], now=at(15, day=18, month=11, year=2024))
        recent = alarm_loans.lend(
            s, LendInput(data.units["LARM-01"], data.people["lena"]), now=at(8, day=20)
        )
    assert "Ropsten" not in _trail_text(db)  # the threat: never in clear
    with db.session() as s:
        shown = audit.history(s, "alarm_loans", old.loan_id)
        reasons = [c for r in shown for c in r.changes if c.field == "reason"]
        assert reasons and all(c.new == "(dold)" for c in reasons)
        borrower = [c for r in shown for c in r.changes if c.field == "borrower_id"]
        assert borrower[0].new == "Lena Persson"  # as long as the loan itself keeps her
    with db.session() as s:
        assert alarm_usage.pseudonymise_old_loans(s, now=at(10, day=23)).count == 1
    with db.session() as s:
        entries = s.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "alarm_loans",
                AuditEntry.record_id == str(old.loan_id),
            )
        ).all()
        assert len(entries) == 3  # lent, returned, pseudonymised
        for entry in entries:
            assert entry.changes.get("borrower_id", {"hidden": True}) == {"hidden": True}
        # The rest of the trail stays.
        assert entries[0].changes["unit_id"]["new"] == data.units["LARM-13"]
        assert entries[1].changes["return_condition_ok"]["new"] is True
        kept = s.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "alarm_loans",
                AuditEntry.record_id == str(recent.loan_id),
            )
        ).one()
        assert kept.changes["borrower_id"]["new"] == data.people["lena"]


def test_deleting_a_person_empties_their_trail(db: Database) -> None:
    with db.session() as s:
        person = contacts.create_person(
            s, PersonInput("Bertil Sandberg", phone="070-123 45 67", email="bertil@example.se")
        )
    with db.session() as s:
        contacts.update_person(s, person, PersonInput("Bertil Sandberg", phone="070-765 43 21"))
    assert "070-765" in _trail_text(db)
    with db.session() as s:
        contact_deletion.delete_person(s, person)
    text = _trail_text(db)
    assert "Bertil" not in text and "070-" not in text and "example.se" not in text
    with db.session() as s:
        rows = audit.history(s, "people", person)
    assert [r.action for r in rows] == [AuditAction.DELETE, AuditAction.UPDATE, AuditAction.INSERT]
    assert {c.old for r in rows for c in r.changes} == {"(dold)"}


def test_demo_loading_writes_no_trail(demo_db: Database) -> None:
    with demo_db.session() as s:
        assert s.scalar(select(AuditEntry.id).limit(1)) is None


def test_export_from_the_command_line(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.session() as s:
        group_id = group_editing.create_group(s, GroupInput("Nätverket Åkeshov", GroupType.NATVERK))
        group_editing.end_group(s, group_id, dt.date(2026, 5, 1))
    out = tmp_path / "trail.csv"
    assert (
        cli_main(["--db", db.url, "audit", "export", "--out", str(out), "--since", "2020-01-01"])
        == 0
    )
    assert "trail.csv" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {
        "table": "groups",
        "action": "insert",
        "field": "name",
        "new": "Nätverket Åkeshov",
    }.items() <= rows[0].items()
    assert rows[0]["user"] == os_user() and rows[0]["record_id"] == str(group_id)
    assert any(r["field"] == "ended_on" and r["new"] == "2026-05-01" for r in rows)

    future = tmp_path / "none.csv"
    assert (
        cli_main(["--db", db.url, "audit", "export", "--out", str(future), "--since", "2199-01-01"])
        == 0
    )
    assert len(future.read_text(encoding="utf-8-sig").splitlines()) == 1  # the header only
    # A year no register holds is misspelt (README), as with every other date option.
    capsys.readouterr()
    assert (
        cli_main(["--db", db.url, "audit", "export", "--out", str(future), "--since", "2999-01-01"])
        == 1
    )
    assert capsys.readouterr().err.endswith("”2999-01-01” ligger utanför åren 1900–2200.\n")

    assert cli_main(["--db", db.url, "audit", "export", "--out", str(out), "--since", "igår"]) == 1
    assert "igår" in capsys.readouterr().err
    missing = tmp_path / "no" / "such" / "folder.csv"
    assert cli_main(["--db", db.url, "audit", "export", "--out", str(missing)]) == 1
    assert cli_main(["--db", db.url, "audit", "history", "groups", str(group_id)]) == 0
    assert "Nätverket Åkeshov" in capsys.readouterr().out
    # An id never recorded: one Swedish line naming the record as the window does.
    assert cli_main(["--db", db.url, "audit", "history", "groups", "999999"]) == 1
    assert (
        "Grupp 999999 finns inte och har aldrig registrerats (groups)." in capsys.readouterr().err
    )
    # A word for a numbered record: said "Grupp abc finns inte …", as if it might have.
    assert cli_main(["--db", db.url, "audit", "history", "groups", "abc"]) == 1
    assert capsys.readouterr().err == "Fel: Id:t är ett nummer, t.ex. 12, inte ”abc”.\n"


def test_a_loan_under_the_id_of_an_undone_one_has_only_its_own_history(db: Database) -> None:
    """SQLite reuses the id of a deleted last row: the next loan after an undone lend gets the
    undone loan's id, and its History must not show that loan's lend and deletion."""
    with db.session() as s:
        data = make(s)
        undone = alarm_loans.lend(
            s, LendInput(data.units["LARM-01"], data.people["lena"]), now=at(9)
        )
    with db.session() as s:
        alarm_loans.undo_loan_action(s, undone.loan_id, now=at(9, 1))
    with db.session() as s:
        lent = alarm_loans.lend(
            s, LendInput(data.units["LARM-02"], data.people["lena"]), now=at(10)
        )
    with db.session() as s:
        rows = audit.history(s, "alarm_loans", lent.loan_id)
    assert [row.action for row in rows] == [AuditAction.INSERT]
    assert "LARM-02" in rows[0].summary and "LARM-01" not in rows[0].summary
    if db.is_sqlite:
        assert lent.loan_id == undone.loan_id  # the case this guards; PostgreSQL never reuses
    with db.session() as s:
        alarm_loans.return_unit(s, data.units["LARM-02"], now=at(11))
        gone = audit.history(s, "alarm_loans", lent.loan_id)
    assert [row.action for row in gone] == [AuditAction.UPDATE, AuditAction.INSERT]


def test_the_export_says_hidden_in_the_users_language(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.session() as s:
        person = contacts.create_person(s, PersonInput("Bertil Sandberg", phone="070-123 45 67"))
    with db.session() as s:
        contact_deletion.delete_person(s, person)
    out = tmp_path / "trail.csv"
    assert cli_main(["--db", db.url, "audit", "export", "--out", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["table"] == "people"]
    assert rows and any(r["old"] == "(dold)" for r in rows)  # as the History shows it
    assert not any("(hidden)" in (r["old"], r["new"]) for r in rows)
