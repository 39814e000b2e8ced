"""The groups list's search: a group's name, purpose or meeting frequency contains the term,
the meeting frequency as stored ("1 gång/månad, ej juli") or as the list shows it ("1
gång/månad (ej juli)", ``recurrence.phrase_form``): a user types what she sees.

The shown form is written in Python, so the database narrows and Python decides: the shown
form only moves the punctuation around the months left out, so every word of a term found in
it is in the stored text too, and a row whose stored text holds the term's words is a
candidate. The database's own match (name, purpose, stored text) comes back with the row."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, and_, or_
from sqlalchemy.orm import Session

from samverkan_desktop.composed_text import composed
from samverkan_desktop.models import Group
from samverkan_desktop.services.text_search import contains

_WORD = re.compile(r"\w+")


def found_in_database(session: Session, term: str) -> ColumnElement[Any]:
    """The term is in the name, the purpose or the stored meeting frequency."""
    return or_(
        contains(session, Group.name, term),
        contains(session, Group.purpose, term),
        contains(session, Group.meeting_frequency, term),
    )


def candidates(session: Session, term: str, found: ColumnElement[Any]) -> ColumnElement[Any]:
    """The rows to read: those ``found`` and those whose stored meeting frequency holds every
    word of the term (a term of punctuation alone: any with a meeting frequency)."""
    words = _WORD.findall(composed(term))
    meets = and_(
        Group.meeting_frequency.is_not(None),
        *(contains(session, Group.meeting_frequency, word) for word in words),
    )
    return or_(found, meets)


def in_shown_meets(term: str, shown: str | None) -> bool:
    """The term is in the meeting frequency as shown, case aside (as ``contains``)."""
    return shown is not None and composed(term).lower() in shown.lower()
