"""``samverkan agreements list|show``: the agreements with the police from the command line, so a
script (or ``print`` naming an agreement) finds their ids; before, only the window showed them."""

from __future__ import annotations

import json

import pytest

from tests.core.test_cli import run_cli

TITLE = "Lokal samverkansöverenskommelse Östermalm"


def test_the_demos_agreement_is_listed_and_shown(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_cli(capsys, "--db", demo_url, "agreements", "list")
    assert (code, err) == (0, "")
    assert "Revideras senast" in out.splitlines()[0]
    row = next(line for line in out.splitlines() if TITLE in line)
    assert "från 2020-02-29, tills vidare" in row
    code, out, err = run_cli(capsys, "--db", demo_url, "agreements", "list", "--json")
    (agreement,) = json.loads(out)
    assert agreement["title"] == TITLE
    assert [p["case_number"] for p in agreement["parties"]] == ["ÖST 2020/150", "A091.081/2020"]
    assert agreement["appendices"][0] == {"number": "1", "title": "Gemensam lokal lägesbild"}
    assert agreement["group_count"] >= 6

    code, out, err = run_cli(capsys, "--db", demo_url, "agreements", "show", str(agreement["id"]))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    parties = lines.index(next(line for line in lines if line.startswith("Parter:")))
    assert lines[parties].endswith("Östermalms stadsdelsförvaltning (ÖST 2020/150)")
    assert lines[parties + 1].strip() == "Lokalpolisområde Norrmalm (A091.081/2020)"
    assert any(
        line.startswith("Prioriterade områden:") and line.endswith("utsatta områden")
        for line in lines
    )
    code, out, err = run_cli(
        capsys, "--db", demo_url, "agreements", "show", str(agreement["id"]), "--json"
    )
    assert json.loads(out)["next_revision"] == agreement["next_revision"]


def test_an_unknown_agreement_is_one_line(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_cli(capsys, "--db", demo_url, "agreements", "show", "999")
    assert (code, out) == (1, "")
    assert err.strip().splitlines() == ["Fel: Det finns ingen överenskommelse med nummer 999."]
