"""A photo whose file name is longer than the 300 characters kept was cut mid-name: "….jp" or
no extension at all, so the name no longer said it was a JPEG. The start of the name is shortened
instead, its extension kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from samverkan_desktop import photos
from samverkan_desktop.db import Database
from samverkan_desktop.services import walk_actions, walk_reading, walk_records


def _observation(db: Database) -> int:
    tessin = next(w.id for w in db.call(walk_reading.list_walks) if w.place == "Tessinparken")
    return db.call(walk_actions.list_for_walk, tessin)[0].observation_id


def test_a_long_photo_name_keeps_its_extension(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    picture = tmp_path / "IMG_0001.jpeg"
    Image.new("RGB", (64, 48), (40, 60, 90)).save(picture, "JPEG")
    # A disk holds names of at most 255 bytes here, longer elsewhere (a network share, a
    # synced folder): the long name is given, the picture read from the short one.
    real_store = photos.store_photo
    monkeypatch.setattr(
        photos, "store_photo", lambda _source, root, folder: real_store(picture, root, folder)
    )
    long_name = "Trasig armatur vid trappan mot Tessinparken " * 7 + "kväll.jpeg"  # 318
    observation = _observation(demo_db)
    demo_db.call(walk_records.add_photo, observation, tmp_path / long_name)
    (stored,) = demo_db.call(walk_records.get_observation, observation).photos
    assert stored.file_name.endswith(".jpeg")
    assert len(stored.file_name) == 300
    assert stored.file_name.startswith("Trasig armatur vid trappan mot Tessinparken Trasig")


def test_a_name_that_fits_is_kept_whole(demo_db: Database, tmp_path: Path) -> None:
    picture = tmp_path / "Tessinparken, trappan.JPG"
    Image.new("RGB", (64, 48), (40, 60, 90)).save(picture, "JPEG")
    observation = _observation(demo_db)
    demo_db.call(walk_records.add_photo, observation, picture)
    (stored,) = demo_db.call(walk_records.get_observation, observation).photos
    assert stored.file_name == "Tessinparken, trappan.JPG"
