"""``samverkan backup --out FILE``: a name without an ending gets .sqlite3, so Arkiv →
Säkerhetskopior → "Återställ från en fil…", which lists the backups' endings first, finds it."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan_desktop import backup
from tests.core.test_cli import run_cli


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("kopia", "kopia.sqlite3"),
        ("kopia 1.12", "kopia 1.12.sqlite3"),  # ".12" is a date, not an ending
        ("kopia.db", "kopia.db"),  # an ending given is kept
        ("kopia.bak", "kopia.bak"),
    ],
)
def test_a_backup_without_an_ending_gets_sqlite3(
    sqlite_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    typed: str,
    written: str,
) -> None:
    code, out, err = run_cli(capsys, "--db", sqlite_url, "backup", "--out", str(tmp_path / typed))
    assert (code, err) == (0, "")
    assert out == f"Säkerhetskopian sparades: {tmp_path / written}\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("kopia")] == [written]
    backup.check_restorable(tmp_path / written)


def test_a_second_backup_to_the_same_name_is_refused_under_the_name_written(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(capsys, "--db", sqlite_url, "backup", "--out", str(tmp_path / "kopia"))[0] == 0
    code, out, err = run_cli(capsys, "--db", sqlite_url, "backup", "--out", str(tmp_path / "kopia"))
    assert (code, out) == (1, "")
    assert err == f"Fel: Filen {tmp_path / 'kopia.sqlite3'} finns redan; välj ett annat namn.\n"


def test_a_folder_is_still_refused_as_a_folder(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "--db", sqlite_url, "backup", "--out", str(tmp_path))
    assert (code, out) == (1, "")
    assert err == f"Fel: {tmp_path} är en mapp; ange en fil i den.\n"
    assert not tmp_path.with_name(tmp_path.name + ".sqlite3").exists()


def test_what_is_there_already_keeps_its_name_and_is_refused(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not a copy beside it under another name: a file "kopia" (as /dev/null) stays as named."""
    kept = tmp_path / "kopia"
    kept.write_text("anteckningar")
    code, out, err = run_cli(capsys, "--db", sqlite_url, "backup", "--out", str(kept))
    assert (code, out) == (1, "")
    assert err == f"Fel: Filen {kept} finns redan; välj ett annat namn.\n"
    assert kept.read_text() == "anteckningar"
    assert not (tmp_path / "kopia.sqlite3").exists()


def test_restore_finds_the_backup_by_the_name_it_was_given(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typed = str(tmp_path / "kopia")
    assert run_cli(capsys, "--db", sqlite_url, "backup", "--out", typed)[0] == 0
    code, out, err = run_cli(capsys, "--db", sqlite_url, "restore", typed)
    assert (code, err) == (0, "")
    assert f"återställdes från {tmp_path / 'kopia.sqlite3'}." in out
