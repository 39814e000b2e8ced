"""The example district (Östermalm), built from the public papers in shared/seeds.

Real organisations, groups, places, dates and figures; invented names for people. Dates that
make the district look alive (next meetings, recent verifications) are relative to the day the
demo is loaded. Each area adds a loader module and lists it in ``LOADERS``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.demo import (
    alarms,
    crisis,
    fire,
    meetings,
    memberships,
    structure,
    walks,
    weekly_briefs,
)
from samverkan_desktop.empty import is_empty
from samverkan_desktop.errors import ConflictError
from samverkan_desktop.i18n import _, ngettext

# Each loader adds its area's data and returns a short summary ("8 groups").
Loader = Callable[[Session, dt.date], str]
__all__ = ["LOADERS", "is_empty", "load"]
LOADERS: list[Loader] = [
    structure.load,
    meetings.load,
    walks.load,
    alarms.load,
    crisis.load,
    fire.load,
    weekly_briefs.load,
]


def load(session: Session, today: dt.date | None = None) -> str:
    """Load the example district into an empty database; returns a summary for the user."""
    if not is_empty(session):
        raise ConflictError(
            _(
                "The database already holds data; the example district is only loaded into an "
                "empty database."
            )
        )
    today = today or clock.today()
    # Invented example data needs no audit trail (and loads a third faster without it).
    audit = session.info.get("audit", True)
    session.info["audit"] = False
    try:
        parts = [loader(session, today) for loader in LOADERS]
        # After the meetings: the former members' invitations end where their membership does.
        memberships.leave(session, today)
        session.flush()
    finally:
        session.info["audit"] = audit
    return ", ".join([*_register_counts(session), *parts])


def _register_counts(session: Session) -> list[str]:
    """How many organisations, people and groups the whole example holds (each loader adds
    some; counted once all have run)."""
    from sqlalchemy import func, select

    from samverkan_desktop.models import Group, Organisation, Person

    def count(model: type) -> int:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)

    organisations, people, groups = count(Organisation), count(Person), count(Group)
    return [
        ngettext("{n} organisation", "{n} organisations", organisations).format(n=organisations),
        ngettext("{n} person", "{n} people", people).format(n=people),
        ngettext("{n} group", "{n} groups", groups).format(n=groups),
    ]
