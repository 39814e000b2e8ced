"""A photo without a caption stands bare under its observation in the walk report and in a
letter: they printed the camera's file name ("IMG_2041.jpg") as if it were a caption."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image

from samverkan_desktop.db import Database
from samverkan_desktop.reports import walk_letter, walk_report
from samverkan_desktop.services import walk_actions, walk_reading, walk_records
from tests.core.test_walks_cli import needs_pdftotext


def _text(pdf: bytes, folder: Path) -> str:
    path = folder / "out.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@needs_pdftotext
def test_a_photo_without_caption_prints_no_file_name(demo_db: Database, tmp_path: Path) -> None:
    tessin = next(w.id for w in demo_db.call(walk_reading.list_walks) if w.place == "Tessinparken")
    action = next(
        a
        for a in demo_db.call(walk_actions.list_for_walk, tessin)
        if a.responsible_organisation == "Trafikkontoret"
    )
    for name, caption in (("IMG_2041.jpg", None), ("IMG_2042.jpg", "Trasig lampa vid entrén")):
        source = tmp_path / name
        Image.new("RGB", (640, 480), (40, 90, 160)).save(source, "JPEG")
        demo_db.call(walk_records.add_photo, action.observation_id, source, caption)

    report = _text(demo_db.call(walk_report.build, tessin), tmp_path)
    letter = _text(
        demo_db.call(walk_letter.build, tessin, action.responsible_organisation_id), tmp_path
    )
    for text in (report, letter):
        assert "Trasig lampa vid entrén" in text  # a caption is still printed
        assert "IMG_2041" not in text
        assert "IMG_2042" not in text
