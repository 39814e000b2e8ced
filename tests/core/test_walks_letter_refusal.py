"""`samverkan print walkletter` for an organisation without actions from the walk names the
organisations a letter can go to, with their numbers: nothing on the command line lists the
organisations' numbers, so the refusal was a dead end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.test_cli import run_cli


def _walk(url: str, capsys: pytest.CaptureFixture[str], place: str, status: str) -> int:
    _code, out, _err = run_cli(capsys, "--db", url, "walks", "list", "--json")
    return next(w["id"] for w in json.loads(out) if w["place"] == place and w["status"] == status)


def _organisation(url: str, name: str) -> int:
    from samverkan_desktop.db import open_database
    from samverkan_desktop.services import contacts

    db = open_database(url)
    try:
        return next(o.id for o in db.call(contacts.list_organisations) if o.name == name)
    finally:
        db.dispose()


def test_a_letter_refused_names_who_can_get_one(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_cli(capsys, "--db", sqlite_url, "demo")
    tessin = _walk(sqlite_url, capsys, "Tessinparken", "closing_meeting_held")
    school = _organisation(sqlite_url, "Norra Real")
    traffic = _organisation(sqlite_url, "Trafikkontoret")
    out = str(tmp_path / "brev.pdf")

    code, _out, err = run_cli(
        capsys, "--db", sqlite_url, "print", "walkletter", "--out", out,
        "--organisation", str(school), str(tessin),
    )  # fmt: skip
    assert code != 0
    assert "Norra Real har inga åtgärder från vandringen vid Tessinparken" in err
    assert "Brev kan skickas till: Lokalpolisområde Norrmalm (nummer " in err
    assert f"Trafikkontoret (nummer {traffic})" in err
    assert "Traceback" not in err

    planned = _walk(sqlite_url, capsys, "Gyllenstiernsgatan", "planning")
    code, _out, err = run_cli(
        capsys, "--db", sqlite_url, "print", "walkletter", "--out", out,
        "--organisation", str(traffic), str(planned),
    )  # fmt: skip
    assert code != 0
    assert err.strip().endswith("Inga åtgärder har tagits fram från vandringen än.")
