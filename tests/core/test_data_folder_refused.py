"""Samverkan's own folder that cannot be made (a read-only home, a file in its way): one
Swedish line saying which and what to do, from the command line and at the window's start;
it was a traceback, and the window never appeared."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.test_cli import run_cli


@pytest.fixture
def blocked_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    notes = tmp_path / "anteckningar.txt"
    notes.write_text("Minnesanteckningar\n")
    home = notes / "Samverkan"  # a file where a folder must be
    monkeypatch.setenv("SAMVERKAN_HOME", str(home))
    monkeypatch.delenv("SAMVERKAN_DB", raising=False)
    return home


def refusal(home: Path) -> str:
    return (
        f"Samverkans mapp {home} kan inte skapas: en del av sökvägen är en fil, inte en mapp. "
        "Ange en mapp som du får skriva i med SAMVERKAN_HOME."
    )


def test_the_command_line_says_which_folder_in_one_line(
    blocked_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "groups", "list")
    assert (code, out, err) == (1, "", f"Fel: {refusal(blocked_home)}\n")


def test_a_database_named_by_samverkan_db_needs_no_data_folder(
    blocked_home: Path, sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from samverkan_desktop.paths import default_database_url

    monkeypatch.setenv("SAMVERKAN_DB", sqlite_url)
    assert default_database_url() == sqlite_url
