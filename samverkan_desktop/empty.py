"""Whether a database holds no register yet (the window then offers the example district, until
the coordinator chose to start empty).

Kept apart from ``samverkan_desktop.demo`` so that the check at every start does not import the
example data (a tenth of the window's start-up)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.models import Group, Organisation, Person, Setting

# Stored once "Börja med en tom databas" was chosen: the welcome came back at every start
# until something was entered. In the database, so every desk on it agrees; a database begun
# anew (Arkiv → Börja om med en tom databas…) is asked again.
EXAMPLE_DECLINED = "start.example_declined"


def has_rows(session: Session, model: type) -> bool:
    """Whether a register holds anything (an empty one says so rather than "all done")."""
    return session.scalar(select(model).limit(1)) is not None


def is_empty(session: Session) -> bool:
    return not any(has_rows(session, model) for model in (Organisation, Person, Group))


def offers_example(session: Session) -> bool:
    """Whether the window's start offers the example district: the database is empty and its
    coordinator has not chosen to start empty."""
    return is_empty(session) and session.get(Setting, EXAMPLE_DECLINED) is None


def decline_example(session: Session) -> None:
    """The coordinator starts empty: the example is not offered again on this database."""
    if session.get(Setting, EXAMPLE_DECLINED) is None:
        session.add(Setting(key=EXAMPLE_DECLINED, value="1"))
        session.flush()
