"""Every ``--area`` naming a priority area reads a part of its name too: ``--area skolan`` is
"Skolan som brottsplats" when no other area's name holds "skolan" (any case, spaces around
ignored). A part several names hold exits 1 naming those areas with their numbers and asking
for more; a whole name wins over a part of another's. An unknown number lists the areas as an
unknown name does. Nothing is written on a refusal. On the demo district."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import open_database
from samverkan_desktop.models import PriorityArea
from samverkan_desktop.services import agreements
from tests.core.test_cli import run_cli
from tests.core.test_cli_area_names import GUARDS, NO_AREAS_NAME, SCHOOL, _areas, _json
from tests.core.test_cli_bad_input import dump

YOUTH = "Unga i risk för kriminalitet"
DEFECTORS = "Avhopparverksamhet för kriminella"


def _agreement(url: str) -> int:
    db = open_database(url)
    try:
        (agreement,) = db.call(agreements.list_agreement_details)
        return agreement.id
    finally:
        db.dispose()


def _group(url: str, capsys: pytest.CaptureFixture[str]) -> int:
    return int(_json(capsys, url, "groups", "list")[0]["id"])


def _every_area_option(url: str, capsys: pytest.CaptureFixture[str], out: Path) -> list[list[str]]:
    """Each command that takes a priority area, its ``--area`` last (given after); the printout
    and the calendar file in the folder ``out``, made here."""
    out.mkdir()
    today = clock.today().isoformat()
    agreement = str(_agreement(url))
    return [
        ["groups", "list"],
        ["actions", "list"],
        ["meetings", "list"],
        ["print", "actions", "--out", str(out / "atgarder.pdf")],
        ["export", "ics", "--out", str(out / "moten.ics")],
        ["groups", "create", "Arbetsgrupp X", "--type", "arbetsgrupp"],
        ["groups", "edit", str(_group(url, capsys))],
        ["agreements", "create", "Överenskommelse Y", "--from", today],
        ["agreements", "edit", agreement],
        ["agreements", "revise", agreement, "--date", today, "--decided-by", "X"],
    ]


@pytest.mark.parametrize(
    "command", [("groups", "list"), ("actions", "list"), ("meetings", "list")],
    ids=["groups", "actions", "meetings"],
)  # fmt: skip
def test_a_list_by_a_part_of_one_areas_name_as_by_its_number(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    command: tuple[str, str],
) -> None:
    by_number = _json(capsys, demo_url, *command, "--area", str(_areas(demo_url)[SCHOOL]))
    assert by_number, "the demo has rows for the school's area"
    for part in ("skolan", "  BROTTSPLATS ", "an som b"):
        assert _json(capsys, demo_url, *command, "--area", part) == by_number, part


def test_groups_and_agreements_take_a_part_of_a_name(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_cli(
        capsys, "--db", demo_url, "groups", "create", "Arbetsgrupp trygg skolväg",
        "--type", "arbetsgrupp", "--area", "skolan", "--area", "vakter",
    )  # fmt: skip
    assert (code, err) == (0, ""), out
    (group,) = [g for g in _json(capsys, demo_url, "groups", "list") if "skolväg" in g["name"]]
    assert sorted(group["priority_areas"]) == [GUARDS, SCHOOL]

    code, out, err = run_cli(
        capsys, "--db", demo_url, "agreements", "create", "Överenskommelse Hjorthagen",
        "--from", clock.today().isoformat(), "--area", "Brottsplats",
    )  # fmt: skip
    assert (code, err) == (0, ""), out
    (created,) = [
        a for a in _json(capsys, demo_url, "agreements", "list") if "Hjorthagen" in a["title"]
    ]
    assert created["priority_areas"] == [SCHOOL]


def test_a_part_several_names_hold_is_refused_naming_those(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    numbers = _areas(demo_url)
    db = open_database(demo_url)
    before = dump(db)
    for words in _every_area_option(demo_url, capsys, tmp_path / "out"):
        code, out, err = run_cli(capsys, "--db", demo_url, *words, "--area", " Krimin ")
        assert (code, out) == (1, ""), words
        assert err == (
            f"Fel: ”Krimin” ingår i namnet på flera prioriterade områden: {numbers[YOUTH]} ”{YOUTH}”, "
            f"{numbers[DEFECTORS]} ”{DEFECTORS}”; skriv mer av namnet, eller numret.\n"
        ), words
    assert dump(db) == before
    assert not list((tmp_path / "out").iterdir())
    db.dispose()


def test_a_whole_name_wins_over_a_part_of_another(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = open_database(demo_url)
    with db.session() as session, session.begin():
        session.add(PriorityArea(code="skolan", name="Skolan", sort_order=99))
    db.dispose()
    numbers = _areas(demo_url)
    code, out, err = run_cli(
        capsys, "--db", demo_url, "groups", "create", "Skolgruppen",
        "--type", "arbetsgrupp", "--area", " SKOLAN ",
    )  # fmt: skip
    assert (code, err) == (0, ""), out
    (group,) = [g for g in _json(capsys, demo_url, "groups", "list") if g["name"] == "Skolgruppen"]
    assert group["priority_areas"] == ["Skolan"]
    # A part of both is both's.
    code, out, err = run_cli(capsys, "--db", demo_url, "groups", "list", "--area", "skol")
    assert (code, out) == (1, "")
    assert f"{numbers[SCHOOL]} ”{SCHOOL}”, {numbers['Skolan']} ”Skolan”;" in err


def test_an_unknown_number_lists_the_areas_as_an_unknown_name_does(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    listed = ", ".join(f"{number} ”{name}”" for name, number in _areas(demo_url).items())
    db = open_database(demo_url)
    before = dump(db)
    for words in _every_area_option(demo_url, capsys, tmp_path / "out"):
        for given, missing in (
            ("999", "med nummer 999"),
            (NO_AREAS_NAME, f"som heter ”{NO_AREAS_NAME}”"),
        ):
            code, out, err = run_cli(capsys, "--db", demo_url, *words, "--area", given)
            assert (code, out) == (1, ""), words
            assert err == (
                f"Fel: Det finns inget prioriterat område {missing}; "
                f"de prioriterade områdena är: {listed}.\n"
            ), words
    assert dump(db) == before
    assert not list((tmp_path / "out").iterdir())
    db.dispose()


def test_an_empty_area_is_asked_for_not_looked_up(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """``--area ""`` (a script's empty variable) says no area was given, and lists them; it read
    'Det finns inget prioriterat område som heter ””'. Nothing written, no file."""
    db = open_database(demo_url)
    before = dump(db)
    for words in _every_area_option(demo_url, capsys, tmp_path / "out"):
        for empty in ("", "   "):
            code, out, err = run_cli(capsys, "--db", demo_url, *words, "--area", empty)
            assert (code, out) == (1, ""), words
            assert err.startswith(
                "Fel: Inget prioriterat område angivet: ange dess nummer eller namn; "
                "de prioriterade områdena är: 1 ”"
            ), (words, err)
    assert dump(db) == before
    assert not list((tmp_path / "out").iterdir())
    db.dispose()
