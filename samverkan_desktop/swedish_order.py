"""Names in Swedish alphabetical order: case aside, Å, Ä and Ö after Z, in that order.

Python's and the databases' byte order put Ä before Å and both after every lower-case letter;
a Swedish reader expects "Zebra, Åkern, Ängen, Öster". ``sort_key`` orders in Python and
``sql_sort_key`` in a query, the same way (a test holds them together)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, SQLColumnExpression, func

# "{", "|" and "}" follow "z" in this order, in Python and in both databases' byte order.
_AFTER_Z = (("å", "{"), ("Å", "{"), ("ä", "|"), ("Ä", "|"), ("ö", "}"), ("Ö", "}"))
_TABLE = str.maketrans(dict(_AFTER_Z))


def sort_key(name: str) -> str:
    return name.translate(_TABLE).lower()


def sql_sort_key(name: SQLColumnExpression[str]) -> ColumnElement[str]:
    """``sort_key`` in SQL. Å, Ä and Ö are replaced before ``lower``: PostgreSQL in the C
    locale lowers ASCII only."""
    for letter, after_z in _AFTER_Z:
        name = func.replace(name, letter, after_z)
    return func.lower(name)
