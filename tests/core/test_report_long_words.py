"""A word too wide for its column ("samverkansöverenskommelsen" in the actions list's first
column, "Utbildningsförvaltningen" as a responsible organisation) is broken as a reader expects:
after a slash in it, else with a hyphen at each line's end. ReportLab split it anywhere without
a mark ("Sturep" / "lan/Östermalmstorg", "sam" / "verkansöverenskommelsen")."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from samverkan_desktop.reports import style
from samverkan_desktop.reports.style import STYLES, hyphenated


def _lines(story: list, tmp_path: Path) -> list[str]:  # type: ignore[type-arg]
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "out.pdf"
    path.write_bytes(style.Document("Test").build(story))
    done = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    )
    return [line.strip() for line in done.stdout.splitlines() if line.strip()]


def test_a_too_long_word_in_a_cell_breaks_with_a_hyphen(tmp_path: Path) -> None:
    rows = [
        ["Förbereda revideringen av samverkansöverenskommelsen"],
        [style.markup("<b>Revidera samverkansöverenskommelsen</b>", "cell")],
        ["Johan Ek · Utbildningsförvaltningen"],
    ]
    lines = _lines([style.table(["Åtgärd"], rows, [28])], tmp_path)
    assert lines[1:-1] == [
        "Förbereda",
        "revideringen av",
        "samverkansöve-",
        "renskommelsen",
        "Revidera",
        "samverkansöve-",
        "renskommelsen",
        "Johan Ek ·",
        "Utbildningsför-",
        "valtningen",
    ]


def test_a_too_long_name_breaks_after_its_slash(tmp_path: Path) -> None:
    lines = _lines(
        [style.table(["Ursprung"], [["Möte, Platssamverkan Stureplan/Östermalmstorg"]], [36])],
        tmp_path,
    )
    assert "Stureplan/" in lines and "Östermalmstorg" in lines, lines


def test_a_word_that_fits_is_left_whole(tmp_path: Path) -> None:
    lines = _lines(
        [style.paragraph("Förbereda revideringen av samverkansöverenskommelsen, Stureplan/Gärdet")],
        tmp_path,
    )
    assert lines[0] == "Förbereda revideringen av samverkansöverenskommelsen, Stureplan/Gärdet"


def test_hyphenation_keeps_a_few_letters_together_and_prefers_a_syllable() -> None:
    cell = STYLES["cell"]
    pieces = hyphenated("Utbildningsförvaltningen", cell.fontName, cell.fontSize, 70)
    assert pieces == ["Utbildningsför-", "valtningen"]
    assert hyphenated("kort", cell.fontName, cell.fontSize, 70) == ["kort"]
    # Not a word of letters (an e-mail address): left to ReportLab.
    address = "ingrid.sjoberg.samordnare@example.se"
    assert hyphenated(address, cell.fontName, cell.fontSize, 70) == [address]
