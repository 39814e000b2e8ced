"""``samverkan print weekly``: this week's summary unless --week names another, --shared for the
version passed on; a wrong week is one Swedish line, exit code 1, no file written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.models import BriefSource
from samverkan_desktop.services import weekly_briefs
from samverkan_desktop.services.weekly_briefs import BriefWeek, ItemInput
from tests.core.printed_by_cli import fill, printed_text
from tests.core.test_cli import run_cli
from tests.core.test_walks_cli import needs_pdftotext


def _two_weeks(db: Database) -> None:
    with db.session() as s:
        weekly_briefs.add_item(
            s, BriefWeek(2026, 49), ItemInput(BriefSource.SSR, "Bedrägerier mot äldre", None, True)
        )
        weekly_briefs.add_item(
            s, BriefWeek(2026, 49), ItemInput(BriefSource.SLK, "Krisledningsövning i vår")
        )
        weekly_briefs.add_item(
            s, BriefWeek(2026, 50), ItemInput(BriefSource.POLICE, "Julmarknad på Östermalmstorg")
        )


@needs_pdftotext
def test_this_week_unless_another_is_named(
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fill(db_url, _two_weeks)
    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 12, 10))  # Thursday of w. 50
    this_week = " ".join(printed_text(db_url, capsys, tmp_path, "weekly").split())
    assert this_week.startswith("Veckosammanställning v. 50")
    assert "Julmarknad på Östermalmstorg" in this_week
    named = " ".join(printed_text(db_url, capsys, tmp_path, "weekly", "--week", "2026-W49").split())
    assert "Bedrägerier mot äldre" in named and "Krisledningsövning i vår" in named
    shared = " ".join(
        printed_text(db_url, capsys, tmp_path, "weekly", "--week", "2026-w49", "--shared").split()
    )
    assert shared.startswith("Inför helgen v. 49")
    assert "Bedrägerier mot äldre" in shared and "Krisledningsövning" not in shared


@pytest.mark.parametrize(
    ("week", "message"),
    [
        ("49", "Fel: ”49” är inte en vecka (skriv till exempel 2026-W49).\n"),
        ("2027-W53", "Fel: 2027 har ingen vecka 53.\n"),
    ],
)
def test_a_wrong_week_is_one_line_and_exit_code_1(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, week: str, message: str
) -> None:
    target = tmp_path / "v.pdf"
    code, out, err = run_cli(
        capsys, "--db", sqlite_url, "print", "weekly", "--week", week, "--out", str(target)
    )
    assert (code, out, err) == (1, "", message)
    assert not target.exists()
