"""``agreements create|edit``: the agreement form for a script. A new agreement with its parties
(case numbers after a colon), appendices and priority areas reads back in ``agreements show``;
an edit changes what is given and keeps the rest; an area whose action plan holds a goal or
figures is not dropped unless the script says so, as the form asks first."""

from __future__ import annotations

import json
from typing import Any

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.services import action_plan, agreements, audit, contacts
from tests.core.test_cli import run_cli
from tests.core.test_cli_bad_input import dump


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """SQLite only: the services these commands call are tested on both backends."""
    return sqlite_db


def _cli(db: Database, capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    return run_cli(capsys, "--db", db.url, *words)


def _shown(db: Database, capsys: pytest.CaptureFixture[str], agreement: int) -> dict[str, Any]:
    code, out, err = _cli(db, capsys, "agreements", "show", str(agreement), "--json")
    assert code == 0, err
    return json.loads(out)


def _organisation(db: Database, name: str) -> int:
    return next(o.id for o in db.call(contacts.list_organisations) if o.name == name)


def test_create_then_edit_an_agreement_as_the_form_does(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_db
    district = _organisation(db, "Östermalms stadsdelsförvaltning")
    code, out, err = _cli(
        db, capsys, "agreements", "create", "Lokal samverkansöverenskommelse Östermalm 2027",
        "--from", "2027-01-01", "--party", f"{district}:A091.081/2027", "--area", "1",
        "--appendix", "1 Gemensam lokal lägesbild", "--appendix", "3a Åtgärdsplan",
        "--revised-every", "6",
    )  # fmt: skip
    new = max(a.id for a in db.call(agreements.list_agreement_details))
    assert (code, err) == (0, "")
    assert out == (
        f"Överenskommelsen {new} ”Lokal samverkansöverenskommelse Östermalm 2027” är registrerad.\n"
    )
    shown = _shown(db, capsys, new)
    assert shown["parties"] == [
        {"organisation": "Östermalms stadsdelsförvaltning", "case_number": "A091.081/2027"}
    ]
    assert shown["appendices"] == [
        {"number": "1", "title": "Gemensam lokal lägesbild"},
        {"number": "3a", "title": "Åtgärdsplan"},
    ]
    assert (shown["revision_interval_months"], shown["next_revision"]) == (6, "2027-07-01")

    code, out, err = _cli(
        db, capsys, "agreements", "edit", str(new), "--signed-on", "2027-01-15",
        "--signed-by", "Stadsdelsdirektör", "--clear", "appendix",
    )  # fmt: skip
    assert (code, err) == (0, "")
    shown = _shown(db, capsys, new)
    assert (shown["signed_by"], shown["appendices"], len(shown["parties"])) == (
        "Stadsdelsdirektör",
        [],
        1,
    )
    with db.session() as s:
        assert len(audit.history(s, "agreements", new)) >= 2


def test_an_area_with_a_goal_or_figures_is_dropped_only_when_said(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_db
    agreement = db.call(agreements.list_agreement_details)[0]
    kept = [
        s for s in db.call(action_plan.area_plan_summaries, agreement.id)
        if s.has_goal or s.figure_count
    ]  # fmt: skip
    assert kept, "the demo's action plan has goals"
    others = [str(a) for a in agreement.priority_area_ids if a != kept[0].priority_area_id]
    words = ["agreements", "edit", str(agreement.id)]
    for area in others:
        words += ["--area", area]
    before = dump(db)
    code, out, err = _cli(db, capsys, *words)
    assert (code, out) == (1, "")
    assert err.startswith(f"Fel: Åtgärdsplanen har mål eller siffror för ”{kept[0].area}”")
    assert dump(db) == before
    code, out, err = _cli(db, capsys, *words, "--delete-area-plans")
    assert code == 0, err
    assert kept[0].area not in _shown(db, capsys, agreement.id)["priority_areas"]


def test_a_party_that_is_no_organisation_number_is_one_line(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(demo_db)
    code, out, err = _cli(
        demo_db, capsys, "agreements", "create", "Ny", "--from", "2027-01-01", "--party", "polisen"
    )
    assert (code, out) == (1, "")
    assert err == (
        "Fel: --party: ”polisen” är ingen part: skriv organisationens nummer, med "
        "diarienumret efter ett kolon (12:A091.081/2020).\n"
    )
    code, out, err = _cli(
        demo_db, capsys, "agreements", "create", "Ny", "--from", "2027-01-01", "--party", "9999"
    )
    assert (code, out, err) == (1, "", "Fel: Det finns ingen organisation med nummer 9999.\n")
    assert dump(demo_db) == before
