"""Bullet lines in the minutes, the council report and the follow-up are laid out as every
other paragraph of the printouts: a web address too long for the line breaks after a slash
(ReportLab's plain paragraph cut it anywhere, "…/utlaning-och-ater" / "lamning…"), and an "&"
in it or in plain text prints as written."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.platypus import Flowable

from samverkan_desktop.reports import style
from samverkan_desktop.reports.council_report import _numbered
from samverkan_desktop.reports.follow_up import written_part
from samverkan_desktop.reports.meeting_parts import text_block

SHORT = "https://intranat.stockholm.se/larm/?a=1&b=2"
LONG = (
    "https://intranat.stockholm.se/larm/rutiner-for-trygghetslarm/"
    "utlaning-och-aterlamning-av-trygghetslarm-i-receptionen/?a=1&b=2"
)
ITEMS = (f"Se {SHORT}", "Polis & räddningstjänst kallas", f"Rutinen: {LONG}")


def _lines(story: list[Flowable], tmp_path: Path) -> list[str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "out.pdf"
    path.write_bytes(style.Document("Test").build(story))
    done = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    )
    return [line.strip() for line in done.stdout.splitlines() if line.strip()]


def _check(lines: list[str], marks: tuple[str, str, str] = ("•", "•", "•")) -> None:
    """The three lines of ITEMS as printed, each after its mark."""
    assert f"{marks[0]} {ITEMS[0]}" in lines, lines
    assert f"{marks[1]} {ITEMS[1]}" in lines, lines
    start = lines.index(next(line for line in lines if line.startswith(f"{marks[2]} Rutinen:")))
    end = next(n for n in range(start, len(lines)) if lines[n].endswith("&b=2"))
    # Read together it is the address exactly, its lines broken after slashes only.
    read = "".join(lines[start : end + 1]).replace(" ", "")
    assert read == f"{marks[2]}{ITEMS[2]}".replace(" ", ""), lines
    assert all(line.endswith(("/", "Rutinen:")) for line in lines[start:end]), lines


def test_the_minutes_bullets_keep_addresses_and_ampersands(tmp_path: Path) -> None:
    _check(_lines(text_block("\n".join(f"- {item}" for item in ITEMS)), tmp_path))


def test_the_follow_ups_written_lines_keep_addresses_and_ampersands(tmp_path: Path) -> None:
    _check(_lines([written_part("Det här har vi gjort", ITEMS)], tmp_path))


def test_the_council_reports_numbered_lines_keep_addresses_and_ampersands(tmp_path: Path) -> None:
    _check(_lines(_numbered(ITEMS), tmp_path), ("1.", "2.", "3."))
