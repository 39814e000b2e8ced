"""Clearing the links to a record about to be deleted, through the Session: the database's
ON DELETE SET NULL would clear them too, but unseen by the audit trail, and the linking row's
History would not say that its link went."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session


def unlink(session: Session, link: InstrumentedAttribute[Any], target_id: int) -> None:
    """Set ``link`` (e.g. ``Decision.agenda_item_id``) to None in every row pointing at
    ``target_id``; the flush writes each row's entry."""
    for row in session.scalars(select(link.class_).where(link == target_id)):
        setattr(row, link.key, None)
