"""Whether a database holds no register yet (the window then offers the example district).

Kept apart from ``samverkan_desktop.demo`` so that the check at every start does not import the
example data (a tenth of the window's start-up)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.models import Group, Organisation, Person


def is_empty(session: Session) -> bool:
    for model in (Organisation, Person, Group):
        if session.scalar(select(model.id).limit(1)) is not None:
            return False
    return True
