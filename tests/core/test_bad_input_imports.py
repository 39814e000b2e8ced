"""Property-based tests of the template imports (safety-walk checklists, exercise templates):
whatever file is chosen, the import creates a template or raises a DomainError with a one-line
message, and a refused file leaves the database as it was."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from samverkan_desktop.db import Database
from samverkan_desktop.errors import DomainError
from samverkan_desktop.models import Base
from samverkan_desktop.services import checklists, exercise_templates

IMPORTS: dict[str, tuple[Callable[..., int], tuple[str, ...]]] = {
    "checklist": (checklists.import_template, ("checklist_templates", "checklist_template_items")),
    "exercise": (
        exercise_templates.import_template,
        ("exercise_templates", "exercise_template_items"),
    ),
}
scalars = st.one_of(
    st.text(max_size=30),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.booleans(),
    st.just(""),
    st.floats(allow_nan=False, allow_infinity=False),
)
item = st.dictionaries(
    st.sampled_from(["code", "title", "guidance", "weeks_before", "x"]), scalars, max_size=4
)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a valid TOML basic string
    return repr(value)


def _toml(name: Any, description: Any, items: list[Any]) -> str:
    lines = []
    if name is not None:
        lines.append(f"name = {_toml_value(name)}")
    if description is not None:
        lines.append(f"description = {_toml_value(description)}")
    for entry in items:
        if isinstance(entry, dict):
            lines.append("[[items]]")
            lines += [f"{key} = {_toml_value(value)}" for key, value in entry.items()]
    return "\n".join(lines) + "\n"


files = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=200).map(str.encode),
    st.builds(
        _toml,
        st.one_of(st.none(), scalars),
        st.one_of(st.none(), scalars),
        st.lists(item, max_size=4),
    ).map(str.encode),
    st.just(b'name = "x"\nitems = [1, "two"]\n'),
    st.just(b'name = "x"\nitems = "none"\n'),
)


def _counts(db: Database, tables: tuple[str, ...]) -> list[int]:
    with db.engine.connect() as conn:
        return [
            conn.execute(select(func.count()).select_from(Base.metadata.tables[t])).scalar_one()
            for t in tables
        ]


@pytest.mark.parametrize("kind", sorted(IMPORTS))
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(content=files)
def test_an_import_creates_a_template_or_refuses_with_one_line(
    sqlite_db: Database, kind: str, content: bytes
) -> None:
    importer, tables = IMPORTS[kind]
    before = _counts(sqlite_db, tables)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mall.toml"
        path.write_bytes(content)
        try:
            sqlite_db.call(importer, path)
        except DomainError as error:
            assert error.message.strip() and "\n" not in error.message.strip(), error.message
            assert _counts(sqlite_db, tables) == before
            return
    assert _counts(sqlite_db, tables)[0] == before[0] + 1


VALID = {
    "checklist": 'name = "Kvällsvandring"\n[[items]]\ncode = "lighting"\ntitle = "Belysning"\n',
    "exercise": 'name = "Övning"\ndescription = 2026\n[[items]]\ntitle = "Kalla"\nguidance = 1\n',
}


@pytest.mark.parametrize("kind", sorted(IMPORTS))
def test_a_sound_file_is_imported(sqlite_db: Database, kind: str, tmp_path: Path) -> None:
    importer, tables = IMPORTS[kind]
    path = tmp_path / "mall.toml"
    path.write_text(VALID[kind], encoding="utf-8")
    before = _counts(sqlite_db, tables)
    assert sqlite_db.call(importer, path) > 0
    assert [after - was for after, was in zip(_counts(sqlite_db, tables), before, strict=True)] == [
        1,
        1,
    ]
