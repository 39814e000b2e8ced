"""``groups list --standing``: the window's status filter for a script. A group whose term ran
out is ``term_over``, not among the active; ``--status`` still asks the stored status."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.services import group_editing, groups
from tests.core.test_cli import run_cli

SCHOOL = "Arbetsgrupp skolan som brottsplats"


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """SQLite only: the service's filter is the window's, tested there."""
    return sqlite_db


def _names(db: Database, capsys: pytest.CaptureFixture[str], *words: str) -> list[str]:
    code, out, err = run_cli(capsys, "--db", db.url, "groups", "list", "--json", *words)
    assert code == 0, err
    return [row["name"] for row in json.loads(out)]


def test_standing_filters_as_the_window_and_status_as_stored(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    school = next(g for g in demo_db.call(groups.list_groups) if g.name == SCHOOL)
    detail = demo_db.call(groups.get_group, school.id)
    ran_out = clock.today() - dt.timedelta(days=20)
    demo_db.call(
        group_editing.update_group,
        school.id,
        dataclasses.replace(detail.to_input(), term_until=ran_out),
    )
    assert _names(demo_db, capsys, "--standing", "term_over") == [SCHOOL]
    assert SCHOOL not in _names(demo_db, capsys, "--standing", "active")
    assert SCHOOL in _names(demo_db, capsys, "--status", "active")  # stored: still "active"
