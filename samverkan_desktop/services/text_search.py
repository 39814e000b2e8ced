"""Case-insensitive "contains" for the search fields of every list, fast on SQLite too.

PostgreSQL folds case itself (ILIKE). On SQLite, ``ilike`` runs our Python ``lower()`` (it folds
Å, Ä and Ö, see db.py) on every row: too slow for a million loans on each keystroke. SQLite's
own LIKE ignores the case of A-Z, which is all an ASCII term needs; a term with other letters is
first narrowed by LIKE with ``_`` in their place, and only those rows are folded in Python.

A table can also have a trigram index kept by SQLite (FTS5, ``tokenize='trigram'``): for a term
of three or more characters ``trigram_phrase`` gives the MATCH text that finds every row that
``contains`` finds (and maybe a few more): the index narrows, ``contains`` still decides.

Terms are composed (NFC, ``composed_text``) as stored text is: a term pasted from a Mac finds
what was typed on a keyboard. Only the term is composed here, never the rows.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, or_
from sqlalchemy.orm import Session

from samverkan_desktop.composed_text import composed


def contains(session: Session, column: Any, term: str) -> Any:
    """``column`` contains ``term``, ignoring case (a SQL condition)."""
    term = composed(term)
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


# SQLite's trigram tokenizer folds case with its own Unicode table, Python's lower() with
# another; in the Latin script (Å, Ä, Ö, é, ü, ...) they agree, except for "İ", which lowers to
# two characters. Other letters go the unindexed way (tests/core/test_text_search_index.py
# checks this against the SQLite in use). A text holding "İ" may shift what lower() compares,
# so a term reaching across that letter could be missed by the index: Swedish text has none.
TRIGRAM_MIN = 3  # shorter terms hold no trigram


def trigram_safe(char: str) -> bool:
    """``char`` (in a term) is folded by the trigram index as by ``contains``."""
    return " " <= char <= "\u024f" and char != "\u0130"


def trigram_phrase(session: Session, term: str) -> str | None:
    """The FTS5 MATCH text (one phrase: the term as a substring, any case) that finds every
    row where ``contains`` finds ``term``; None where a trigram index cannot serve the term
    (not SQLite, under three characters, or a letter outside the Latin script)."""
    term = composed(term)
    if session.get_bind().dialect.name != "sqlite" or len(term) < TRIGRAM_MIN:
        return None
    if not all(trigram_safe(char) for char in term):
        return None
    return '"' + term.replace('"', '""') + '"'


def _sieve(term: str) -> str:
    escaped = term.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return "".join(c if c.isascii() else "_" for c in escaped)
