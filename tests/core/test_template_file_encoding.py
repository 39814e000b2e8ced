"""A template file the imports cannot read as text (safety-walk checklists and exercise
templates share one reader): a file saved in Windows' encoding, or not text at all, is said to
be not UTF-8 in Swedish, not "'utf-8' codec can't decode byte 0xe4 in position 10"; a line
that is not TOML is named by its number in Swedish; nothing is imported. A UTF-8 file with a
byte-order mark (Notepad's "UTF-8 with BOM") is imported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.services import checklists, exercise_templates

IMPORTS: dict[str, tuple[Callable[..., int], Callable[..., Any]]] = {
    "walk checklist": (checklists.import_template, checklists.list_templates),
    "exercise template": (exercise_templates.import_template, exercise_templates.list_templates),
}
SOUND = 'name = "Kvällsvandring"\n[[items]]\ntitle = "Belysning på gångvägen"\n'


def _refused(db: Database, kind: str, path: Path) -> str:
    importer, listed = IMPORTS[kind]
    before = db.call(listed)
    with pytest.raises(ValidationError) as refused:
        db.call(importer, path)
    assert db.call(listed) == before
    return refused.value.message


@pytest.mark.parametrize("kind", sorted(IMPORTS))
@pytest.mark.parametrize(
    "content",
    [SOUND.encode("cp1252"), bytes(range(256)) * 4],
    ids=["saved in cp1252", "binary"],
)
def test_a_file_that_is_not_utf8_text_is_said_so(
    kind: str, content: bytes, sqlite_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "mall.toml"
    path.write_bytes(content)
    assert _refused(sqlite_db, kind, path) == (
        f"Filen {path} är inte sparad som UTF-8-text; spara den igen som UTF-8 (i Anteckningar: "
        "Spara som, Kodning UTF-8) och importera den igen."
    )


@pytest.mark.parametrize("kind", sorted(IMPORTS))
def test_a_line_that_is_not_toml_is_named(kind: str, sqlite_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "mall.toml"
    path.write_text(SOUND + "[[items]]\ntitle = Skräp utan citattecken\n", encoding="utf-8")
    assert _refused(sqlite_db, kind, path) == (
        f"{path}: rad 5 går inte att läsa (inte TOML); rätta den i en textredigerare."
    )


@pytest.mark.parametrize("kind", sorted(IMPORTS))
def test_a_utf8_file_with_a_byte_order_mark_is_imported(
    kind: str, sqlite_db: Database, tmp_path: Path
) -> None:
    importer, listed = IMPORTS[kind]
    path = tmp_path / "mall.toml"
    path.write_bytes(SOUND.encode("utf-8-sig"))
    sqlite_db.call(importer, path)
    assert "Kvällsvandring" in [row.name for row in sqlite_db.call(listed)]
