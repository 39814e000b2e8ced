"""``samverkan print walkplan [--year YYYY] --out FILE.pdf``: the year's walk plan, this year's
unless a year is given; a wrong year is refused in Swedish and no file is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan_desktop import clock
from tests.core.printed_by_cli import fill, printed_text
from tests.core.test_cli import run_cli
from tests.core.test_walk_plan import YEAR, fill_plan


def test_the_walk_plan_is_printed_for_the_year_asked(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fill(sqlite_url, fill_plan)
    text = " ".join(
        printed_text(sqlite_url, capsys, tmp_path, "walkplan", "--year", str(YEAR)).split()
    )
    assert "Trygghetsvandringar 2025: plan och utfall" in text
    assert "1. Gyllenstiernsgatan" in text and "Stureplan" in text


def test_the_walk_plan_is_this_years_unless_told(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fill(sqlite_url, fill_plan)  # all of it in 2025: this year has nothing to show
    year = clock.today().year
    text = " ".join(printed_text(sqlite_url, capsys, tmp_path, "walkplan").split())
    assert f"Trygghetsvandringar {year}: plan och utfall" in text
    assert f"Ingen plats är prioriterad för {year} och ingen vandring" in text


@pytest.mark.parametrize("year", ["1800", "tjugo"])
def test_a_wrong_year_is_refused_in_swedish(
    year: str, sqlite_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "plan.pdf"
    code, _out, err = run_cli(
        capsys, "--db", sqlite_url, "print", "walkplan", "--year", year, "--out", str(out)
    )
    assert code == 1  # wrong input, one line, as every --year
    assert err.count("\n") == 1 and err.rstrip().endswith(
        f"”{year}” är inte ett årtal (skriv till exempel 2026)."
    )
    assert not out.exists()
