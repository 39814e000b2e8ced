"""swedish order indexes: the Actions list sorted by title reads a page along an index

Revision ID: 0019_swedish_order_indexes
Revises: 0018_composed_text
Create Date: 2026-12-01

The Actions list sorts by title in Swedish order ("…, Zetterberg, Åberg, Ängby, Öberg", case
aside): in SQL by ``swedish_order.sql_sort_key(title)``, a chain of replace() under lower().
Worked out for each of a city's 100,000 actions it took a fifth of a second per page; an index
on the expression (and the id, which ends every order) gives the first page at once, both ways.
SQLite and PostgreSQL use it only when the query's expression is the same text: the letters
are written here as they were when the index was made, and a test (tests/core/
test_action_list_swedish.py) fails if the query stops using it. On SQLite lower() is the
program's own (db.py, Python's): a title written by another tool is keyed by SQLite's own,
which leaves capitals outside A-Z and the replaced letters as they are ("Çelik" may then sort
apart from "çelik"); nothing else is affected.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019_swedish_order_indexes"
down_revision: str | None = "0018_composed_text"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# swedish_order._SQL_LETTERS as of this revision (a later change needs a new index).
LETTERS = (
    ("å", "{"),
    ("Å", "{"),
    ("ä", "|"),
    ("Ä", "|"),
    ("ö", "}"),
    ("Ö", "}"),
    ("é", "e"),
    ("É", "e"),
    ("è", "e"),
    ("È", "e"),
    ("ü", "y"),
    ("Ü", "y"),
    ("æ", "|"),
    ("Æ", "|"),
    ("ø", "}"),
    ("Ø", "}"),
)


def sort_key(column: str) -> sa.TextClause:
    expression = column
    for letter, like in LETTERS:
        expression = f"replace({expression}, '{letter}', '{like}')"
    return sa.text(f"lower({expression})")


def upgrade() -> None:
    op.create_index("ix_actions_title_swedish", "actions", [sort_key("title"), "id"])


def downgrade() -> None:
    op.drop_index("ix_actions_title_swedish", table_name="actions")
