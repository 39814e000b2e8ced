"""An exercise template file with a key missing or a week count that is not whole: refused
with a Swedish line naming the key and calling it an exercise template ("övningsmall"), not
"…ingen fil med checklistmall: 'name'" nor "string indices must be integers"; nothing
imported. A week count of 2.9 was stored as 2, and ``true`` as 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.services import exercise_templates

POINT = '[[items]]\ntitle = "Kalla deltagarna"\n'


def _refused(db: Database, path: Path, content: str) -> str:
    path.write_text(content, encoding="utf-8")
    before = db.call(exercise_templates.list_templates)
    with pytest.raises(ValidationError) as refused:
        db.call(exercise_templates.import_template, path)
    assert db.call(exercise_templates.list_templates) == before
    return refused.value.message


def test_a_template_without_a_name_names_the_key(sqlite_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "mall.toml"
    assert _refused(sqlite_db, path, 'description = "Vår"\n' + POINT) == (
        f"{path} är ingen övningsmall: ”name” (mallens namn) saknas."
    )


@pytest.mark.parametrize(
    "content",
    [
        'name = "Övning"\n' + POINT + '[[items]]\nguidance = "Ring"\n',
        'name = "Övning"\nitems = [{ guidance = "Ring" }]\n',
    ],
    ids=["point without title", "points as a plain list"],
)
def test_a_point_without_a_title_names_the_key(
    content: str, sqlite_db: Database, tmp_path: Path
) -> None:
    said = _refused(sqlite_db, tmp_path / "mall.toml", content)
    assert said.endswith("i övningsmallen saknar ”title” (punktens text).")
    assert "checklistmall" not in said


def test_points_not_written_as_items_are_refused(sqlite_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "mall.toml"
    assert _refused(sqlite_db, path, 'name = "Övning"\nitems = "inga"\n') == (
        f"{path}: punkterna ska skrivas som [[items]]."
    )


@pytest.mark.parametrize(
    ("weeks", "shown"), [("2.9", "2.9"), ("true", "true"), ("-1", "-1"), ('"2"', "'2'")]
)
def test_weeks_before_must_be_a_whole_count(
    weeks: str, shown: str, sqlite_db: Database, tmp_path: Path
) -> None:
    content = f'name = "Övning"\n{POINT}{POINT}weeks_before = {weeks}\n'
    assert _refused(sqlite_db, tmp_path / "mall.toml", content) == (
        f"Punkt 2: ”weeks_before” ska vara ett helt antal veckor, 0 eller fler (inte {shown})."
    )


def test_whole_weeks_are_stored_as_written(sqlite_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "mall.toml"
    path.write_text(
        f'name = "Övning"\n{POINT}weeks_before = 6\n{POINT}weeks_before = 0\n{POINT}', "utf-8"
    )
    template_id = sqlite_db.call(exercise_templates.import_template, path)
    items = sqlite_db.call(exercise_templates.get_template_items, template_id)
    assert [item.weeks_before for item in items] == [6, 0, None]
