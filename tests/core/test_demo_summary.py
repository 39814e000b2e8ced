"""`samverkan demo` says what it loaded: the counts of organisations, people and groups are the
whole example's. It said "16 organisationer, 22 personer, 11 grupper" (the structure's own)
while the database held 27, 41 and 12: the meetings, walks and crisis parts add their own."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from samverkan_desktop import demo
from samverkan_desktop.db import Database
from samverkan_desktop.models import Group, Organisation, Person


def test_the_summary_counts_what_the_database_holds(sqlite_db: Database) -> None:
    with sqlite_db.session() as s:
        summary = demo.load(s)
        held = {
            model: s.scalar(select(func.count()).select_from(model))
            for model in (Organisation, Person, Group)
        }
    said = re.match(r"(\d+) organisationer, (\d+) personer, (\d+) grupper, ", summary)
    assert said is not None, summary
    assert [int(n) for n in said.groups()] == [held[Organisation], held[Person], held[Group]]
    assert "överenskommelsen med polisen" in summary and "trygghetsvandringar" in summary
