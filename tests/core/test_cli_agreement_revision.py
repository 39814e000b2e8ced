"""``agreements revise|remove-revision``: the yearly revision and its removal for a script, as
"Revidera överenskommelsen…" and "Ta bort revidering…" do. A revision reads back in ``agreements
show --json`` beside the earlier ones; each refusal is one Swedish line, exit 1, nothing
changed."""

from __future__ import annotations

import json
from typing import Any

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.services import agreements, groups
from tests.core.test_cli import run_cli
from tests.core.test_cli_bad_input import dump

VBE = "Våldsbejakande extremism"


def _cli(db: Database, capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    return run_cli(capsys, "--db", db.url, *words)


def _revisions(db: Database, capsys: pytest.CaptureFixture[str], agreement: int) -> list[Any]:
    code, out, err = _cli(db, capsys, "agreements", "show", str(agreement), "--json")
    assert code == 0, err
    return json.loads(out)["revisions"]  # type: ignore[no-any-return]


def test_a_revision_is_recorded_and_the_latest_removed(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_db
    today = clock.today().isoformat()
    (agreement,) = db.call(agreements.list_agreement_details)
    vbe = next(a.id for a in db.call(groups.list_priority_areas) if a.name == VBE)
    before = _revisions(db, capsys, agreement.id)
    areas = [str(a) for a in (*agreement.priority_area_ids, vbe)]
    code, out, err = _cli(
        db, capsys, "agreements", "revise", str(agreement.id), "--date", today,
        "--decided-by", "Styrgruppen", "--areas", *areas, "--note", "VBE prioriteras.",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == (
        f"Överenskommelsen {agreement.id} ”{agreement.title}” är reviderad {today}: "
        f"{VBE} tillkom.\n"
    )
    after = _revisions(db, capsys, agreement.id)
    assert after[:-1] == before  # the earlier revisions stay as they were
    assert after[-1] | {"priority_areas": None} == {
        "revised_on": today,
        "decided_by": "Styrgruppen",
        "priority_areas": None,
        "added": [VBE],
        "removed": [],
        "note": "VBE prioriteras.",
    }

    code, out, err = _cli(db, capsys, "agreements", "remove-revision", str(agreement.id))
    assert (code, err) == (0, "")
    assert out == (
        f"Revideringen från {today} av överenskommelsen {agreement.id} ”{agreement.title}” är "
        f"borttagen; nu gäller revideringen från {before[-1]['revised_on']}.\n"
    )
    assert _revisions(db, capsys, agreement.id) == before
    assert VBE not in db.call(agreements.get_agreement, agreement.id).priority_areas


@pytest.mark.parametrize(
    ("words", "said"),
    [
        (["--date", "2099-01-01", "--decided-by", "X"], "Fel: En revidering registreras när"),
        (["--date", "2021-02-22", "--decided-by", "X"], "Fel: Revideringen måste komma efter"),
        (["--date", "i dag", "--decided-by", "X"], "Fel: --date: ”i dag” är inte"),
        (["--date", "2026-12-01", "--decided-by", " "], "Fel: --decided-by är tomt."),
        (["--date", "2026-12-01", "--decided-by", "X", "--area", "999"], "Fel: Det finns inget"),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(
    demo_db: Database, capsys: pytest.CaptureFixture[str], words: list[str], said: str
) -> None:
    (agreement,) = demo_db.call(agreements.list_agreement_details)
    before = dump(demo_db)
    code, out, err = _cli(demo_db, capsys, "agreements", "revise", str(agreement.id), *words)
    assert (code, out) == (1, "")
    assert err.startswith(said) and err.count("\n") == 1, err
    assert dump(demo_db) == before


def test_the_signing_is_not_removed(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    (agreement,) = demo_db.call(agreements.list_agreement_details)
    for _revision in agreement.revisions[1:]:
        code, _out, err = _cli(demo_db, capsys, "agreements", "remove-revision", str(agreement.id))
        assert code == 0, err
    before = dump(demo_db)
    code, out, err = _cli(demo_db, capsys, "agreements", "remove-revision", str(agreement.id))
    assert (code, out) == (1, "")
    assert err == (
        "Fel: Överenskommelsen har ingen revidering efter undertecknandet att ta bort; "
        "undertecknandet rättas i överenskommelsens formulär.\n"
    )
    assert dump(demo_db) == before
