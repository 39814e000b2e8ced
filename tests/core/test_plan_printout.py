"""One plan of the register on paper (Kris → Planer, Arkiv → Skriv ut…; ``samverkan print plan
ID``), read back as a person reads it (pdftotext): its facts as the chosen plan shows them, the
version history with what changed, the exercises of the plan, in Swedish throughout. Before,
no plan could be printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import open_database
from samverkan_desktop.reports import plan_sheet
from samverkan_desktop.reports.date_phrases import heading_date
from samverkan_desktop.services import plan_attachments, plans
from tests.core.test_cli import run_cli
from tests.core.test_walks_cli import needs_pdftotext, pdf_text

CRISIS_PLAN = "Krisledningsplan Östermalms stadsdelsförvaltning"
RSA = "Risk- och sårbarhetsanalys (RSA)"
SBA = "Systematiskt brandskyddsarbete (SBA) – Garnisonen"


def _words(path: Path) -> str:
    return " ".join(pdf_text(path).split())


def _plan_ids(demo_url: str) -> dict[str, int]:
    db = open_database(demo_url)
    try:
        return {p.name: p.id for p in db.call(plans.list_plans, clock.today())}
    finally:
        db.dispose()


@needs_pdftotext
def test_a_plan_printed_with_its_facts_versions_and_exercises(
    demo_url: str, tmp_path: Path
) -> None:
    ids = _plan_ids(demo_url)
    db = open_database(demo_url)
    today = clock.today()
    layouts: dict[str, str] = {}
    try:
        for name in (CRISIS_PLAN, RSA, SBA):
            path = tmp_path / f"{ids[name]}.pdf"
            path.write_bytes(db.call(plan_sheet.build, ids[name], today))
            layouts[name] = pdf_text(path)
        detail = db.call(plans.get_plan, ids[CRISIS_PLAN], today)
    finally:
        db.dispose()
    printed = {name: " ".join(layout.split()) for name, layout in layouts.items()}

    text = printed[CRISIS_PLAN]
    plan = detail.plan
    day = " ".join(heading_date(today).split())
    assert text.startswith(f"{CRISIS_PLAN} Krisledningsplan · {day} Ägare Anna Berglund")
    assert "Ägare Anna Berglund" in text
    assert f"Gällande version {plan.version}" in text
    assert f"Fastställd {plan.adopted_on} " in text and ", av Stadsdelsdirektör" in text
    assert "Revidering var 12:e månad" in text
    assert f"Nästa revidering {plan.next_revision} " in text
    # "Senast övad" as the register says it, with the exercise and why it reads so.
    assert "Senast övad 2021-02-17 – Övning för krisledningen: strömavbrott i kyla" in text
    # Every version, newest first, the one in force marked, with what changed.
    assert f"Versionshistorik ({len(detail.versions)})" in text
    lines = [line.split() for line in layouts[CRISIS_PLAN].splitlines()]
    row = next(n for n, ln in enumerate(lines) if ln[:2] == [plan.version, str(plan.adopted_on)])
    assert lines[row + 1] == ["gällande"]  # under the version in force, not under another
    assert ["gällande"] not in lines[row + 2 :]
    assert "Reviderad och antagen av stadsdelsdirektören i december 2020." in text
    assert text.index(str(plan.version)) < text.index("2020-12-14")
    # The exercises that exercise it.
    assert "Övningar av planen (2)" in text  # the demo's call-out test is planned
    assert "Larm- och uppringningsprov för krisledningen" in text and "Planerad" in text
    assert "Stabsövning med motspel" in text and "Utvärderad" in text
    assert "Bifogade filer" not in text  # the demo attaches none
    assert f"{CRISIS_PLAN} Östermalms stadsdelsförvaltning Sida 1 av 1" in text

    rsa = printed[RSA]  # per mandate period, late, not exercised by its kind, no exercises
    assert "Krävs varje mandatperiod" in rsa  # first on its line
    assert "Status Försenad" in rsa and "dagar försenad" in rsa
    assert "Senast övad Övas inte:" in rsa
    assert "Övningar av planen (0) Ingen övning är kopplad till planen." in rsa

    sba = printed[SBA]  # its evacuation drill is planned
    assert "Senast övad inte övad än" in sba
    assert "Utrymningsövning Garnisonen" in sba and "Planerad" in sba
    for words in printed.values():  # Swedish throughout
        assert not any(w in words for w in ("in force", "Version history", "Owner", "Exercises"))


@needs_pdftotext
def test_a_plan_named_as_its_kind_is_named_once(demo_url: str, tmp_path: Path) -> None:
    """The demo's RSA is named as its kind: its heading read "Risk- och sårbarhetsanalys (RSA)"
    and under it "Risk- och sårbarhetsanalys (RSA) · krävs varje mandatperiod · …"; the kind
    under a plan named otherwise stays (above, "Krisledningsplan · …")."""
    plan_id = _plan_ids(demo_url)[RSA]
    db = open_database(demo_url)
    try:
        path = tmp_path / "rsa.pdf"
        path.write_bytes(db.call(plan_sheet.build, plan_id, clock.today()))
    finally:
        db.dispose()
    heading = pdf_text(path).splitlines()[:2]
    day = " ".join(heading_date(clock.today()).split())
    assert [" ".join(line.split()) for line in heading] == [
        RSA,
        f"Krävs varje mandatperiod · {day}",  # a line starts with a capital
    ]


@needs_pdftotext
def test_print_plan_from_the_command_line(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_id = _plan_ids(demo_url)[CRISIS_PLAN]
    out = tmp_path / "krisledningsplan.pdf"
    code, stdout, err = run_cli(
        capsys, "--db", demo_url, "print", "plan", str(plan_id), "--out", str(out)
    )
    assert (code, stdout, err) == (0, f"Sparade {out}\n", "")
    text = _words(out)
    assert text.startswith(f"{CRISIS_PLAN} Krisledningsplan ·")
    assert "Versionshistorik" in text and "Övningar av planen (2)" in text

    missing = tmp_path / "x.pdf"
    code, stdout, err = run_cli(
        capsys, "--db", demo_url, "print", "plan", "999", "--out", str(missing)
    )
    assert (code, stdout, err) == (1, "", "Fel: Det finns ingen plan med nummer 999.\n")
    assert not missing.exists()

    code, stdout, _err = run_cli(capsys, "print", "--help")
    assert code == 0
    assert "en plan i registret: uppgifter, versionshistorik, övningar" in " ".join(stdout.split())
    code, stdout, _err = run_cli(capsys, "print", "plan", "--help")
    assert code == 0 and "planens nummer" in stdout


@needs_pdftotext
def test_a_plans_attached_files_are_listed(demo_url: str, tmp_path: Path) -> None:
    """The files in the binder beside it, with the version each belongs to; a plan with none
    has no such heading (the demo's, above)."""
    plan_id = _plan_ids(demo_url)[CRISIS_PLAN]
    source = tmp_path / "Krisledningsplan bilaga larmlista.pdf"
    source.write_bytes(b"%PDF-1.4\n")
    db = open_database(demo_url)
    try:
        version = db.call(plans.get_plan, plan_id).versions[0]
        with db.session(write=True) as session:
            plan_attachments.attach_file(session, plan_id, source, tmp_path / "files", version.id)
        path = tmp_path / "plan.pdf"
        path.write_bytes(db.call(plan_sheet.build, plan_id))
    finally:
        db.dispose()
    words = _words(path)
    added = clock.today().isoformat()
    assert (
        f"Bifogade filer (1) Fil Version Tillagd {source.name} {version.version} {added}" in words
    )
