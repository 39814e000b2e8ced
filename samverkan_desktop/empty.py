"""Whether a database holds no register yet (the window then offers the example district).

Kept apart from ``samverkan_desktop.demo`` so that the check at every start does not import the
example data (a tenth of the window's start-up)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.models import Group, Organisation, Person


def has_rows(session: Session, model: type) -> bool:
    """Whether a register holds anything (an empty one says so rather than "all done")."""
    return session.scalar(select(model).limit(1)) is not None


def is_empty(session: Session) -> bool:
    return not any(has_rows(session, model) for model in (Organisation, Person, Group))
