"""Every ``--area`` naming a priority area reads its name (in any case) as well as its number,
as ``meetings list`` and ``export ics`` do (tests/core/test_cli_meetings_area_name.py): the
lists and the printout of actions, ``groups list``, the groups' and agreements' create and edit,
``agreements revise``. A part of a name is read as the one area whose name holds it
(``--area skolan``); a part several names hold, a name no area has and a number no area has
exit 1 with one Swedish line naming the areas (those it fits, or all) with their numbers, and
nothing is written: no output, no file, no row changed. On the demo district."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import open_database
from samverkan_desktop.services import agreements
from samverkan_desktop.services.groups import list_priority_areas
from tests.core.test_cli import run_cli
from tests.core.test_cli_bad_input import dump

SCHOOL = "Skolan som brottsplats"
GUARDS = "Ordningsvakter"
NO_AREAS_NAME = "Trafik"  # in no demo area's name


def _areas(url: str) -> dict[str, int]:
    db = open_database(url)
    try:
        return {area.name: area.id for area in db.call(list_priority_areas)}
    finally:
        db.dispose()


def _json(capsys: pytest.CaptureFixture[str], url: str, *words: str) -> Any:
    code, out, err = run_cli(capsys, "--db", url, *words, "--json")
    assert (code, err) == (0, ""), words
    return json.loads(out)


def _refused(capsys: pytest.CaptureFixture[str], url: str, *words: str) -> None:
    """``--area Trafik`` (in no area's name) refused naming the areas, nothing changed."""
    db = open_database(url)
    before = dump(db)
    code, out, err = run_cli(capsys, "--db", url, *words)
    assert (code, out) == (1, ""), words
    assert err.startswith("Fel: Det finns inget prioriterat område som heter ”Trafik”;"), err
    numbers = _areas(url)
    assert f"{numbers[SCHOOL]} ”{SCHOOL}”" in err and f"{numbers[GUARDS]} ”{GUARDS}”" in err
    assert err.count("\n") == 1
    assert dump(db) == before
    db.dispose()


@pytest.mark.parametrize(
    "command", [("groups", "list"), ("actions", "list")], ids=["groups", "actions"]
)
def test_a_list_by_the_areas_name_as_by_its_number(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    command: tuple[str, str],
) -> None:
    number = str(_areas(demo_url)[SCHOOL])
    by_number = _json(capsys, demo_url, *command, "--area", number)
    assert by_number, "the demo has rows for the school's area"
    everything = _json(capsys, demo_url, *command)
    assert len(by_number) < len(everything)  # the filter filters
    for name in (SCHOOL.upper(), f" {SCHOOL.lower()}  "):
        assert _json(capsys, demo_url, *command, "--area", name) == by_number
    _refused(capsys, demo_url, *command, "--area", NO_AREAS_NAME)


def test_print_actions_by_the_areas_name_and_no_file_for_an_unknown_one(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    printed = tmp_path / "atgarder.pdf"
    code, _out, err = run_cli(
        capsys, "--db", demo_url, "print", "actions", "--area", SCHOOL.lower(),
        "--out", str(printed),
    )  # fmt: skip
    assert (code, err) == (0, "") and printed.read_bytes().startswith(b"%PDF")
    refused = tmp_path / "inget.pdf"
    _refused(capsys, demo_url, "print", "actions", "--area", NO_AREAS_NAME, "--out", str(refused))
    assert not refused.exists()


def test_groups_create_and_edit_take_the_areas_names(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    numbers = _areas(demo_url)
    code, out, err = run_cli(
        capsys, "--db", demo_url, "groups", "create", "Arbetsgrupp trygg skolväg",
        "--type", "arbetsgrupp", "--area", SCHOOL.lower(), "--area", str(numbers[GUARDS]),
    )  # fmt: skip
    assert (code, err) == (0, ""), out
    (group,) = [g for g in _json(capsys, demo_url, "groups", "list") if "skolväg" in g["name"]]
    assert sorted(group["priority_areas"]) == [GUARDS, SCHOOL]

    code, _out, err = run_cli(
        capsys, "--db", demo_url, "groups", "edit", str(group["id"]), "--area", GUARDS.upper()
    )
    assert (code, err) == (0, "")
    shown = _json(capsys, demo_url, "groups", "show", str(group["id"]))
    assert shown["priority_areas"] == [GUARDS]

    _refused(
        capsys, demo_url, "groups", "create", "Arbetsgrupp X", "--type", "arbetsgrupp",
        "--area", SCHOOL, "--area", NO_AREAS_NAME,
    )  # fmt: skip
    _refused(capsys, demo_url, "groups", "edit", str(group["id"]), "--area", NO_AREAS_NAME)


def test_agreements_create_edit_and_revise_take_the_areas_names(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = open_database(demo_url)
    (agreement,) = db.call(agreements.list_agreement_details)
    db.dispose()
    in_force = list(agreement.priority_areas)
    today = clock.today().isoformat()
    code, _out, err = run_cli(
        capsys, "--db", demo_url, "agreements", "revise", str(agreement.id), "--date", today,
        "--decided-by", "Styrgruppen", "--areas", *(a.lower() for a in in_force), GUARDS,
    )  # fmt: skip
    assert (code, err) == (0, "")
    latest = _json(capsys, demo_url, "agreements", "show", str(agreement.id))["revisions"][-1]
    assert (latest["added"], latest["removed"]) == ([GUARDS], [])

    code, out, err = run_cli(
        capsys, "--db", demo_url, "agreements", "create", "Överenskommelse Hjorthagen",
        "--from", today, "--area", SCHOOL.upper(),
    )  # fmt: skip
    assert (code, err) == (0, ""), out
    (created,) = [
        a for a in _json(capsys, demo_url, "agreements", "list") if "Hjorthagen" in a["title"]
    ]
    assert created["priority_areas"] == [SCHOOL]
    code, _out, err = run_cli(
        capsys, "--db", demo_url, "agreements", "edit", str(created["id"]),
        "--area", SCHOOL, "--area", GUARDS.lower(),
    )  # fmt: skip
    assert (code, err) == (0, "")
    edited = _json(capsys, demo_url, "agreements", "show", str(created["id"]))
    assert sorted(edited["priority_areas"]) == [GUARDS, SCHOOL]

    for words in (
        [
            "revise",
            str(agreement.id),
            "--date",
            today,
            "--decided-by",
            "X",
            "--areas",
            NO_AREAS_NAME,
        ],
        ["create", "Överenskommelse Y", "--from", today, "--area", NO_AREAS_NAME],
        ["edit", str(created["id"]), "--area", NO_AREAS_NAME],
    ):
        _refused(capsys, demo_url, "agreements", *words)


def test_the_help_says_a_name_or_a_part_of_it_is_read(capsys: pytest.CaptureFixture[str]) -> None:
    for words in (
        ["groups", "list"],
        ["groups", "create"],
        ["groups", "edit"],
        ["actions", "list"],
        ["print", "actions"],
        ["agreements", "create"],
        ["agreements", "edit"],
        ["agreements", "revise"],
    ):
        code, usage, _err = run_cli(capsys, *words, "--help")
        assert code == 0 and "--area ID|NAMN" in usage, words
        assert "dess namn eller en del av det (stora eller små bokstäver spelar ingen roll)" in (
            " ".join(usage.split())
        ), words
