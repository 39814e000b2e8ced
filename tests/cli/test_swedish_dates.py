"""What the command line and the walk letter write in Swedish prose say weeks and days as the
window and the printouts do: "Vecka 49, 2026", not "Vecka 2026-W49", and a walk "den 23
september 2021", not "den 2021-09-23". Scripts still give --week as 2026-W49 and read the JSON's
"week"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.test_cli import run_cli


def test_weekly_show_names_the_week_in_swedish(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "--db", sqlite_url, "weekly", "show", "--week", "2026-W49")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "Vecka 49, 2026: inte skickad"
    code, out, err = run_cli(
        capsys, "--db", sqlite_url, "weekly", "show", "--week", "2026-W49", "--json"
    )
    assert json.loads(out)["week"] == "2026-W49"  # what scripts read is unchanged


def test_a_refused_walk_letter_names_the_walk_by_its_day_in_words(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _code, out, _err = run_cli(capsys, "--db", demo_url, "walks", "list", "--json")
    tessin = next(w["id"] for w in json.loads(out) if w["place"] == "Tessinparken")
    _code, out, _err = run_cli(capsys, "--db", demo_url, "contacts", "organisations", "--json")
    school = next(o["id"] for o in json.loads(out) if o["name"] == "Norra Real")
    code, out, err = run_cli(
        capsys, "--db", demo_url, "print", "walkletter", str(tessin),
        "--organisation", str(school), "--out", str(tmp_path / "brev.pdf"),
    )  # fmt: skip
    assert code == 1
    assert err.startswith(
        "Fel: Norra Real har inga åtgärder från vandringen vid Tessinparken den 23 september "
        "2021. Brev kan skickas till: "
    ), err
