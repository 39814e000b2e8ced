"""``--out`` names a file whose ending says what is in it: a printout refused "x.txt" (it had
silently written a PDF into a .txt file the user's computer then opened as text), as are the
calendar and audit exports with another ending than .ics/.csv. One Swedish line naming the file
and the ending it needs, exit 1, nothing written; the right ending in any case is accepted."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan_desktop.db import open_database
from tests.core.test_cli import run_cli
from tests.core.test_cli_bad_input import dump

COMMANDS = {
    ".pdf": ["print", "crisiscontacts"],
    ".ics": ["export", "ics"],
    ".csv": ["audit", "export"],
}


def _run(
    capsys: pytest.CaptureFixture[str], url: str, ending: str, out: Path
) -> tuple[int, str, str]:
    return run_cli(capsys, "--db", url, *COMMANDS[ending], "--out", str(out))


@pytest.mark.parametrize("ending", list(COMMANDS))
@pytest.mark.parametrize("name", ["utskrift.txt", "utskrift", "utskrift.pdf.txt"])
def test_an_out_file_with_the_wrong_ending_is_refused(
    ending: str,
    name: str,
    demo_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / name
    db = open_database(demo_url)
    before = dump(db)
    code, printed, error = _run(capsys, demo_url, ending, out)
    assert (code, printed, error.strip()) == (
        1,
        "",
        f"Fel: Filnamnet {out} måste sluta på {ending}.",
    )
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".utskrift")]
    assert dump(db) == before
    db.dispose()


def test_an_existing_file_with_the_wrong_ending_is_left_as_it_was(
    demo_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    notes = tmp_path / "anteckningar.txt"
    notes.write_text("mina anteckningar")
    code, _printed, error = _run(capsys, demo_url, ".pdf", notes)
    assert code == 1 and "måste sluta på .pdf" in error
    assert notes.read_text() == "mina anteckningar"


@pytest.mark.parametrize("ending", list(COMMANDS))
def test_the_right_ending_in_capitals_is_accepted(
    ending: str,
    demo_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / f"UTSKRIFT{ending.upper()}"
    code, _printed, error = _run(capsys, demo_url, ending, out)
    assert code == 0, error
    assert out.stat().st_size > 0
