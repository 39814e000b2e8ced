"""How the follow-up counts an action on a given day (a period's last day once it has ended):
whether it was still open then, and who answers for it. Shared by the groups' actions and the
exercises' lessons, so the annual report counts both alike."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.models import Action
from samverkan_desktop.services.action_rows import responsible_text


def open_on(action: Action, counted: dt.date) -> bool:
    """Open on ``counted``: not closed, or closed only after it (done on 2 January was open on
    31 December). Closed with no day known counts as closed before."""
    return not action.status.is_closed or (
        action.closed_on is not None and action.closed_on > counted
    )


def responsible_of(action: Action) -> str:
    """ "Anna Berglund · Östermalms stadsdelsförvaltning" (load the person and organisation)."""
    person = action.responsible_person
    return responsible_text(
        person.name if person else None,
        action.responsible_organisation.name if action.responsible_organisation else None,
        person.organisation.name if person and person.organisation else None,
    )
