"""``contacts add-organisation``: an organisation added as the window's form adds it, with the
same check of its organisation number (one Swedish line, exit 1, nothing added)."""

from __future__ import annotations

import json

import pytest

from samverkan_desktop.db import Database
from tests.core.test_cli import run_cli


def _organisations(db: Database, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    code, out, err = run_cli(capsys, "--db", db.url, "contacts", "organisations", "--json")
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def test_12345_is_refused_in_one_line_and_nothing_is_added(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(
        capsys, "--db", db.url, "contacts", "add-organisation", "Testbolaget",
        "--org-number", "12345",
    )  # fmt: skip
    assert (code, out) == (1, "")
    assert err.strip().splitlines() == [
        "Fel: ”12345” är inget organisationsnummer; skriv det som 212000-0142."
    ]
    assert _organisations(db, capsys) == []


def test_a_number_without_hyphen_is_added_with_it(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(
        capsys, "--db", db.url, "contacts", "add-organisation", "Humlegårdens vänner",
        "--kind", "förening", "--org-number", "8020000157",
    )  # fmt: skip
    assert code == 0, err
    [added] = _organisations(db, capsys)
    assert out.strip() == f"Organisation {added['id']} har lagts till: Humlegårdens vänner"
    assert (added["org_number"], added["kind"]) == ("802000-0157", "association")
