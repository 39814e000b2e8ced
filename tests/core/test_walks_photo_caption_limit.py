"""A photo's caption longer than the column held was cut at 300 characters without a word:
the end of what the coordinator wrote was gone from the report. It is refused, naming the limit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.services import walk_actions, walk_reading, walk_records

LONG = "Trasig armatur vid trappan, " * 11  # 308 characters


def _observation(db: Database) -> int:
    tessin = next(w.id for w in db.call(walk_reading.list_walks) if w.place == "Tessinparken")
    return db.call(walk_actions.list_for_walk, tessin)[0].observation_id


def _photo(folder: Path) -> Path:
    path = folder / "IMG_0001.JPG"
    Image.new("RGB", (64, 48), (40, 60, 90)).save(path, "JPEG")
    return path


def test_a_too_long_caption_is_refused_not_cut(demo_db: Database, tmp_path: Path) -> None:
    observation = _observation(demo_db)
    photo = demo_db.call(walk_records.add_photo, observation, _photo(tmp_path), "Lampan")
    with pytest.raises(ValidationError, match="högst 300 tecken") as refused:
        demo_db.call(walk_records.set_photo_caption, photo, LONG)
    assert refused.value.field == "caption"
    stored = demo_db.call(walk_records.get_observation, observation).photos
    assert [p.caption for p in stored] == ["Lampan"]  # the earlier caption stands

    exact = LONG.strip()[:300]
    demo_db.call(walk_records.set_photo_caption, photo, exact)  # the limit itself is fine
    stored = demo_db.call(walk_records.get_observation, observation).photos
    assert [p.caption for p in stored] == [exact.strip()]


def test_a_new_photo_with_a_too_long_caption_is_refused(demo_db: Database, tmp_path: Path) -> None:
    observation = _observation(demo_db)
    with pytest.raises(ValidationError, match="Bildtexten är för lång"):
        demo_db.call(walk_records.add_photo, observation, _photo(tmp_path), LONG)
    assert not demo_db.call(walk_records.get_observation, observation).photos
