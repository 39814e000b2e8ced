"""An id option naming a record that never existed (``--place``, ``--organisation``, ``--area``
of the list and print commands) is one Swedish line "Det finns ingen … med nummer N", exit 1,
nothing written and nothing changed: not an empty table, not the services' "finns inte längre"
(which is for a record another desk removed meanwhile)."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan_desktop.db import open_database
from samverkan_desktop.services import walk_reading
from tests.core.area_refusals import UNKNOWN_AREA_999
from tests.core.test_cli import run_cli
from tests.core.test_cli_bad_input import dump


def _a_walk(url: str) -> int:
    db = open_database(url)
    walk_id = db.call(walk_reading.list_walks)[0].id
    db.dispose()
    return walk_id


def _refused(capsys: pytest.CaptureFixture[str], url: str, words: list[str], message: str) -> None:
    db = open_database(url)
    before = dump(db)
    code, out, err = run_cli(capsys, "--db", url, *words)
    assert (code, out, err.strip()) == (1, "", f"Fel: {message}")
    assert dump(db) == before
    db.dispose()


def test_walks_list_with_an_unknown_place_says_so(
    demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _refused(
        capsys, demo_url, ["walks", "list", "--place", "999"],
        "Det finns ingen plats med nummer 999.",
    )  # fmt: skip
    _refused(
        capsys, demo_url, ["walks", "list", "--place", "999", "--json"],
        "Det finns ingen plats med nummer 999.",
    )  # fmt: skip
    db = open_database(demo_url)
    place = db.call(walk_reading.list_walks)[0].place_id
    db.dispose()
    code, out, err = run_cli(capsys, "--db", demo_url, "walks", "list", "--place", str(place))
    assert code == 0 and "(inga)" not in out, err


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (["print", "walkletter", "{walk}", "--organisation", "999"], "organisation"),
        (["print", "actions", "--organisation", "999"], "organisation"),
        (["print", "actions", "--area", "999"], "area"),
    ],
    ids=["walkletter", "actions --organisation", "actions --area"],
)
def test_a_printout_for_an_unknown_id_says_there_is_none(
    words: list[str],
    message: str,
    demo_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out_file = tmp_path / "utskrift.pdf"
    walk = _a_walk(demo_url)
    argv = [w.format(walk=walk) for w in words] + ["--out", str(out_file)]
    expected = {
        "organisation": "Det finns ingen organisation med nummer 999.",
        "area": UNKNOWN_AREA_999,
    }[message]
    _refused(capsys, demo_url, argv, expected)
    assert not out_file.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".utskrift")]  # no half file


def test_actions_list_for_an_unknown_organisation_says_there_is_none(
    demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _refused(
        capsys, demo_url, ["actions", "list", "--organisation", "999"],
        "Det finns ingen organisation med nummer 999.",
    )  # fmt: skip
