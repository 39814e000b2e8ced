"""Text in one Unicode form (NFC, "composed"), so that what looks equal compares equal.

"Å" typed on a keyboard is one character; pasted from a Mac or some web pages it may be "A"
followed by a combining ring (NFD). Stored text (``clean``, also ``services.validation.clean``) and search terms
(``services.text_search``, the reception's borrower search, the lists' search fields) are both
composed, so a search typed on the keyboard finds a name that was pasted, and the other way round.
Only the typed or imported text is composed, never each stored row: the rows are composed when
they are saved. This module stays free of SQLAlchemy and Qt: the window's search fields use it too.
"""

from __future__ import annotations

import unicodedata


def composed(text: str) -> str:
    """``text`` in NFC. Already composed text (nearly all, and all ASCII) comes back as the same
    object after ``normalize``'s own quick check, the check ``unicodedata.is_normalized`` makes:
    calling that first would only run the check twice."""
    return unicodedata.normalize("NFC", text)


def clean(value: str | None, *, one_line: bool = False) -> str | None:
    """Strip a free-text value; empty becomes None. Composed (NFC): a name pasted with "A" and a
    combining ring is stored as the "Å" a keyboard types, so searches and duplicate checks see
    one name. ``one_line``: each run of whitespace (a pasted line break, a tab) becomes one
    space, so "Greta\nÅberg" is stored as the "Greta Åberg" it looks like in a one-line field
    and prints on one line; notes, minutes and descriptions keep their lines."""
    if value is None:
        return None
    value = composed(" ".join(value.split()) if one_line else value.strip())
    return value or None
