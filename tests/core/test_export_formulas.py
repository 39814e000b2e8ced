"""Every CSV file Samverkan writes for Excel keeps a value typed as a formula as text: the audit
trail's export (``samverkan audit export``) as the lists' "Exportera listan för Excel…" does,
through the one guard (exports/spreadsheet_cell)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from samverkan_desktop.cli import main as cli_main
from samverkan_desktop.db import Database
from samverkan_desktop.exports.spreadsheet_cell import spreadsheet_cell
from samverkan_desktop.exports.table_csv import table_csv
from samverkan_desktop.models import GroupType
from samverkan_desktop.services import contacts, group_editing
from samverkan_desktop.services.contacts import PersonInput
from samverkan_desktop.services.group_rows import GroupInput

LINK = '=HYPERLINK("http://x.example","Klicka")'


def test_a_cell_beginning_like_a_formula_gets_an_apostrophe() -> None:
    for typed in (LINK, "+46 70 123", "-5", "@SUM(A1)", "\t=1+1", "\r=1+1"):
        assert spreadsheet_cell(typed) == "'" + typed
    for plain in ("Åsa Öberg", "070-123 45 67", "", "a=b"):
        assert spreadsheet_cell(plain) == plain


def test_the_list_export_and_the_audit_export_guard_alike(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite_db.session() as s:
        group_editing.create_group(s, GroupInput(LINK, GroupType.NATVERK))
        contacts.create_person(s, PersonInput("Bo Ek", phone="+46 70 123 45 67", notes="@here"))
    out = tmp_path / "trail.csv"
    assert cli_main(["--db", sqlite_db.url, "audit", "export", "--out", str(out)]) == 0
    capsys.readouterr()
    with out.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    # The contract's columns and keys are as they were; only the values are guarded.
    assert reader.fieldnames is not None and reader.fieldnames[:9] == [
        "time_utc",
        "user",
        "db_role",
        "table",
        "record_id",
        "action",
        "field",
        "old",
        "new",
    ]
    new = {(r["table"], r["field"]): r["new"] for r in rows}
    assert new["groups", "name"] == "'" + LINK
    assert new["people", "phone"] == "'+46 70 123 45 67"
    assert new["people", "notes"] == "'@here"
    assert new["people", "name"] == "Bo Ek"
    listed = table_csv(["Namn"], [[LINK]]).decode("utf-8-sig").splitlines()
    assert listed[1] == "\"'" + LINK.replace('"', '""') + '"'
