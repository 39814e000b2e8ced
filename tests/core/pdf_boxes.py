"""Where a printout's words stand on the page (pdftotext -bbox), for tests of its layout."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path


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
