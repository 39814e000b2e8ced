"""A plan attachment or a walk photo the system will not copy into the data folder (a name too
long for the disk there, a full disk) or will not read (a picked file's name too long) is told
in one Swedish line naming the file and why, with nothing half-written left behind: it was a
raw OSError, or a line that did not say which file."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import PlanKind
from samverkan_desktop.services import plan_attachments, plans, walk_records
from samverkan_desktop.services.plans import PlanInput
from tests.core.test_walks_photo_long_name import _observation

FAILURES = [
    (errno.ENAMETOOLONG, "namnet är för långt"),
    (errno.ENOSPC, "disken är full"),
]
TOO_LONG = "Krisledningsplan " * 16  # 272 characters: more than a disk's 255


def _failing_copy(number: int) -> Any:
    """shutil.copyfile that writes a part of the copy, then fails as the system does."""

    def copy(source: Any, target: Any, *args: object, **kwargs: object) -> None:
        Path(target).write_bytes(b"half")
        raise OSError(number, os.strerror(number), str(target))

    return copy


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _plan(db: Database) -> int:
    return db.call(plans.create_plan, PlanInput(PlanKind.CRISIS_MANAGEMENT_PLAN, "Krisplan"))


@pytest.mark.parametrize(("number", "reason"), FAILURES)
def test_a_plan_attachment_that_cannot_be_copied_names_the_file_and_why(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, number: int, reason: str
) -> None:
    source = tmp_path / "Krisplan 2026.pdf"
    source.write_bytes(b"%PDF-1.4 plan")
    plan_id = _plan(db)
    root = tmp_path / "attachments"
    monkeypatch.setattr(shutil, "copyfile", _failing_copy(number))
    with pytest.raises(ValidationError) as raised:
        db.call(plan_attachments.attach_file, plan_id, source, root)
    assert str(raised.value) == f"”Krisplan 2026.pdf” kunde inte kopieras till datamappen: {reason}"
    assert _files(root) == []
    assert db.call(plans.get_plan, plan_id).attachments == ()


def test_a_picked_file_whose_name_is_too_long_for_the_disk_names_it(
    db: Database, tmp_path: Path
) -> None:
    plan_id = _plan(db)
    with pytest.raises(ValidationError) as raised:
        db.call(
            plan_attachments.attach_file, plan_id, tmp_path / f"{TOO_LONG}.pdf", tmp_path / "att"
        )
    assert str(raised.value) == f"”{TOO_LONG}.pdf” kan inte läsas: namnet är för långt"


@pytest.mark.parametrize(("number", "reason"), FAILURES)
def test_a_walk_photo_that_cannot_be_copied_names_the_file_and_why(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, number: int, reason: str
) -> None:
    monkeypatch.setattr(walk_records, "attachments_dir", lambda: tmp_path / "attachments")
    picture = tmp_path / "Trappan.jpg"
    Image.new("RGB", (64, 48), (40, 60, 90)).save(picture, "JPEG")
    observation = _observation(demo_db)
    before = demo_db.call(walk_records.get_observation, observation).photos
    monkeypatch.setattr(shutil, "copyfile", _failing_copy(number))
    with pytest.raises(ValidationError) as raised:
        demo_db.call(walk_records.add_photo, observation, picture)
    assert str(raised.value) == f"”Trappan.jpg” kunde inte kopieras till datamappen: {reason}"
    assert _files(tmp_path / "attachments") == []
    assert demo_db.call(walk_records.get_observation, observation).photos == before


def test_a_walk_photo_whose_name_is_too_long_for_the_disk_names_it(
    demo_db: Database, tmp_path: Path
) -> None:
    observation = _observation(demo_db)
    with pytest.raises(ValidationError) as raised:
        demo_db.call(walk_records.add_photo, observation, tmp_path / f"{TOO_LONG}.jpg")
    assert str(raised.value) == f"”{TOO_LONG}.jpg” kan inte läsas: namnet är för långt"
