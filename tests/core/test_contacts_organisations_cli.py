"""``samverkan contacts organisations``: the numbers ``contacts list --organisation`` takes, so a
contact can be found by organisation from the command line without guessing the number."""

from __future__ import annotations

import json

import pytest

from tests.core.test_cli import run_cli


def test_find_an_organisation_then_its_people(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_cli(
        capsys, "--db", demo_url, "contacts", "organisations", "--search", "stockholmshem"
    )
    assert (code, err) == (0, "")
    assert "Stockholmshem" in out and "Personer" in out
    code, out, err = run_cli(
        capsys, "--db", demo_url, "contacts", "organisations", "--search", "stockholmshem", "--json"
    )
    [housing] = json.loads(out)
    assert housing["name"] == "Stockholmshem" and housing["people_count"] == 1
    code, out, err = run_cli(
        capsys,
        "--db",
        demo_url,
        "contacts",
        "list",
        "--organisation",
        str(housing["id"]),
        "--json",
    )
    assert [p["name"] for p in json.loads(out)] == ["Oskar Lund"]
