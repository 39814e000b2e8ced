"""``samverkan print council [--from DATE] [--to DATE] --out FILE.pdf``: the report to the
district council, this year up to today unless a period is given; a wrong date or a period
ending before it starts is refused in Swedish and no file is written."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop import clock, demo
from samverkan_desktop.db import Database
from tests.core.printed_by_cli import fill, printed_text
from tests.core.test_cli import run_cli

TODAY = dt.date(2026, 11, 20)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


def _district(db: Database) -> None:
    with db.session() as s:
        demo.load(s, TODAY)


def test_the_report_of_a_period_given(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fill(sqlite_url, _district)
    words = " ".join(
        printed_text(
            sqlite_url, capsys, tmp_path, "council", "--from", "2021-01-01", "--to", "2021-06-30"
        ).split()
    )
    assert "Anmälan av information om aktuellt trygghets- och säkerhetsarbete" in words
    assert "2021-01-01 – 2021-06-30" in words
    assert "Genomförda övningar" in words
    assert "Övning för krisledningen: strömavbrott i kyla" in words


def test_the_report_is_this_year_up_to_today_unless_told(
    sqlite_url: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fill(sqlite_url, _district)
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    words = " ".join(printed_text(sqlite_url, capsys, tmp_path, "council").split())
    assert "Östermalms stadsdelsförvaltning · 1 januari – 20 november 2026" in words
    assert "Vad har vi gjort – T2 (maj–aug) 2026" in words


def test_a_period_ending_before_it_starts_is_one_swedish_line(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "anmalan.pdf"
    code, said, err = run_cli(
        capsys,
        "--db",
        sqlite_url,
        "print",
        "council",
        "--from",
        "2026-05-01",
        "--to",
        "2026-04-30",
        "--out",
        str(out),
    )
    assert code == 1 and said == ""
    assert err == "Fel: Perioden kan inte sluta innan den börjar.\n"
    assert not out.exists()


@pytest.mark.parametrize("option", ["--from", "--to"])
def test_a_wrong_date_is_refused_in_swedish(
    option: str,
    sqlite_url: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    today: dt.date,
) -> None:
    out = tmp_path / "anmalan.pdf"
    code, _said, err = run_cli(
        capsys, "--db", sqlite_url, "print", "council", option, "1 dec", "--out", str(out)
    )
    assert code == 1  # wrong input, one line, as every date option of the command line
    assert err.count("\n") == 1 and err.rstrip().endswith(
        f"”1 dec” är inte ett datum (skriv till exempel {today})."
    )
    assert not out.exists()
