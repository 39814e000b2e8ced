"""``samverkan print calendar --from DATE --to DATE --out FILE.pdf``: the meeting calendar of a
period, as the calendar's Print… makes it. A wrong date, a period ending before it starts or a
file that cannot be written is one Swedish line on stderr, exit code 1, and no file; without
dates it prints the year from today, as ``meetings list`` lists it."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.services import meetings
from tests.core.meeting_data import at, make_group
from tests.core.printed_by_cli import fill, printed_text
from tests.core.test_cli import run_cli

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

GROUP = "Lokal beredningsgrupp Östermalm"


def _meetings(db: Database) -> None:
    with db.session() as s:
        group = make_group(s, GROUP)
        for day in (dt.date(2026, 12, 8), dt.date(2027, 1, 12), dt.date(2027, 2, 9)):
            meetings.add_meeting(s, group, meetings.MeetingInput(at(day, 9), at(day, 10, 30)))


def test_the_meeting_calendar_of_the_period_given(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fill(sqlite_url, _meetings)
    text = printed_text(
        sqlite_url, capsys, tmp_path, "calendar", "--from", "2026-12-01", "--to", "2027-01-31"
    )
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert lines[0] == "Mötesplan december 2026 – januari 2027"
    months = ("December 2026", "Januari 2027", "Februari 2027")
    assert [line.split(" (v. ")[0] for line in lines if GROUP in line or line in months] == [
        "December 2026",
        "2026-12-08",
        "Januari 2027",
        "2027-01-12",
    ]  # not February's


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (
            ["--from", "1 dec", "--to", "2027-01-31"],
            "Fel: --from: ”1 dec” är inte ett datum (skriv till exempel {today}).",
        ),
        (
            ["--from", "2026-12-01", "--to", "2027-02-30"],
            "Fel: --to: ”2027-02-30” är inte ett datum (skriv till exempel {today}).",
        ),
        (
            ["--from", "2027-01-31", "--to", "2026-12-01"],
            "Fel: Slutdatum kan inte ligga före startdatum.",
        ),
    ],
)
def test_a_wrong_or_missing_date_is_one_swedish_line_and_no_file(
    options: list[str],
    said: str,
    sqlite_url: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    today: dt.date,
) -> None:
    out = tmp_path / "motesplan.pdf"
    code, printed, err = run_cli(
        capsys, "--db", sqlite_url, "print", "calendar", *options, "--out", str(out)
    )
    # A date's example is today's date.
    assert (code, printed, err) == (1, "", said.replace("{today}", today.isoformat()) + "\n")
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_file_that_cannot_be_written_is_one_swedish_line(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    period = ["--from", "2026-12-01", "--to", "2027-01-31"]
    missing = tmp_path / "saknas" / "motesplan.pdf"
    code, printed, err = run_cli(
        capsys, "--db", sqlite_url, "print", "calendar", *period, "--out", str(missing)
    )
    assert (code, printed) == (1, "")
    assert err == f"Fel: Mappen {missing.parent} finns inte.\n"
    code, _printed, err = run_cli(
        capsys, "--db", sqlite_url, "print", "calendar", *period, "--out", str(tmp_path)
    )
    assert code == 1 and err.count("\n") == 1 and str(tmp_path) in err
    assert list(tmp_path.rglob("*.pdf")) == []


def test_without_dates_it_prints_the_year_from_today(
    sqlite_url: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 12, 1))
    fill(sqlite_url, _meetings)
    text = printed_text(sqlite_url, capsys, tmp_path, "calendar")
    assert " ".join(text.splitlines()[0].split()) == "Mötesplan 1 december 2026 – 1 december 2027"
    assert text.count(GROUP) == 3  # December, January and February's meetings
