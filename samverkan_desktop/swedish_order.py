"""Names in Swedish alphabetical order: case aside, Å, Ä and Ö after Z, in that order.

Python's and the databases' byte order put Ä before Å and both after every lower-case letter;
a Swedish reader expects "Zebra, Åkern, Ängen, Öster". ``sort_key`` orders in Python and
``sql_sort_key`` in a query, the same way as far as SQL goes (a test holds them together).

``sort_key`` follows the Swedish rules (SAOL, CLDR "sv"): other accented Latin letters sort as
their base letter (é as e, à as a), Swedish-style exceptions sort as the Swedish letter they
resemble (ü as y, æ as ä, ø and œ as ö), and numbers inside names by value ("Grupp 2" before
"Grupp 10"). Names equal so far are told apart by accent, then case, then code point, so the
order never depends on the order rows came in.

``sql_sort_key`` cannot do everything in portable SQL: it handles case, å/ä/ö and the accented
letters of ``_SQL_LETTERS``; other accented letters sort after Ö and numbers sort digit by digit.
``sql_sort_key_of`` is the same key in Python, for a list sorted in memory that must show the
order a query gives (the Actions area's in-memory index and its first page from SQL).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import chain

from sqlalchemy import ColumnElement, SQLColumnExpression, func, literal_column

# "{", "|" and "}" follow "z" in this order, in Python and in both databases' byte order.
_AFTER_Z = {"å": "{", "ä": "|", "ö": "}"}
# Letters Swedish sorts as another letter (CLDR "sv"), not as their own base letter.
_SWEDISH = {
    "æ": "ä",
    "ę": "ä",
    "ø": "ö",
    "œ": "ö",
    "ő": "ö",
    "ô": "ö",
    "ü": "y",
    "ű": "y",
    "đ": "d",
    "ð": "d",
    "ł": "l",
    "ı": "i",
    "þ": "th",
    "ß": "ss",
}
# Blocks with precomposed Latin letters: Latin-1, Extended-A and -B, Extended Additional.
_LATIN = (range(0xC0, 0x250), range(0x1E00, 0x1F00))
_COMBINING = range(0x300, 0x370)  # accents left over after NFC: ignored, as the base letter


@cache  # built on the first name with other accents: nothing at start-up
def _primary_table() -> dict[int, str | None]:
    """For text already lowered, with å, ä and ö already replaced."""
    table: dict[int, str | None] = {}
    for code in chain(*_LATIN):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base.isascii() and base.isalpha():
            table[code] = base.lower()
    table.update((code, None) for code in _COMBINING)
    for letter, like in _SWEDISH.items():
        table[ord(letter)] = "".join(_AFTER_Z.get(c, c) for c in like)
    return table


_NUMBER = re.compile(r"\d+")


def _padded(number: re.Match[str]) -> str:
    return number.group().zfill(12)


def sort_key(name: str) -> str:
    """A string that orders ``name`` in Swedish: the letters as Swedish sorts them, then the
    accents, then the case (the text itself), joined by NUL so a shorter name comes first."""
    if name.isascii():  # most names: lower() is a tenth of the time of translate()
        folded = primary = name.lower()
    else:
        if not unicodedata.is_normalized("NFC", name):
            name = unicodedata.normalize("NFC", name)  # "A" + ring above, pasted from a PDF: Å
        folded = name.lower()
        primary = folded.replace("å", "{").replace("ä", "|").replace("ö", "}")
        if not primary.isascii():  # other accents; letters outside Latin stay as they are
            primary = primary.translate(_primary_table())
    if not primary.isalpha():  # the only cheap test that rules out digits
        primary = _NUMBER.sub(_padded, primary)
    return f"{primary}\0{folded}\0{name}"


# What SQL replaces before lower(): lower() knows ASCII only on SQLite (and on PostgreSQL in the
# C locale). Kept short: each letter is one more replace() per row.
_SQL_LETTERS = (
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


def sql_sort_key(name: SQLColumnExpression[str]) -> ColumnElement[str]:
    """The first part of ``sort_key`` in SQL, for the letters of ``_SQL_LETTERS`` (see the
    module's text); order by the column itself (or the id) next, for a stable order."""
    for letter, like in _SQL_LETTERS:
        # Literals, not bound values: an index on this expression (migration
        # 0019_swedish_order_indexes) serves an ORDER BY only when the text is the same.
        name = func.replace(name, literal_column(f"'{letter}'"), literal_column(f"'{like}'"))
    return func.lower(name)


def sql_sort_key_of(name: str) -> str:
    """What ``sql_sort_key`` gives for ``name``, in Python: for a list sorted in memory that must
    show a query's order (order by it, then as the query does next). lower() is Python's on
    SQLite (db.py) and lowers the same letters on PostgreSQL."""
    if not name.isascii():
        # str.replace per letter: a third of the time of one str.translate over 100,000 titles.
        for letter, like in _SQL_LETTERS:
            name = name.replace(letter, like)
    return name.lower()
