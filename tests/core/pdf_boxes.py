"""Where a printout's words stand on the page (pdftotext -bbox), for tests of its layout."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from PIL import Image


def air_above(pdf: bytes, tmp_path: Path, word: str) -> float:
    """Points between the first ``word`` and the lowest word above it (the table's last row
    above a closing note)."""
    path = tmp_path / "boxes.pdf"
    path.write_bytes(pdf)
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = [
        (float(top), float(bottom), text)
        for top, bottom, text in re.findall(
            r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', boxes
        )
    ]
    top = next(top for top, _bottom, text in words if text == word)
    return top - max(bottom for _top, bottom, _text in words if bottom < top)


WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<')


def word_colours(pdf: Path, word: str, tmp_path: Path) -> list[tuple[int, int, int]]:
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


def _page_words(pdf: bytes, tmp_path: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Each page's words in reading order: (xMin, yMin, xMax, yMax, text)."""
    path = tmp_path / "boxes.pdf"
    path.write_bytes(pdf)
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        [(float(a), float(b), float(c), float(d), text) for a, b, c, d, text in WORD.findall(page)]
        for page in boxes.split("<page ")[1:]
    ]


def name_over_organisation(pdf: bytes, tmp_path: Path, name: str, organisation: str) -> int:
    """Check that every time the printout names ``name`` the name stands alone on its line of
    the cell (no " · organisation" after it) and ``organisation`` starts the next line under it,
    in smaller type; return how many times it was named."""
    count = len(name.split())
    org_word = organisation.split()[0]
    found = 0
    for page in _page_words(pdf, tmp_path):
        for n in range(len(page) - count + 1):
            run = page[n : n + count]
            if [w[4] for w in run] != name.split() or any(abs(w[1] - run[0][1]) > 1 for w in run):
                continue
            found += 1
            left, top, _right, bottom, _text = run[0]
            end = run[-1][2]
            after = [w for w in page if abs(w[1] - top) < 1 and 0 <= w[0] - end < 8]
            assert not after, f"{name!r} is followed on its line by {after[0][4]!r}"
            under = [w for w in page if w[4] == org_word and abs(w[0] - left) < 1 and w[1] > top]
            assert under, f"no {org_word!r} under {name!r}"
            org = min(under, key=lambda w: w[1])
            assert org[1] - bottom < 4, f"{org_word!r} is not the line under {name!r}"
            assert org[3] - org[1] < bottom - top, f"{org_word!r} is not smaller than the name"
    return found
