"""Case-insensitive "contains" for the search fields of every list, fast on SQLite too.

PostgreSQL folds case itself (ILIKE). On SQLite, ``ilike`` runs our Python ``lower()`` (it folds
Å, Ä and Ö, see db.py) on every row: too slow for a million loans on each keystroke. SQLite's
own LIKE ignores the case of A-Z, which is all an ASCII term needs; a term with other letters is
first narrowed by LIKE with ``_`` in their place, and only those rows are folded in Python.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, or_
from sqlalchemy.orm import Session


def contains(session: Session, column: Any, term: str) -> Any:
    """``column`` contains ``term``, ignoring case (a SQL condition)."""
    if session.get_bind().dialect.name != "sqlite":
        return column.icontains(term, autoescape=True)
    if term.isascii():
        return column.contains(term, autoescape=True)
    # Each non-ASCII letter becomes LIKE's one-letter wildcard: a cheap first sieve.
    narrowed = column.like(f"%{_sieve(term)}%", escape="/")
    return and_(narrowed, column.icontains(term, autoescape=True))


def any_contains(session: Session, columns: list[Any], term: str) -> Any:
    """One of ``columns`` contains ``term``."""
    return or_(*(contains(session, column, term) for column in columns))


def _sieve(term: str) -> str:
    escaped = term.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return "".join(c if c.isascii() else "_" for c in escaped)
