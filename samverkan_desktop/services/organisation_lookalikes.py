"""Organisations whose name is another's spelt differently ("Trafik kontoret" and
"Trafikkontoret"): a second register entry for one organisation splits its people, actions and
letters between two names, so the form asks before saving one."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.composed_text import composed
from samverkan_desktop.models import Organisation
from samverkan_desktop.services.validation import clean

# What a name is told apart by when looking for one typed differently: case, spaces, hyphens
# and dashes, dots ("Polisen  Söderort", "Stadsdelsförvaltning-Söder", "St. Eriks").
_SPELLING = re.compile(r"[\s.\-\u2010\u2011\u2013\u2014]+")


def name_key(name: str) -> str:
    """``name`` as compared: casefolded, without spaces, hyphens, dashes and dots."""
    return _SPELLING.sub("", composed(name)).casefold()


def organisation_lookalikes(
    session: Session, name: str, organisation_id: int | None = None
) -> list[tuple[int, str]]:
    """(id, name) of the organisations named ``name`` spelt another way: equal once case,
    spaces, hyphens and dots are set aside. Not one named exactly so (case aside): that one is
    refused outright when saved. Empty when ``organisation_id`` keeps the name it has (asked
    when it was given)."""
    cleaned = clean(name, one_line=True)
    if cleaned is None or not (wanted := name_key(cleaned)):
        return []
    query = select(Organisation.id, Organisation.name).order_by(Organisation.id)
    same = [(row.id, row.name) for row in session.execute(query) if name_key(row.name) == wanted]
    if any(found_id == organisation_id for found_id, _found in same):
        return []
    return [(found_id, found) for found_id, found in same if found.lower() != cleaned.lower()]
