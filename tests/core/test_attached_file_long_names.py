"""A file whose name is longer than its column (a walk photo, a plan's attachment) is kept, its
name shortened with the extension kept: the coordinator cannot rename the file they picked, and a
plan attachment's name was cut mid-extension ("….pd"), so it no longer opened as a PDF."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.models import ObservationPhoto, PlanAttachment, PlanKind
from samverkan_desktop.services import plan_attachments, plans
from samverkan_desktop.services.plans import PlanInput
from samverkan_desktop.services.validation import column_length, fitted_file_name

START = "Krisledningsplan för Södermalms stadsdelsområde, reviderad efter övningen "
LONG_PDF = (START * 6)[:396] + ".pdf"  # 400 characters


@pytest.mark.parametrize("column", [ObservationPhoto.file_name, PlanAttachment.file_name])
def test_a_400_character_name_is_cut_to_its_column_keeping_the_extension(column: Any) -> None:
    fitted = fitted_file_name(LONG_PDF, column)
    assert len(LONG_PDF) == 400
    assert len(fitted) == column_length(column)
    assert fitted.endswith(".pdf")
    assert fitted.startswith(START)


def test_a_long_name_without_an_extension_is_only_cut() -> None:
    name = "Anteckningar." + "x" * 387  # a dot, but no extension after it
    assert fitted_file_name(name, PlanAttachment.file_name) == name[:255]
    assert fitted_file_name("Plan.pdf", PlanAttachment.file_name) == "Plan.pdf"


def test_a_plan_attachment_with_a_400_character_name_is_kept_and_opens_as_a_pdf(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A disk here holds names of at most 255 bytes; a network share or synced folder may hold
    # longer ones: the long name is given, the content read from a short file.
    on_disk = tmp_path / "plan.pdf"
    on_disk.write_bytes(b"%PDF-1.4 plan")
    given = tmp_path / LONG_PDF

    def read_from(method: Any) -> Any:
        return lambda path, *args, **kwargs: method(
            on_disk if path == given else path, *args, **kwargs
        )

    monkeypatch.setattr(Path, "is_file", read_from(Path.is_file))
    monkeypatch.setattr(Path, "stat", read_from(Path.stat))
    real_copy = shutil.copyfile
    monkeypatch.setattr(
        shutil,
        "copyfile",
        lambda source, target: real_copy(on_disk if source == given else source, target),
    )
    root = tmp_path / "attachments"
    today = dt.date(2021, 3, 15)
    with db.session() as session:
        plan_id = plans.create_plan(
            session, PlanInput(PlanKind.CRISIS_MANAGEMENT_PLAN, "Krisledningsplan")
        )
        attachment_id = plan_attachments.attach_file(session, plan_id, given, root, today=today)
        (attachment,) = plans.get_plan(session, plan_id, today).attachments
        copy = plan_attachments.attachment_path(session, attachment_id, root)
    assert attachment.file_name == LONG_PDF[:251] + ".pdf"
    assert copy.suffix == ".pdf" and copy.read_bytes() == b"%PDF-1.4 plan"
