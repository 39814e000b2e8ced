"""Crisis management from the command line: the JSON contracts of plans list and exercises list,
the printouts, exit codes; on the demo district."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from samverkan_desktop import clock
from tests.core.test_cli import run_cli
from tests.core.test_walks_cli import pdf_text

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


@needs_pdftotext
def test_crisis_commands_on_the_demo(
    db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run_cli(capsys, "--db", db_url, "demo")[0] == 0
    today = clock.today()

    code, out, _ = run_cli(capsys, "--db", db_url, "plans", "list", "--json")
    assert code == 0
    all_plans = json.loads(out)
    assert {"id", "name", "version", "next_revision"} <= set(all_plans[0])
    crisis_plan = next(p for p in all_plans if p["name"].startswith("Krisledningsplan"))
    assert crisis_plan["adopted_by"] == "Stadsdelsdirektör"
    assert crisis_plan["next_revision"][5:7] == "12"  # adopted each December since 2020

    code, out, _ = run_cli(capsys, "--db", db_url, "plans", "list", "--due-within", "60", "--json")
    due = json.loads(out)
    assert code == 0 and due
    assert all(dt.date.fromisoformat(p["next_revision"]) <= today + dt.timedelta(60) for p in due)
    assert len(due) < len(all_plans)
    assert any(p["due_state"] == "overdue" for p in due)  # the late RSA

    code, _, err = run_cli(capsys, "--db", db_url, "plans", "list", "--due-within", "-3")
    assert code == 1 and err == "Fel: --due-within: antalet dagar får inte vara negativt.\n"

    code, out, _ = run_cli(capsys, "--db", db_url, "exercises", "list", "--json")
    assert code == 0
    listed = json.loads(out)
    assert {"id", "type", "date", "objectives_met", "open_actions"} <= set(listed[0])
    february = next(e for e in listed if e["date"] == "2021-02-17")
    assert february["type"] == "simulation"
    assert (february["objectives_met"], february["objectives"]) == (2, 4)
    assert february["open_actions"] == 1

    code, out, _ = run_cli(capsys, "--db", db_url, "exercises", "list")
    assert code == 0 and "Stabsövning med motspel" in out

    report = tmp_path / "utvardering.pdf"
    code, out, _ = run_cli(
        capsys, "--db", db_url, "print", "exercise", str(february["id"]), "--out", str(report)
    )
    assert code == 0 and report.exists()
    text = pdf_text(report)
    assert "Utvärderingsrapport" in text and "Delvis uppfyllt" in text
    assert "Uppdatera kontaktlistorna" in text

    code, _, err = run_cli(
        capsys, "--db", db_url, "print", "exercise", "9999", "--out", str(tmp_path / "x.pdf")
    )
    assert code == 1 and "9999" in err and not (tmp_path / "x.pdf").exists()

    contacts_pdf = tmp_path / "kontakter.pdf"
    code, _, _ = run_cli(
        capsys, "--db", db_url, "print", "crisiscontacts", "--out", str(contacts_pdf)
    )
    assert code == 0
    text = pdf_text(contacts_pdf)
    assert "Krisledare" in text and "Karin Lindqvist" in text and "Kommunpolis" in text
    assert "över 6" in text  # stale lines are marked ("över 6 månader", wrapped)

    plan_pdf = tmp_path / "plan.pdf"
    code, _, _ = run_cli(
        capsys, "--db", db_url, "print", "exerciseplan", "--year", "2021", "--out", str(plan_pdf)
    )
    assert code == 0
    text = pdf_text(plan_pdf)
    assert "Övningsplan 2021" in text and "strömavbrott" in text
    assert "Krisstöd del 1" in text  # the February 2021 training

    code, out, _ = run_cli(capsys, "--db", db_url, "crisis", "contacts", "--stale", "--json")
    assert code == 0 and all(r["stale"] for r in json.loads(out))
    code, out, _ = run_cli(capsys, "--db", db_url, "crisis", "gaps", "--json")
    assert code == 0 and {"name", "role", "course", "kind"} <= set(json.loads(out)[0])
