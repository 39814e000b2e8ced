"""The example district shows what a coordinator would write, not the developers' notes: no
text in it names the source paper it was taken from (an exercise's notes read "Övning för
krisledningen genomförd i februari 2021 (seed 000).")."""

from __future__ import annotations

import re

from sqlalchemy import String, Text, select

from samverkan_desktop.db import Database
from samverkan_desktop.models import Base

SOURCE_NOTE = re.compile(r"\bseed\s*\d{3}\b", re.IGNORECASE)


def test_no_text_in_the_demo_names_its_source_paper(demo_db: Database) -> None:
    found = []
    with demo_db.session() as s:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text)]
            if not columns:
                continue
            for row in s.execute(select(*columns)):
                found += [
                    f"{table.name}: {value}"
                    for value in row
                    if isinstance(value, str) and SOURCE_NOTE.search(value)
                ]
    assert found == []
