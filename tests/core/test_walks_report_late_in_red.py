"""The walk report's "Fortfarande öppet" marks an action past its due day "försenad" in red, as
the checklist, the action lists and the report's own action table do (it was black there)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.reports import walk_report
from samverkan_desktop.services import places, walk_steps
from samverkan_desktop.services import walks as walk_service

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="needs pdftotext and pdftoppm",
)
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<')


def _word_colours(pdf: Path, word: str, tmp_path: Path) -> list[tuple[int, int, int]]:
    """The darkest pixel of each ``word`` on the pages (rendered at 72 dpi: 1 px = 1 pt)."""
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    colours: list[tuple[int, int, int]] = []
    for number, page in enumerate(boxes.split("<page ")[1:], start=1):
        hits = [m for m in WORD.finditer(page) if m.group(5) == word]
        if not hits:
            continue
        prefix = tmp_path / f"p{number}"
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "72",
                "-f",
                str(number),
                "-l",
                str(number),
                "-png",
                str(pdf),
                str(prefix),
            ],
            check=True,
        )
        image = Image.open(next(tmp_path.glob(f"p{number}*.png"))).convert("RGB")
        for hit in hits:
            x0, y0, x1, y1 = (float(v) for v in hit.groups()[:4])
            pixels: list[tuple[int, int, int]] = [
                image.getpixel((x, y))  # type: ignore[misc]
                for x in range(int(x0), int(x1) + 1)
                for y in range(int(y0), int(y1) + 1)
            ]
            colours.append(min(pixels, key=sum))
    return colours


def test_a_late_action_still_open_says_so_in_red(demo_db: Database, tmp_path: Path) -> None:
    today = clock.today()
    place = next(p.id for p in demo_db.call(places.list_places) if p.name == "Gyllenstiernsgatan")
    latest = demo_db.call(walk_service.create_walk, walk_service.WalkInput(place, today))
    demo_db.call(walk_steps.mark_walked, latest, today)
    pdf = tmp_path / "rapport.pdf"
    pdf.write_bytes(demo_db.call(walk_report.build, latest, today))
    colours = _word_colours(pdf, "försenad", tmp_path)
    assert colours  # the 2021 walk's open actions are long past due
    for red, green, blue in colours:
        assert red > 120 and red > green + 60 and red > blue + 60, (red, green, blue)
