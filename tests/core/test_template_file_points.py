"""A checklist (safety walk) template file with a point the import cannot take whole: refused
with a Swedish line naming the point and what is wrong, nothing imported. A 200 000-character
title was cut to 200 unseen; ``guidance = ["a", "b"]`` was "Ett oväntat fel inträffade:
'list' object has no attribute 'strip'"."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.services import checklists


def _refused(db: Database, path: Path, content: str) -> str:
    path.write_text(content, encoding="utf-8")
    before = db.call(checklists.list_templates)
    with pytest.raises(ValidationError) as refused:
        db.call(checklists.import_template, path)
    assert db.call(checklists.list_templates) == before
    return refused.value.message


def test_a_point_title_longer_than_the_column_is_refused_not_cut(
    sqlite_db: Database, tmp_path: Path
) -> None:
    title = "Belysning" + "x" * 200_000
    content = f'name = "Kvällsvandring"\n[[items]]\ntitle = "Skräp"\n[[items]]\ntitle = "{title}"\n'
    message = _refused(sqlite_db, tmp_path / "lang.toml", content)
    assert message == (
        f"Punkt 2 (”{title[:40]}…”) är för lång: högst 200 tecken, den har {len(title)}."
    )


def test_a_title_of_200_characters_is_kept_whole(sqlite_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "mall.toml"
    path.write_text(f'name = "Kvällsvandring"\n[[items]]\ntitle = "{"å" * 200}"\n', "utf-8")
    detail = sqlite_db.call(
        checklists.get_template, sqlite_db.call(checklists.import_template, path)
    )
    assert [item.title for item in detail.items] == ["å" * 200]


@pytest.mark.parametrize(
    ("point", "said"),
    [
        ('title = "Ljus"\nguidance = ["a", "b"]', "Punkt 2: ”guidance” ska vara en text."),
        ("title = true", "Punkt 2: ”title” ska vara en text."),
        ('title = "Ljus"\ncode = { x = 1 }', "Punkt 2: ”code” ska vara en text."),
    ],
)
def test_a_point_key_that_is_not_a_text_is_named(
    point: str, said: str, sqlite_db: Database, tmp_path: Path
) -> None:
    content = f'name = "Kvällsvandring"\n[[items]]\ntitle = "Skräp"\n[[items]]\n{point}\n'
    assert _refused(sqlite_db, tmp_path / "mall.toml", content) == said


def test_a_number_as_guidance_is_read_as_its_text(sqlite_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "mall.toml"
    path.write_text(
        'name = "K"\ndescription = 2026\n[[items]]\ntitle = "Ljus"\nguidance = 12\n', "utf-8"
    )
    detail = sqlite_db.call(
        checklists.get_template, sqlite_db.call(checklists.import_template, path)
    )
    assert (detail.description, detail.items[0].guidance) == ("2026", "12")
